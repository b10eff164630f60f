//! Control characters are refused at the door. A NUL byte reaches PostgreSQL as an error
//! (it cannot store one in text), and other control characters in a council code, a name
//! or an id are never meant: every path, query string, form and JSON body is checked
//! before any handler runs, and refused with `400` (a GOV.UK error page, or
//! problem+json under `/api/` and `/ocds/`). Tabs and line breaks stay allowed in query strings and
//! bodies, where people type text; nothing of the kind is allowed in a path. In a page's
//! form only NUL is refused here: the fields people type in say which answer holds another
//! control character, in the form's own error summary (`domain::text`).

use crate::api::problem::{Problem, Said};
use crate::csrf::FORM_LIMIT_BYTES;
use crate::error::AppError;
use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use percent_encoding::percent_decode_str;

/// Where a refused character was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    Path,
    Query,
    Body,
}

impl Found {
    fn name(self) -> &'static str {
        match self {
            Found::Path => "path",
            Found::Query => "query",
            Found::Body => "body",
        }
    }
}

/// True for characters no path may hold: every C0 control and DEL.
fn refused_in_path(c: char) -> bool {
    c.is_ascii_control()
}

/// True for characters no text may hold: C0 controls and DEL, but tab and line breaks.
fn refused_in_text(c: char) -> bool {
    c.is_ascii_control() && !matches!(c, '\t' | '\n' | '\r')
}

/// The decoded path holds a control character (or is not UTF-8 once decoded).
pub fn path_refused(path: &str) -> bool {
    match percent_decode_str(path).decode_utf8() {
        Ok(decoded) => decoded.chars().any(refused_in_path),
        Err(_) => path.chars().any(refused_in_path),
    }
}

/// Some name or value of a urlencoded string (a query or a form) holds a refused character.
pub fn urlencoded_refused(bytes: &[u8]) -> bool {
    url::form_urlencoded::parse(bytes).any(|(k, v)| k.chars().chain(v.chars()).any(refused_in_text))
}

/// Some name or value of a urlencoded form holds a NUL.
pub fn urlencoded_has_nul(bytes: &[u8]) -> bool {
    url::form_urlencoded::parse(bytes).any(|(k, v)| k.contains('\0') || v.contains('\0'))
}

/// A JSON text holds a refused character, raw or escaped as `\uXXXX`.
pub fn json_refused(bytes: &[u8]) -> bool {
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if bytes.get(i + 1) == Some(&b'u') => {
                let code = bytes
                    .get(i + 2..i + 6)
                    .and_then(|hex| std::str::from_utf8(hex).ok())
                    .and_then(|hex| u32::from_str_radix(hex, 16).ok());
                if code.and_then(char::from_u32).is_some_and(refused_in_text) {
                    return true;
                }
                i += 6;
            }
            // Any other escape is two characters long; skipping it keeps `\\u0000` (a
            // backslash, then text) from being read as an escape.
            b'\\' => i += 2,
            b => {
                if refused_in_text(char::from(b)) {
                    return true;
                }
                i += 1;
            }
        }
    }
    false
}

/// Paths programs read, which answer refusals as problem+json: the API, and the open
/// contracting data.
pub fn is_machine(path: &str) -> bool {
    path == "/api" || path.starts_with("/api/") || path.starts_with("/ocds/")
}

fn refusal(api: bool, found: Found) -> Response {
    if api {
        let mut problem = Problem::new(
            StatusCode::BAD_REQUEST,
            "control-characters",
            Said::with("api-control-characters", vec![("part", found.name().to_string())]),
        );
        problem.parameter = Some(found.name().to_string());
        problem.into_response()
    } else {
        AppError::BadRequest.into_response()
    }
}

fn too_large(api: bool) -> Response {
    if api {
        Problem::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "too-large",
            Said::with("api-too-large", vec![("bytes", FORM_LIMIT_BYTES.to_string())]),
        )
        .into_response()
    } else {
        AppError::TooLarge.into_response()
    }
}

/// The middleware: checks the path, the query and any form or JSON body.
pub async fn guard(request: Request, next: Next) -> Response {
    let api = is_machine(request.uri().path());
    if path_refused(request.uri().path()) {
        return refusal(api, Found::Path);
    }
    if request.uri().query().is_some_and(|q| urlencoded_refused(q.as_bytes())) {
        return refusal(api, Found::Query);
    }
    let content_type = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(|v| v.split(';').next().unwrap_or("").trim().to_ascii_lowercase())
        .unwrap_or_default();
    let check: fn(&[u8]) -> bool = match content_type.as_str() {
        "application/x-www-form-urlencoded" if api => urlencoded_refused,
        "application/x-www-form-urlencoded" => urlencoded_has_nul,
        t if t == "application/json" || t.ends_with("+json") => json_refused,
        _ => return next.run(request).await,
    };
    let (parts, body) = request.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, FORM_LIMIT_BYTES).await else {
        return too_large(api);
    };
    if check(&bytes) {
        return refusal(api, Found::Body);
    }
    next.run(Request::from_parts(parts, Body::from(bytes))).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths() {
        assert!(path_refused("/councils/%00/income"));
        assert!(path_refused("/councils/WOK%0A/income"));
        assert!(path_refused("/councils/W\tOK"));
        assert!(path_refused("/councils/%7F"));
        assert!(!path_refused("/councils/WOK/income"));
        assert!(!path_refused("/pool/Si%C3%A2n%20Ll%C5%B7r"));
    }

    #[test]
    fn queries_and_forms() {
        assert!(urlencoded_refused(b"q=a%00b"));
        assert!(urlencoded_refused(b"a%01=1"));
        assert!(urlencoded_refused(b"council=%1B"));
        assert!(!urlencoded_refused(b"about=line+one%0D%0Aline+two%09tabbed"));
        assert!(!urlencoded_refused(b"q=Si%C3%A2n&limit=20"));
        assert!(urlencoded_has_nul(b"name=a%00b"));
        assert!(!urlencoded_has_nul(b"name=a%07b"));
    }

    #[test]
    fn json_bodies() {
        assert!(json_refused(br#"{"council":"\u0000"}"#));
        assert!(json_refused(br#"{"council":"W\u001bOK"}"#));
        assert!(json_refused(br#"{"council":"W\u007FOK"}"#));
        assert!(json_refused(b"{\"council\":\"W\x00OK\"}"));
        assert!(!json_refused(br#"{"about":"one\ntwo\u000Athree\ttab"}"#));
        assert!(!json_refused(br#"{"about":"a backslash then text: \\u0000"}"#));
        assert!(!json_refused(b"{\n\t\"minutes\": 60\r\n}"));
        assert!(!json_refused(br#"{"name":"Si\u00e2n"}"#));
    }
}
