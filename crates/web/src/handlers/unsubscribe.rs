//! One-click unsubscribe from digests and alerts (RFC 8058). A mail client POSTs to the
//! address in the email's `List-Unsubscribe` header; a person who opens it instead sees
//! what it stops and a button that does the same POST. No sign-in: the address's secret
//! is the authority (and the CSRF check lets this path through for the mail clients).

use super::render;
use crate::client::ClientIp;
use crate::error::AppError;
use crate::refusals::unexpected;
use crate::session::Viewer;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::response::Html;
use domain::language::Lang;
use domain::notifications::UnsubscribeScope;
use minijinja::context;

/// What the link stops, as a sentence: asked before, told once done.
fn described(state: &AppState, lang: Lang, scope: UnsubscribeScope, done: bool) -> String {
    match (scope, done) {
        (UnsubscribeScope::Digest, false) => state.t_in(lang, "unsubscribe-digest", &[]),
        (UnsubscribeScope::Digest, true) => state.t_in(lang, "unsubscribe-done-digest", &[]),
        (UnsubscribeScope::Kind(kind), done) => {
            let kind = state
                .t_in(lang, &format!("topic-{}", kind.as_str()), &[])
                .to_lowercase();
            let key = if done {
                "unsubscribe-done-kind"
            } else {
                "unsubscribe-kind"
            };
            state.t_in(lang, key, &[("kind", kind)])
        }
    }
}

/// The page a person reaches by opening the link.
#[utoipa::path(get, path = "/email/unsubscribe/{token}", tag = "email and calendars",
    summary = "What an unsubscribe link stops",
    description = "The page behind a digest's or alert's unsubscribe link: what it stops, and a button that does it. No sign-in: the secret is the authority, for 90 days from the email.",
    params(("token" = String, Path, description = "The link's secret, as the email gives it.")),
    responses(
        (status = 200, description = "The page (HTML).", body = String, content_type = "text/html"),
        (status = 404, description = "No such link, or it has expired (an HTML page).", body = String, content_type = "text/html"),
    ))]
pub async fn page(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(token): Path<String>,
) -> Result<Html<String>, AppError> {
    let scope = app::unsubscribe::scope_of(&state, &token).await.map_err(unexpected)?;
    let text = described(&state, viewer.lang, scope, false);
    let action = format!("/email/unsubscribe/{token}");
    render(
        &state,
        &viewer,
        "unsubscribe.html",
        context! { text, action, done => false },
    )
}

/// One-click unsubscribe (RFC 8058): what the mail client POSTs, and the page's button.
#[utoipa::path(post, path = "/email/unsubscribe/{token}", tag = "email and calendars",
    summary = "Unsubscribe in one click",
    description = "Stops what the link names (one kind of email, or the daily digest), as the email's `List-Unsubscribe` and `List-Unsubscribe-Post: List-Unsubscribe=One-Click` headers offer (RFC 8058). The body mail clients send (`List-Unsubscribe=One-Click`) is not needed; no cookie or CSRF token is. Using a link again changes nothing more.",
    params(("token" = String, Path, description = "The link's secret, as the email gives it.")),
    responses(
        (status = 200, description = "Done: a page that says what was stopped (HTML).", body = String, content_type = "text/html"),
        (status = 404, description = "No such link, or it has expired (an HTML page).", body = String, content_type = "text/html"),
    ))]
pub async fn confirm(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(token): Path<String>,
) -> Result<Html<String>, AppError> {
    let scope = app::unsubscribe::unsubscribe(&state, &token, viewer.by(&ip))
        .await
        .map_err(unexpected)?;
    let text = described(&state, viewer.lang, scope, true);
    render(&state, &viewer, "unsubscribe.html", context! { text, done => true })
}
