//! Leaving a council (app::leaving): a person leaves (`/councils/{code}/leave`) or one of
//! its admins removes them (`/councils/{code}/members/{id}/remove`), each after a page that
//! says what will happen.

use super::council::council;
use super::render;
use crate::client::ClientIp;
use crate::error::AppError;
use crate::forms::ShownError;
use crate::refusals::refusal;
use crate::session::Viewer;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use domain::authz::Action;
use minijinja::context;
use store::organisations::Organisation;

/// The page that asks to confirm: `name` None when the person leaves themselves.
fn confirm(
    state: &AppState,
    viewer: &Viewer,
    council: &Organisation,
    name: Option<String>,
    action: String,
    errors: Vec<ShownError>,
) -> Result<Html<String>, AppError> {
    render(
        state,
        viewer,
        "council/leave.html",
        context! { council, name, action, errors },
    )
}

async fn member_name(state: &AppState, org_id: i64, user_id: i64) -> Result<String, AppError> {
    store::members::roles_in(&state.db, user_id, org_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(store::users::find_by_id(&state.db, user_id)
        .await?
        .ok_or(AppError::NotFound)?
        .display_name)
}

/// `GET /councils/{code}/leave`.
pub async fn own_form(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(code): Path<String>,
) -> Result<Html<String>, AppError> {
    let user = viewer.require_user()?;
    let org = council(&state, &code).await?;
    if !user.councils.iter().any(|c| c.id == org.id) {
        return Err(AppError::NotFound);
    }
    let action = format!("/councils/{}/leave", org.code);
    confirm(&state, &viewer, &org, None, action, Vec::new())
}

/// `POST /councils/{code}/leave`.
pub async fn own(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(code): Path<String>,
) -> Result<Response, AppError> {
    let user_id = viewer.require_user()?.id;
    let org = council(&state, &code).await?;
    match app::leaving::leave(&state, viewer.by(&ip), viewer.actor.as_ref(), org.id, user_id).await {
        Ok(_) => Ok(Redirect::to("/account").into_response()),
        Err(e) => {
            let errors = refusal(&state, viewer.lang, e, "leave")?;
            let action = format!("/councils/{}/leave", org.code);
            let html = confirm(&state, &viewer, &org, None, action, errors)?;
            Ok((StatusCode::CONFLICT, html).into_response())
        }
    }
}

/// `GET /councils/{code}/members/{user_id}/remove`.
pub async fn member_form(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((code, user_id)): Path<(String, i64)>,
) -> Result<Html<String>, AppError> {
    let org = council(&state, &code).await?;
    viewer.authorise(Action::ManageRoles(org.id))?;
    let name = member_name(&state, org.id, user_id).await?;
    let action = format!("/councils/{}/members/{user_id}/remove", org.code);
    confirm(&state, &viewer, &org, Some(name), action, Vec::new())
}

/// `POST /councils/{code}/members/{user_id}/remove`.
pub async fn member(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path((code, user_id)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    let org = council(&state, &code).await?;
    viewer.authorise(Action::ManageRoles(org.id))?;
    let name = member_name(&state, org.id, user_id).await?;
    match app::leaving::leave(&state, viewer.by(&ip), viewer.actor.as_ref(), org.id, user_id).await {
        Ok(_) => Ok(Redirect::to(&format!("/councils/{}/members?left={user_id}", org.code)).into_response()),
        Err(e) => {
            let errors = refusal(&state, viewer.lang, e, "leave")?;
            let action = format!("/councils/{}/members/{user_id}/remove", org.code);
            let html = confirm(&state, &viewer, &org, Some(name), action, errors)?;
            Ok((StatusCode::CONFLICT, html).into_response())
        }
    }
}
