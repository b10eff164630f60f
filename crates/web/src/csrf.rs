//! CSRF protection for every HTML form (SPEC §4.1): a random token in a cookie must be sent
//! back in the form's `csrf_token` field (double submit). On HTTPS the cookie has the
//! `__Host-` prefix, so no other site or subdomain can plant one. A state-changing request
//! without the right token gets 403. This middleware also caps form bodies, so an
//! oversized post gets a clear page rather than a broken one.

use crate::error::AppError;
use crate::state::AppState;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use rand::Rng;
use subtle::ConstantTimeEq;

/// The most a form may send: generous for text, small enough to refuse 1 MB bodies early.
pub const FORM_LIMIT_BYTES: usize = 64 * 1024;
/// The most a form with a file (a capability map's CSV) may send.
pub const UPLOAD_LIMIT_BYTES: usize = 1024 * 1024;

/// The token for the current request, for templates to put in forms.
#[derive(Debug, Clone)]
pub struct CsrfToken(pub String);

pub fn cookie_name(https: bool) -> &'static str {
    if https {
        "__Host-mc_csrf"
    } else {
        "mc_csrf"
    }
}

pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

pub fn read_cookie(headers: &axum::http::HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
}

pub fn set_cookie_header(name: &str, value: &str, https: bool) -> Option<HeaderValue> {
    let secure = if https { "; Secure" } else { "" };
    HeaderValue::from_str(&format!("{name}={value}; Path=/; HttpOnly; SameSite=Lax{secure}")).ok()
}

/// The same cookie living `max_age` seconds (0 removes it).
pub fn set_cookie_header_for(name: &str, value: &str, https: bool, max_age: i64) -> Option<HeaderValue> {
    let secure = if https { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{name}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age}{secure}"
    ))
    .ok()
}

fn is_state_changing(method: &Method) -> bool {
    !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// Addresses whose secret path is their own authority, posted to by mail clients that
/// hold no cookie: the one-click unsubscribe links of digests and alerts (RFC 8058).
fn carries_its_own_secret(path: &str) -> bool {
    path.starts_with("/email/unsubscribe/")
}

fn form_token(body: &[u8]) -> Option<String> {
    serde_urlencoded::from_bytes::<Vec<(String, String)>>(body)
        .ok()?
        .into_iter()
        .find(|(k, _)| k == "csrf_token")
        .map(|(_, v)| v)
}

/// The `csrf_token` field of a multipart form (a form with a file), which the page sends
/// before the file.
async fn multipart_token(bytes: axum::body::Bytes, boundary: String) -> Option<String> {
    let stream = futures_util::stream::once(async move { Ok::<_, std::io::Error>(bytes) });
    let mut form = multer::Multipart::new(stream, boundary);
    while let Ok(Some(field)) = form.next_field().await {
        if field.name() == Some("csrf_token") {
            return field.text().await.ok();
        }
    }
    None
}

pub async fn protect(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let https = state.config.https();
    let name = cookie_name(https);
    let existing =
        read_cookie(request.headers(), name).filter(|v| v.len() == 64 && v.chars().all(|c| c.is_ascii_hexdigit()));

    let (parts, body) = request.into_parts();
    let mut request = if is_state_changing(&parts.method) && !carries_its_own_secret(parts.uri.path()) {
        let boundary = parts
            .headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| multer::parse_boundary(v).ok());
        let limit = if boundary.is_some() {
            UPLOAD_LIMIT_BYTES
        } else {
            FORM_LIMIT_BYTES
        };
        let bytes = match axum::body::to_bytes(body, limit).await {
            Ok(bytes) => bytes,
            Err(_) => return AppError::TooLarge.into_response(),
        };
        let sent = match boundary {
            Some(boundary) => multipart_token(bytes.clone(), boundary).await,
            None => form_token(&bytes),
        };
        let valid = matches!((&existing, &sent), (Some(cookie), Some(sent)) if bool::from(cookie.as_bytes().ct_eq(sent.as_bytes())));
        if !valid {
            return AppError::Csrf.into_response();
        }
        Request::from_parts(parts, Body::from(bytes))
    } else {
        Request::from_parts(parts, body)
    };

    let token = existing.clone().unwrap_or_else(new_token);
    request.extensions_mut().insert(CsrfToken(token.clone()));
    let mut response = next.run(request).await;
    if existing.is_none() {
        if let Some(value) = set_cookie_header(name, &token, https) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    response
}
