//! The signed-in person's own account.

use super::render;
use crate::client::ClientIp;
use crate::error::AppError;
use crate::services::accounts;
use crate::session::{self, Viewer};
use crate::state::AppState;
use axum::extract::{Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use domain::authz::Action;
use minijinja::context;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct AccountQuery {
    reset: Option<String>,
}

pub async fn show(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(q): Query<AccountQuery>,
) -> Result<Html<String>, AppError> {
    viewer.authorise(Action::ManageOwnAccount)?;
    render(
        &state,
        &viewer,
        "auth/account.html",
        context! { reset_done => q.reset.is_some() },
    )
}

pub async fn sign_out_everywhere(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
) -> Result<Response, AppError> {
    viewer.authorise(Action::ManageOwnAccount)?;
    let user = viewer.require_user()?;
    let ended = accounts::sign_out_everywhere(&state, user.id, &ip).await?;
    let target = format!("/signed-out?everywhere={ended}");
    Ok((session::sign_out_cookies(state.config.https()), Redirect::to(&target)).into_response())
}
