//! HTML handlers. Each parses its input, asks `Viewer::authorise`, calls a service or a
//! store read, and renders a template.

pub mod account;
pub mod admin;
pub mod agreements;
pub mod applications;
pub mod auth;
pub mod bookings;
pub mod components;
pub mod contracts;
pub mod contracts_register;
pub mod council;
pub mod council_pool;
pub mod council_sign_in;
pub mod feedback;
pub mod group_posts;
pub mod groups;
pub mod health;
pub mod income;
pub mod invoices;
pub mod leaving;
pub mod map_files;
pub mod maps;
pub mod matrix;
pub mod meeting_guests;
pub mod meeting_records;
pub mod meetings;
pub mod moderation;
pub mod network;
pub mod notifications;
pub mod open_contracting;
pub mod opportunities;
pub mod pages;
pub mod personal_data;
pub mod pool;
pub mod problems;
pub mod profile;
pub mod projects;
pub mod reference_lists;
pub mod second_factor;
pub mod sharing;
pub mod statistics;
pub mod timesheets;
pub mod unsubscribe;
pub mod work;

use crate::error::{AppError, ErrorPage};
use crate::session::Viewer;
use crate::state::AppState;
use axum::extract::{Request, State};
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use minijinja::{context, Value};

/// Renders a page with what every page needs: the viewer, the form token, demo mode.
pub fn render(state: &AppState, viewer: &Viewer, template: &str, page: Value) -> Result<Html<String>, AppError> {
    let ctx = context! {
        lang => viewer.lang.as_str(),
        viewer => viewer.user.clone(),
        csrf_token => viewer.csrf_token.clone(),
        demo => state.config.demo.is_some(),
        support_email => state.config.support_email.clone(),
        current_path => viewer.path.clone(),
        ..page
    };
    Ok(Html(state.templates.render(template, ctx)?))
}

/// Draws the GOV.UK-styled page for any response that carries an `ErrorPage` marker, and
/// for the plain-text refusals of axum's extractors on pages (a bad id in the path, a
/// malformed form), so that people never see a bare error. Responses to programs (the API
/// and the open contracting data) are left alone.
pub async fn render_error_pages(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let api = crate::input::is_machine(request.uri().path());
    let reference = crate::request_id::of(&request);
    // The error page is drawn without the session: in the language of the cookie or browser.
    let lang = crate::language::of_request(request.headers(), None);
    let response = next.run(request).await;
    let page = match response.extensions().get::<ErrorPage>().copied() {
        Some(page) => page,
        None if api => return response,
        None => match bare_error_page(&response) {
            Some(page) => page,
            None => return response,
        },
    };
    let (title, body) = page.keys();
    let viewer = Viewer {
        user: None,
        actor: None,
        session_hash: None,
        csrf_token: String::new(),
        path: String::new(),
        lang,
    };
    let ctx = context! { title_key => title, body_key => body, reference };
    match render(&state, &viewer, "pages/error.html", ctx) {
        Ok(html) => {
            let (mut parts, _) = response.into_parts();
            parts.headers.remove(header::CONTENT_LENGTH);
            parts.headers.insert(
                header::CONTENT_TYPE,
                header::HeaderValue::from_static("text/html; charset=utf-8"),
            );
            Response::from_parts(parts, axum::body::Body::from(html.0))
        }
        Err(error) => {
            tracing::error!(?error, "could not render the error page");
            response.into_response()
        }
    }
}

/// The page for an error response that no handler drew (plain text from an extractor).
fn bare_error_page(response: &Response) -> Option<ErrorPage> {
    let status = response.status();
    let plain = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_none_or(|v| v.as_bytes().starts_with(b"text/plain"));
    if !plain || !(status.is_client_error() || status.is_server_error()) {
        return None;
    }
    Some(match status {
        StatusCode::NOT_FOUND | StatusCode::METHOD_NOT_ALLOWED => ErrorPage::NotFound,
        StatusCode::PAYLOAD_TOO_LARGE => ErrorPage::TooLarge,
        StatusCode::SERVICE_UNAVAILABLE => ErrorPage::Unavailable,
        s if s.is_server_error() => ErrorPage::ServerError,
        _ => ErrorPage::BadRequest,
    })
}

/// Parses a urlencoded form body into pairs, keeping repeated keys (checkboxes).
pub fn form_pairs(body: &[u8]) -> Result<Vec<(String, String)>, AppError> {
    serde_urlencoded::from_bytes(body).map_err(|_| AppError::BadRequest)
}

pub fn field<'a>(pairs: &'a [(String, String)], name: &str) -> &'a str {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .unwrap_or("")
}
