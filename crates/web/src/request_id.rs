//! A reference for every request: in every log line about it (the trace span carries it),
//! in the `X-Request-Id` response header, and on error pages ("quote this reference"), so
//! that a council officer's report leads to the log lines. A proxy's own `X-Request-Id` is
//! kept when it is a plain token; anything else a client sends is replaced.

use axum::extract::Request;
use axum::http::{HeaderName, HeaderValue};
use rand::Rng;
use tower_http::request_id::{MakeRequestId, RequestId};

pub const HEADER: HeaderName = HeaderName::from_static("x-request-id");

/// A fresh random reference: 16 hex digits, short enough to read out on the phone.
#[derive(Clone, Copy, Default)]
pub struct NewReference;

impl MakeRequestId for NewReference {
    fn make_request_id<B>(&mut self, _request: &axum::http::Request<B>) -> Option<RequestId> {
        let mut bytes = [0u8; 8];
        rand::rng().fill_bytes(&mut bytes);
        HeaderValue::from_str(&hex::encode(bytes)).ok().map(RequestId::new)
    }
}

/// Drops an incoming `X-Request-Id` that is not 1 to 64 letters, digits, `-`, `_` or `.`,
/// so that no client can put arbitrary text into the logs.
pub async fn drop_unusable(mut request: Request) -> Request {
    let usable = request.headers().get(&HEADER).is_some_and(|v| {
        let bytes = v.as_bytes();
        (1..=64).contains(&bytes.len())
            && bytes
                .iter()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
    });
    if !usable {
        request.headers_mut().remove(&HEADER);
    }
    request
}

/// The request's reference, once `SetRequestIdLayer` has given it one.
pub fn of<B>(request: &axum::http::Request<B>) -> Option<String> {
    request
        .headers()
        .get(&HEADER)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
}
