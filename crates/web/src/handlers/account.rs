//! The signed-in person's own account.

use super::render;
use crate::client::ClientIp;
use crate::error::AppError;
use crate::one_time;
use crate::session::{self, Viewer};
use crate::state::AppState;
use app::accounts;
use axum::extract::{Query, State};
use axum::http::HeaderMap;
use axum::response::{Html, IntoResponse, Redirect, Response};
use domain::authz::{Action, Scope};
use minijinja::context;
use serde::Deserialize;
use store::api_tokens;

#[derive(Deserialize)]
pub struct AccountQuery {
    reset: Option<String>,
}

pub async fn show(
    State(state): State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    Query(q): Query<AccountQuery>,
) -> Result<Response, AppError> {
    viewer.authorise(Action::ManageOwnAccount)?;
    let user = viewer.require_user()?;
    let https = state.config.https();
    // A token just made is shown once, and only to the person whose token it is.
    let new_token = match one_time::waiting(&headers, https) {
        Some(token) if api_tokens::belongs_to(&state.db, user.id, &app::sessions::hash_secret(&token)).await? => {
            Some(token)
        }
        _ => None,
    };
    let shown = new_token.is_some();
    let html = page(&state, &viewer, q.reset.is_some(), new_token, Vec::new(), "").await?;
    Ok(if shown {
        (one_time::clear(https), html).into_response()
    } else {
        html.into_response()
    })
}

async fn page(
    state: &AppState,
    viewer: &Viewer,
    reset_done: bool,
    new_token: Option<String>,
    errors: Vec<crate::forms::ShownError>,
    token_name: &str,
) -> Result<Html<String>, AppError> {
    let user = viewer.require_user()?;
    let tokens = api_tokens::list_for_user(&state.db, user.id).await?;
    let scopes: Vec<&str> = Scope::ALL.iter().map(|s| s.as_str()).collect();
    let now = state.clock.now();
    let live: Vec<bool> = tokens
        .iter()
        .map(|t| t.revoked_at.is_none() && t.expires_at > now)
        .collect();
    render(
        state,
        viewer,
        "auth/account.html",
        context! {
            reset_done, tokens, live, scopes, new_token, errors, token_name,
            lifetimes => domain::api_tokens::LIFETIME_DAYS,
            default_lifetime => domain::api_tokens::DEFAULT_LIFETIME_DAYS,
        },
    )
}

/// Creates a personal access token and shows it once; only its hash is kept.
pub async fn create_token(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    body: axum::body::Bytes,
) -> Result<Response, AppError> {
    viewer.authorise(Action::ManageOwnAccount)?;
    let user = viewer.require_user()?;
    let pairs = super::form_pairs(&body)?;
    let typed_name = super::field(&pairs, "name").to_string();
    let typed_scopes: Vec<&str> = pairs
        .iter()
        .filter(|(k, _)| k == "scopes")
        .map(|(_, v)| v.as_str())
        .collect();
    let mut errors = domain::ValidationErrors::default();
    let name = errors.check(
        "name",
        domain::text::single_line(&typed_name, 100).map_err(|k| {
            if k == "error-required" {
                "error-token-name-required"
            } else {
                k
            }
        }),
    );
    let scopes: Vec<Scope> = typed_scopes.iter().filter_map(|s| Scope::parse(s)).collect();
    if scopes.is_empty() || scopes.len() != typed_scopes.len() {
        errors.push("scopes", "error-token-scopes");
    }
    let lifetime = errors.check(
        "lifetime",
        domain::api_tokens::lifetime(super::field(&pairs, "lifetime")),
    );
    let (Some(name), Some(lifetime)) = (name.filter(|_| errors.is_empty()), lifetime) else {
        let html = page(
            &state,
            &viewer,
            false,
            None,
            crate::forms::shown(&state, viewer.lang, &errors),
            &typed_name,
        )
        .await?;
        return Ok((axum::http::StatusCode::BAD_REQUEST, html).into_response());
    };
    let (secret, _) = app::sessions::new_secret();
    let token = format!("{}{secret}", crate::api::auth::TOKEN_PREFIX);
    let scope_names: Vec<&str> = scopes.iter().map(|s| s.as_str()).collect();
    accounts::create_api_token(
        &state,
        viewer.by(&ip),
        user.id,
        &name,
        &app::sessions::hash_secret(&token),
        &scope_names.join(" "),
        lifetime,
    )
    .await?;
    // Post/redirect/get: a refresh of the next page cannot make a second token.
    Ok((
        one_time::keep(&token, state.config.https()),
        Redirect::to("/account?done=token-made"),
    )
        .into_response())
}

pub async fn revoke_token(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    axum::extract::Path(id): axum::extract::Path<i64>,
) -> Result<Response, AppError> {
    viewer.authorise(Action::ManageOwnAccount)?;
    let user = viewer.require_user()?;
    if !accounts::revoke_api_token(&state, viewer.by(&ip), user.id, id).await? {
        return Err(AppError::NotFound);
    }
    Ok(Redirect::to("/account").into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct EverywhereForm {
    /// "yes" to revoke the person's API tokens as well.
    revoke_api_tokens: String,
}

pub async fn sign_out_everywhere(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    axum::Form(form): axum::Form<EverywhereForm>,
) -> Result<Response, AppError> {
    viewer.authorise(Action::ManageOwnAccount)?;
    let user = viewer.require_user()?;
    let revoke = form.revoke_api_tokens == "yes";
    let ended = accounts::sign_out_everywhere(&state, user.id, &ip, revoke).await?;
    let target = format!("/signed-out?everywhere={}&tokens={}", ended.sessions, ended.api_tokens);
    Ok((session::sign_out_cookies(state.config.https()), Redirect::to(&target)).into_response())
}
