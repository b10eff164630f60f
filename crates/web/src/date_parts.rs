//! GOV.UK date inputs send a date as three fields (`when-day`, `when-month`, `when-year`;
//! a month as two). Handlers read one field, `when`, as `YYYY-MM-DD` (or `YYYY-MM`). This
//! joins the parts before any handler runs, for forms and query strings alike, so that each
//! handler parses and checks a date in one place, as before. A field sent whole (by the API
//! or an older page) is left as it is.

use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, StatusCode, Uri};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// Adds the joined field for every group of date parts whose whole field is missing;
/// returns whether it added any.
pub fn join_pairs(pairs: &mut Vec<(String, String)>) -> bool {
    let value =
        |pairs: &[(String, String)], key: &str| pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.trim().to_string());
    let bases: Vec<String> = pairs
        .iter()
        .filter_map(|(k, _)| k.strip_suffix("-year").map(str::to_string))
        .filter(|base| !base.is_empty())
        .collect();
    let mut added = false;
    for base in bases {
        if value(pairs, &base).is_some() {
            continue;
        }
        let year = value(pairs, &format!("{base}-year")).unwrap_or_default();
        let month = value(pairs, &format!("{base}-month")).unwrap_or_default();
        let day = value(pairs, &format!("{base}-day"));
        let parts_empty = year.is_empty() && month.is_empty() && day.as_deref().unwrap_or("").is_empty();
        let joined = if parts_empty {
            String::new()
        } else {
            match day {
                Some(day) => format!("{year}-{}-{}", two_digits(&month), two_digits(&day)),
                None => format!("{year}-{}", two_digits(&month)),
            }
        };
        pairs.push((base, joined));
        added = true;
    }
    added
}

/// "3" → "03", so that a date typed as people write it parses; anything else unchanged.
fn two_digits(part: &str) -> String {
    if part.len() == 1 && part.chars().all(|c| c.is_ascii_digit()) {
        format!("0{part}")
    } else {
        part.to_string()
    }
}

fn is_form(request: &Request) -> bool {
    request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"))
}

pub async fn join(request: Request, next: Next) -> Response {
    let (mut parts, body) = request.into_parts();
    if let Some(query) = parts.uri.query().filter(|q| q.contains("-year=")) {
        if let Ok(mut pairs) = serde_urlencoded::from_str::<Vec<(String, String)>>(query) {
            if join_pairs(&mut pairs) {
                let query = serde_urlencoded::to_string(&pairs).unwrap_or_default();
                let path = parts.uri.path().to_string();
                if let Ok(uri) = format!("{path}?{query}").parse::<Uri>() {
                    parts.uri = uri;
                }
            }
        }
    }
    let request = Request::from_parts(parts, body);
    if !is_form(&request) {
        return next.run(request).await;
    }
    let (parts, body) = request.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, crate::csrf::FORM_LIMIT_BYTES).await else {
        return StatusCode::PAYLOAD_TOO_LARGE.into_response();
    };
    let mut pairs = serde_urlencoded::from_bytes::<Vec<(String, String)>>(&bytes).unwrap_or_default();
    let body = if join_pairs(&mut pairs) {
        Body::from(serde_urlencoded::to_string(&pairs).unwrap_or_default())
    } else {
        Body::from(bytes)
    };
    next.run(Request::from_parts(parts, body)).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn joins_days_months_and_years() {
        let mut p = pairs(&[
            ("from-day", "3"),
            ("from-month", "12"),
            ("from-year", "2026"),
            ("x", "1"),
        ]);
        assert!(join_pairs(&mut p));
        assert!(p.contains(&("from".into(), "2026-12-03".into())));
        let mut m = pairs(&[("month-month", "4"), ("month-year", " 2027 ")]);
        join_pairs(&mut m);
        assert!(m.contains(&("month".into(), "2027-04".into())));
        let mut empty = pairs(&[("to-day", ""), ("to-month", ""), ("to-year", "")]);
        join_pairs(&mut empty);
        assert!(
            empty.contains(&("to".into(), String::new())),
            "left blank: optional dates stay optional"
        );
        let mut bad = pairs(&[("to-day", "31"), ("to-month", "13"), ("to-year", "26")]);
        join_pairs(&mut bad);
        assert!(
            bad.contains(&("to".into(), "26-13-31".into())),
            "passed on for the handler to refuse"
        );
    }

    #[test]
    fn a_whole_field_wins() {
        let mut p = pairs(&[
            ("from", "2026-01-05"),
            ("from-day", "3"),
            ("from-month", "12"),
            ("from-year", "2026"),
        ]);
        assert!(!join_pairs(&mut p));
        assert_eq!(p.iter().filter(|(k, _)| k == "from").count(), 1);
    }
}
