//! Structured API errors as `application/problem+json`, and the middleware that makes sure
//! every error the API answers is one, including the extractors' own refusals (a bad id in
//! the path, malformed JSON, the wrong content type, an oversized body).

use crate::state::AppState;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use domain::language::Lang;
use serde::Serialize;
use std::borrow::Cow;
use utoipa::openapi::{schema::Schema, RefOr};
use utoipa::ToSchema;

/// What a problem says: a catalogue message with its arguments, written in the caller's
/// language when the response leaves (`in_callers_language`); or, when it takes more than
/// one message, written already in each language.
#[derive(Debug, Clone)]
pub enum Said {
    Message {
        key: Cow<'static, str>,
        args: Vec<(&'static str, String)>,
    },
    Written {
        en: String,
        cy: String,
    },
}

impl Said {
    pub fn message(key: &'static str) -> Self {
        Self::with(key, Vec::new())
    }

    pub fn with(key: &'static str, args: Vec<(&'static str, String)>) -> Self {
        Said::Message {
            key: Cow::Borrowed(key),
            args,
        }
    }

    /// Written by `write` in each language.
    pub fn in_each(write: impl Fn(Lang) -> String) -> Self {
        Said::Written {
            en: write(Lang::En),
            cy: write(Lang::Cy),
        }
    }

    /// A parser's explanation of what it could not read (in English: the parser's own).
    pub fn not_understood(reason: impl Into<String>) -> Self {
        Self::with("api-not-understood", vec![("reason", reason.into())])
    }

    /// The title of a kind of problem, for a detail that has nothing more to say.
    fn title_of(kind: &str) -> Self {
        Said::Message {
            key: Cow::Owned(format!("api-title-{kind}")),
            args: Vec::new(),
        }
    }

    fn write(&self, state: &AppState, lang: Lang) -> String {
        match (self, lang) {
            (Said::Message { key, args }, _) => state.t_in(lang, key, args),
            (Said::Written { en, .. }, Lang::En) => en.clone(),
            (Said::Written { cy, .. }, Lang::Cy) => cy.clone(),
        }
    }
}

/// A refusal of the API, as handlers make it. Its title follows its kind (one title per
/// kind, as RFC 9457 asks) and, like its detail, is written in the caller's language.
#[derive(Debug, Clone)]
pub struct Problem {
    pub kind: &'static str,
    pub status: StatusCode,
    pub detail: Said,
    /// Which parameter was wrong, when one was.
    pub parameter: Option<String>,
    /// Seconds to wait before trying again (sent as `Retry-After`).
    pub retry_after: Option<u64>,
}

/// A problem as sent (`application/problem+json`).
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = Problem)]
pub struct ProblemDocument {
    /// A URI reference naming the kind of problem.
    #[serde(rename = "type")]
    pub kind: String,
    /// The same for every problem of the kind, in the language asked for
    /// (`Accept-Language`: English, or Welsh for `cy`).
    pub title: String,
    pub status: u16,
    /// This occurrence, in the same language.
    pub detail: String,
    /// Which parameter was wrong, when one was.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameter: Option<String>,
}

impl utoipa::PartialSchema for Problem {
    fn schema() -> RefOr<Schema> {
        ProblemDocument::schema()
    }
}

impl ToSchema for Problem {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed("Problem")
    }
}

impl Problem {
    pub fn new(status: StatusCode, kind: &'static str, detail: Said) -> Self {
        Self {
            kind,
            status,
            detail,
            parameter: None,
            retry_after: None,
        }
    }

    /// The database cannot be reached just now (SPEC §5.4): try again shortly.
    pub fn unavailable() -> Self {
        let mut p = Self::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "unavailable",
            Said::message("api-unavailable"),
        );
        p.retry_after = Some(crate::error::RETRY_AFTER_UNAVAILABLE_SECONDS);
        p
    }

    pub fn bad_parameter(parameter: &str, detail: Said) -> Self {
        let mut p = Self::new(StatusCode::BAD_REQUEST, "invalid-parameter", detail);
        p.parameter = Some(parameter.to_string());
        p
    }

    /// A query string the extractor could not read.
    pub fn bad_query(rejection: &axum::extract::rejection::QueryRejection) -> Self {
        Self::bad_parameter("query", Said::not_understood(rejection.body_text()))
    }

    /// The caller's account may not do this.
    pub fn forbidden() -> Self {
        Problem::new(StatusCode::FORBIDDEN, "forbidden", Said::message("api-forbidden"))
    }

    pub fn not_found(detail: Said) -> Self {
        Problem::new(StatusCode::NOT_FOUND, "not-found", detail)
    }

    pub fn internal() -> Self {
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            Said::message("api-internal"),
        )
    }

    /// The problem written in `lang`.
    pub fn document(&self, state: &AppState, lang: Lang) -> ProblemDocument {
        ProblemDocument {
            kind: format!("/api/v1/problems/{}", self.kind),
            title: Said::title_of(self.kind).write(state, lang),
            status: self.status.as_u16(),
            detail: self.detail.write(state, lang),
            parameter: self.parameter.clone(),
        }
    }
}

