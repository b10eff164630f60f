//! The JSON body of an API request: sent as JSON (`415` otherwise), well formed (`400`),
//! of the documented shape (`422`), each refusal as problem+json naming the body. Numbers
//! the document types as integers are read as JSON Schema reads them: `1130.0` is the
//! integer 1130 (serde alone would refuse it).

use super::problem::{Problem, Said};
use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::{header, StatusCode};
use serde::de::DeserializeOwned;
use serde_json::{Number, Value};

pub struct ApiJson<T>(pub T);

fn refused(status: StatusCode, kind: &'static str, detail: Said) -> Problem {
    let mut p = Problem::new(status, kind, detail);
    p.parameter = Some("body".to_string());
    p
}

fn is_json(request: &Request) -> bool {
    request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(|v| v.split(';').next().unwrap_or("").trim().to_ascii_lowercase())
        .is_some_and(|t| t == "application/json" || (t.starts_with("application/") && t.ends_with("+json")))
}

/// Floats with no fractional part, within the range of `i64`, become integers.
fn whole_numbers(value: &mut Value) {
    match value {
        Value::Number(n) if !n.is_i64() && !n.is_u64() => {
            if let Some(f) = n.as_f64() {
                // 2^63 is exactly a float and just past i64::MAX: stay strictly below it.
                const TWO_TO_63: f64 = 9_223_372_036_854_775_808.0;
                if f.fract() == 0.0 && (-TWO_TO_63..TWO_TO_63).contains(&f) {
                    *n = Number::from(f as i64);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(whole_numbers),
        Value::Object(fields) => fields.values_mut().for_each(whole_numbers),
        _ => {}
    }
}

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for ApiJson<T> {
    type Rejection = Problem;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        if !is_json(&request) {
            return Err(refused(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported-media-type",
                Said::message("api-send-json"),
            ));
        }
        let bytes = Bytes::from_request(request, state)
            .await
            .map_err(|e| refused(e.status(), "too-large", Said::not_understood(e.body_text())))?;
        let mut value: Value = serde_json::from_slice(&bytes).map_err(|e| {
            refused(
                StatusCode::BAD_REQUEST,
                "bad-request",
                Said::with("api-not-json", vec![("reason", e.to_string())]),
            )
        })?;
        whole_numbers(&mut value);
        T::deserialize(value).map(ApiJson).map_err(|e| {
            refused(
                StatusCode::UNPROCESSABLE_ENTITY,
                "invalid-body",
                Said::with("api-not-schema", vec![("reason", e.to_string())]),
            )
        })
    }
}

impl<T: DeserializeOwned, S: Send + Sync> axum::extract::OptionalFromRequest<S> for ApiJson<T> {
    type Rejection = Problem;

    /// No body (no Content-Type) is `None`: the steps whose body is optional.
    async fn from_request(request: Request, state: &S) -> Result<Option<Self>, Self::Rejection> {
        if request.headers().get(header::CONTENT_TYPE).is_none() {
            return Ok(None);
        }
        <Self as FromRequest<S>>::from_request(request, state).await.map(Some)
    }
}

#[cfg(test)]
mod tests {
    use super::whole_numbers;

    #[test]
    fn whole_floats_become_integers_exactly() {
        let mut v: serde_json::Value =
            serde_json::from_str(r#"{"a": -4302066204497706.0, "b": [2679.0, 1.5], "c": 1e300}"#).unwrap();
        whole_numbers(&mut v);
        assert_eq!(v["a"].as_i64(), Some(-4_302_066_204_497_706));
        assert_eq!(v["b"][0].as_i64(), Some(2679));
        assert_eq!(v["b"][1].as_f64(), Some(1.5));
        assert!(v["c"].as_i64().is_none(), "beyond i64 stays a float");
    }
}
