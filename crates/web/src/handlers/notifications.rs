//! The signed-in person's notifications.

use super::render;
use crate::error::AppError;
use crate::session::Viewer;
use crate::state::AppState;
use axum::extract::State;
use axum::response::{Html, IntoResponse, Redirect, Response};
use domain::authz::Action;
use minijinja::context;
use serde::Serialize;
use store::notifications;

#[derive(Serialize)]
struct Shown {
    text: String,
    link: String,
    created_at: chrono::DateTime<chrono::Utc>,
    unread: bool,
}

pub async fn list(State(state): State<AppState>, viewer: Viewer) -> Result<Html<String>, AppError> {
    viewer.authorise(Action::ManageOwnAccount)?;
    let user = viewer.require_user()?;
    let items: Vec<Shown> = notifications::recent(&state.db, user.id, 100)
        .await?
        .into_iter()
        .map(|n| {
            let args: Vec<(String, String)> =
                serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(&n.args_json)
                    .unwrap_or_default()
                    .into_iter()
                    .map(|(k, v)| (k, v.as_str().unwrap_or_default().to_string()))
                    .collect();
            let borrowed: Vec<(&str, String)> = args.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
            Shown {
                text: state.t(&n.message_key, &borrowed),
                link: n.link,
                created_at: n.created_at,
                unread: n.read_at.is_none(),
            }
        })
        .collect();
    render(&state, &viewer, "notifications.html", context! { items })
}

pub async fn mark_read(State(state): State<AppState>, viewer: Viewer) -> Result<Response, AppError> {
    viewer.authorise(Action::ManageOwnAccount)?;
    let user = viewer.require_user()?;
    notifications::mark_all_read(&state.db, user.id, state.clock.now()).await?;
    Ok(Redirect::to("/notifications").into_response())
}