pub const CONTENT_TYPE: &str = "application/problem+json";

/// A problem on its way out, written by `in_callers_language` once the caller's language
/// is known.
#[derive(Clone)]
struct Unwritten(Problem);

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let mut response = (self.status, [(header::CONTENT_TYPE, CONTENT_TYPE)]).into_response();
        if let Some(seconds) = self.retry_after {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        response.extensions_mut().insert(Unwritten(self));
        response
    }
}

/// Writes each problem a response carries in the language the caller asks for with
/// `Accept-Language` (Welsh for `cy`, else English). Wraps every route that answers with
/// problems: the API, the open data and the input guard.
pub async fn in_callers_language(State(state): State<AppState>, request: Request, next: Next) -> Response {
    // Kept (a reference count), read only if a problem is to be written: most never are.
    let asked = request.headers().get(header::ACCEPT_LANGUAGE).cloned();
    let mut response = next.run(request).await;
    let Some(Unwritten(problem)) = response.extensions_mut().remove::<Unwritten>() else {
        return response;
    };
    let lang = crate::language::browser_language(asked.as_ref()).unwrap_or(Lang::En);
    let body = serde_json::to_vec(&problem.document(&state, lang)).unwrap_or_default();
    let (mut parts, _) = response.into_parts();
    parts.headers.remove(header::CONTENT_LENGTH);
    parts
        .headers
        .insert(header::CONTENT_LANGUAGE, HeaderValue::from_static(lang.as_str()));
    Response::from_parts(parts, axum::body::Body::from(body))
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
        let mut p = Problem::new(status, kind_of(status), Said::not_understood(rejection.body_text()));
        p.parameter = Some("body".to_string());
        p
    }
}

/// The kind of an error status that no handler described.
fn kind_of(status: StatusCode) -> &'static str {
    match status {
        StatusCode::BAD_REQUEST => "bad-request",
        StatusCode::UNAUTHORIZED => "unauthorised",
        StatusCode::FORBIDDEN => "forbidden",
        StatusCode::NOT_FOUND => "not-found",
        StatusCode::METHOD_NOT_ALLOWED => "method-not-allowed",
        StatusCode::PAYLOAD_TOO_LARGE => "too-large",
        StatusCode::UNSUPPORTED_MEDIA_TYPE => "unsupported-media-type",
        StatusCode::UNPROCESSABLE_ENTITY => "invalid-body",
        StatusCode::TOO_MANY_REQUESTS => "too-many-requests",
        StatusCode::SERVICE_UNAVAILABLE => "unavailable",
        s if s.is_server_error() => "internal",
        _ => "error",
    }
}

/// Turns every error response of the API that is not a problem already into one, with
/// the same status and headers (`Allow`, `Retry-After`). Client errors keep the
/// extractor's explanation in the detail; server errors never show theirs.
pub async fn ensure_problem_json(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    let status = response.status();
    // A `Problem` sets this content type itself, so this also finds those unwritten yet.
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
    let kind = kind_of(status);
    let detail = if status.is_server_error() {
        Said::message("api-internal")
    } else if !said.is_empty() {
        Said::not_understood(said)
    } else {
        Said::title_of(kind)
    };
    let problem = Problem::new(status, kind, detail);
    parts.headers.remove(header::CONTENT_LENGTH);
    parts
        .headers
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(CONTENT_TYPE));
    parts.extensions.insert(Unwritten(problem));
    Response::from_parts(parts, axum::body::Body::empty())
}

pub async fn not_found() -> Problem {
    Problem::not_found(Said::message("api-no-resource"))
}
