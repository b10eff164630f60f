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
    /// A council of the person's requires a second factor they have not set up.
    #[error("second factor required")]
    SecondFactorRequired,
    #[error("forbidden")]
    Forbidden,
    #[error("missing or wrong CSRF token")]
    Csrf,
    #[error("request body too large")]
    TooLarge,
    #[error("bad request")]
    BadRequest,
    #[error("the database is unavailable")]
    Unavailable,
    #[error("too many requests; try again in {retry_after} seconds")]
    TooManyRequests { retry_after: u64 },
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

/// Seconds a client is asked to wait when the database cannot be reached.
pub const RETRY_AFTER_UNAVAILABLE_SECONDS: u64 = 5;

impl From<store::StoreError> for AppError {
    fn from(e: store::StoreError) -> Self {
        if e.is_unavailable() {
            tracing::warn!(error = %e, "database unavailable");
            AppError::Unavailable
        } else {
            AppError::Internal(e.into())
        }
    }
}

impl From<app::rate_limits::Limited> for AppError {
    fn from(e: app::rate_limits::Limited) -> Self {
        match e {
            app::rate_limits::Limited::Wait(wait) => AppError::TooManyRequests {
                retry_after: domain::rate_limits::retry_after_seconds(wait),
            },
            app::rate_limits::Limited::Store(e) => e.into(),
        }
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
    TooManyRequests,
    Unavailable,
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
            ErrorPage::TooManyRequests => ("too-many-requests-title", "too-many-requests-body"),
            ErrorPage::Unavailable => ("unavailable-title", "unavailable-body"),
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
            AppError::SecondFactorRequired => {
                return Redirect::to("/account/two-factor?required=yes").into_response();
            }
            AppError::NotFound => (StatusCode::NOT_FOUND, ErrorPage::NotFound),
            AppError::Forbidden => (StatusCode::FORBIDDEN, ErrorPage::Forbidden),
            AppError::Csrf => (StatusCode::FORBIDDEN, ErrorPage::Csrf),
            AppError::TooLarge => (StatusCode::PAYLOAD_TOO_LARGE, ErrorPage::TooLarge),
            AppError::BadRequest => (StatusCode::BAD_REQUEST, ErrorPage::BadRequest),
            AppError::Unavailable => (StatusCode::SERVICE_UNAVAILABLE, ErrorPage::Unavailable),
            AppError::TooManyRequests { retry_after } => {
                let mut response = StatusCode::TOO_MANY_REQUESTS.into_response();
                response.headers_mut().insert(
                    axum::http::header::RETRY_AFTER,
                    axum::http::HeaderValue::from(retry_after),
                );
                response.extensions_mut().insert(ErrorPage::TooManyRequests);
                return response;
            }
            AppError::Internal(error) => {
                let unavailable = error
                    .downcast_ref::<store::StoreError>()
                    .is_some_and(store::StoreError::is_unavailable);
                if unavailable {
                    tracing::warn!(error = format!("{error:#}"), "database unavailable");
                    (StatusCode::SERVICE_UNAVAILABLE, ErrorPage::Unavailable)
                } else {
                    tracing::error!(error = format!("{error:#}"), "request failed");
                    (StatusCode::INTERNAL_SERVER_ERROR, ErrorPage::ServerError)
                }
            }
        };
        let mut response = status.into_response();
        if status == StatusCode::SERVICE_UNAVAILABLE {
            response.headers_mut().insert(
                axum::http::header::RETRY_AFTER,
                axum::http::HeaderValue::from(RETRY_AFTER_UNAVAILABLE_SECONDS),
            );
        }
        response.extensions_mut().insert(page);
        response
    }
}

pub fn urlencode(value: &str) -> String {
    serde_urlencoded::to_string([("", value)])
        .map(|s| s.trim_start_matches('=').to_string())
        .unwrap_or_default()
}
