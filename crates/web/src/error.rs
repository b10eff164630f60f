//! Errors are mapped to HTTP in one place. A handler returns `AppError`; this module turns
//! it into a status and a marker, and `render_error_pages` (middleware with access to the
//! templates) draws the GOV.UK-styled page for it. The JSON API has its own mapping to
//! `application/problem+json` in `api::problem`.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("sign in required")]
    SignInRequired { return_to: String },
    #[error("forbidden")]
    Forbidden,
    #[error("missing or wrong CSRF token")]
    Csrf,
    #[error("request body too large")]
    TooLarge,
    #[error("bad request")]
    BadRequest,
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<store::StoreError> for AppError {
    fn from(e: store::StoreError) -> Self {
        AppError::Internal(e.into())
    }
}

impl From<minijinja::Error> for AppError {
    fn from(e: minijinja::Error) -> Self {
        AppError::Internal(e.into())
    }
}

impl From<domain::authz::Denied> for AppError {
    fn from(d: domain::authz::Denied) -> Self {
        match d {
            domain::authz::Denied::NotSignedIn => AppError::SignInRequired { return_to: "/".into() },
            domain::authz::Denied::Forbidden => AppError::Forbidden,
        }
    }
}

/// Which error page to draw; carried in the response's extensions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorPage {
    NotFound,
    Forbidden,
    Csrf,
    TooLarge,
    BadRequest,
    ServerError,
}

impl ErrorPage {
    pub fn keys(self) -> (&'static str, &'static str) {
        match self {
            ErrorPage::NotFound => ("not-found-title", "not-found-body"),
            ErrorPage::Forbidden => ("forbidden-title", "forbidden-body"),
            ErrorPage::Csrf => ("csrf-title", "csrf-body"),
            ErrorPage::TooLarge => ("too-large-title", "too-large-body"),
            ErrorPage::BadRequest => ("bad-request-title", "bad-request-body"),
            ErrorPage::ServerError => ("server-error-title", "server-error-body"),
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let (status, page) = match self {
            AppError::SignInRequired { return_to } => {
                let target = format!("/sign-in?return_to={}", urlencode(&return_to));
                return Redirect::to(&target).into_response();
            }
            AppError::NotFound => (StatusCode::NOT_FOUND, ErrorPage::NotFound),
            AppError::Forbidden => (StatusCode::FORBIDDEN, ErrorPage::Forbidden),
            AppError::Csrf => (StatusCode::FORBIDDEN, ErrorPage::Csrf),
            AppError::TooLarge => (StatusCode::PAYLOAD_TOO_LARGE, ErrorPage::TooLarge),
            AppError::BadRequest => (StatusCode::BAD_REQUEST, ErrorPage::BadRequest),
            AppError::Internal(error) => {
                tracing::error!(error = format!("{error:#}"), "request failed");
                (StatusCode::INTERNAL_SERVER_ERROR, ErrorPage::ServerError)
            }
        };
        let mut response = status.into_response();
        response.extensions_mut().insert(page);
        response
    }
}

pub fn urlencode(value: &str) -> String {
    serde_urlencoded::to_string([("", value)])
        .map(|s| s.trim_start_matches('=').to_string())
        .unwrap_or_default()
}
