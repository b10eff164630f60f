//! Structured API errors as `application/problem+json`, and the middleware that makes sure
//! every error the API answers is one, including the extractors' own refusals (a bad id in
//! the path, malformed JSON, the wrong content type, an oversized body).

use axum::extract::Request;
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
pub struct Problem {
    /// A URI reference naming the kind of problem.
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
    /// Which parameter was wrong, when one was.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameter: Option<String>,
    /// Seconds to wait before trying again (sent as `Retry-After`).
    #[serde(skip)]
    pub retry_after: Option<u64>,
}

impl Problem {
    pub fn new(status: StatusCode, kind: &str, title: &str, detail: impl Into<String>) -> Self {
        Self {
            kind: format!("/api/v1/problems/{kind}"),
            title: title.to_string(),
            status: status.as_u16(),
            detail: detail.into(),
            parameter: None,
            retry_after: None,
        }
    }

    /// The database cannot be reached just now (SPEC §5.4): try again shortly.
    pub fn unavailable() -> Self {
        let mut p = Self::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "unavailable",
            "Service unavailable",
            "The service cannot reach its database just now. Try again in a few seconds.",
        );
        p.retry_after = Some(crate::error::RETRY_AFTER_UNAVAILABLE_SECONDS);
        p
    }

    pub fn bad_parameter(parameter: &str, detail: impl Into<String>) -> Self {
        let mut p = Self::new(
            StatusCode::BAD_REQUEST,
            "invalid-parameter",
            "A query parameter is not valid",
            detail,
        );
        p.parameter = Some(parameter.to_string());
        p
    }

    /// The caller's account may not do this.
    pub fn forbidden() -> Self {
        Problem::new(
            StatusCode::FORBIDDEN,
            "forbidden",
            "Forbidden",
            "Your account may not do this.",
        )
    }

    pub fn internal() -> Self {
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            "Internal error",
            "The service could not answer. Try again later.",
        )
    }
}

pub const CONTENT_TYPE: &str = "application/problem+json";

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let body = serde_json::to_vec(&self).unwrap_or_default();
        let mut response = (status, [(header::CONTENT_TYPE, CONTENT_TYPE)], body).into_response();
        if let Some(seconds) = self.retry_after {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        response
    }
}

impl From<store::StoreError> for Problem {
    fn from(error: store::StoreError) -> Self {
        if error.is_unavailable() {
            tracing::warn!(%error, "database unavailable");
            return Problem::unavailable();
        }
        tracing::error!(%error, "API request failed");
        Problem::internal()
    }
}

impl From<axum::extract::rejection::JsonRejection> for Problem {
    /// A body that is not JSON (`400`), not sent as JSON (`415`) or not of the documented
    /// shape (`422`), with the parser's explanation.
    fn from(rejection: axum::extract::rejection::JsonRejection) -> Self {
        let status = rejection.status();
        let (kind, title) = described(status);
        let mut p = Problem::new(status, kind, title, rejection.body_text());
        p.parameter = Some("body".to_string());
        p
    }
}

/// The kind and title for an error status that no handler described.
fn described(status: StatusCode) -> (&'static str, &'static str) {
    match status {
        StatusCode::BAD_REQUEST => ("bad-request", "The request is not valid"),
        StatusCode::UNAUTHORIZED => ("unauthorised", "Authentication needed"),
        StatusCode::FORBIDDEN => ("forbidden", "Forbidden"),
        StatusCode::NOT_FOUND => ("not-found", "Not found"),
        StatusCode::METHOD_NOT_ALLOWED => ("method-not-allowed", "Method not allowed"),
        StatusCode::PAYLOAD_TOO_LARGE => ("too-large", "Request body too large"),
        StatusCode::UNSUPPORTED_MEDIA_TYPE => ("unsupported-media-type", "Send the body as application/json"),
        StatusCode::UNPROCESSABLE_ENTITY => ("invalid-body", "The body does not match the schema"),
        StatusCode::TOO_MANY_REQUESTS => ("too-many-requests", "Too many requests"),
        StatusCode::SERVICE_UNAVAILABLE => ("unavailable", "Service unavailable"),
        s if s.is_server_error() => ("internal", "Internal error"),
        _ => ("error", "The request could not be answered"),
    }
}

/// Turns every error response of the API that is not problem+json already into one, with
/// the same status and headers (`Allow`, `Retry-After`). Client errors keep the
/// extractor's explanation as the detail; server errors never show theirs.
pub async fn ensure_problem_json(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    let status = response.status();
    let is_problem = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(CONTENT_TYPE.as_bytes()));
    if !(status.is_client_error() || status.is_server_error()) || is_problem {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let said = axum::body::to_bytes(body, 4096).await.unwrap_or_default();
    let said = String::from_utf8_lossy(&said).trim().to_string();
    let (kind, title) = described(status);
    let detail = if status.is_client_error() && !said.is_empty() {
        said
    } else if status.is_server_error() {
        "The service could not answer. Try again later.".to_string()
    } else {
        title.to_string()
    };
    let problem = Problem::new(status, kind, title, detail);
    parts.headers.remove(header::CONTENT_LENGTH);
    parts
        .headers
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(CONTENT_TYPE));
    let body = serde_json::to_vec(&problem).unwrap_or_default();
    Response::from_parts(parts, axum::body::Body::from(body))
}

pub async fn not_found() -> Problem {
    Problem::new(
        StatusCode::NOT_FOUND,
        "not-found",
        "Not found",
        "There is no such API resource.",
    )
}
