//! A value shown once on the page a POST redirects to (post/redirect/get), such as a new API
//! token: carried in a short-lived cookie that only this site's pages read, cleared by the
//! page that shows it, and never written to the database in clear. A refresh of that page
//! shows it no more, and a refresh of the POST's answer cannot make a second one.

use axum::http::header::{self, HeaderValue};
use axum::http::HeaderMap;

/// How long the value waits to be shown.
const LIFETIME_SECONDS: u32 = 300;

fn cookie_name(https: bool) -> &'static str {
    if https {
        "__Host-mc_once"
    } else {
        "mc_once"
    }
}

fn cookie(https: bool, value: &str, max_age: u32) -> Option<HeaderValue> {
    let secure = if https { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{}={value}; Path=/; HttpOnly; SameSite=Strict; Max-Age={max_age}{secure}",
        cookie_name(https)
    ))
    .ok()
}

/// Headers that carry `value` (cookie-safe characters only) to the next page.
pub fn keep(value: &str, https: bool) -> HeaderMap {
    let mut headers = HeaderMap::new();
    if value.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') {
        if let Some(v) = cookie(https, value, LIFETIME_SECONDS) {
            headers.append(header::SET_COOKIE, v);
        }
    }
    headers
}

/// The value waiting in the request, if any.
pub fn waiting(request: &HeaderMap, https: bool) -> Option<String> {
    crate::csrf::read_cookie(request, cookie_name(https)).filter(|v| !v.is_empty())
}

/// Headers that clear the value once shown (or when the person signs out).
pub fn clear(https: bool) -> HeaderMap {
    let mut headers = HeaderMap::new();
    if let Some(v) = cookie(https, "", 0) {
        headers.append(header::SET_COOKIE, v);
    }
    headers
}
