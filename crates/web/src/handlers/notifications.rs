//! The signed-in person's notifications, and which of them are emailed too.

use super::{form_pairs, render};
use crate::client::ClientIp;
use crate::error::AppError;
use crate::forms::ShownError;
use crate::refusals::{refusal, refusal_status};
use crate::session::Viewer;
use crate::state::AppState;
use axum::body::Bytes;
use axum::extract::{Query, State};
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

#[derive(serde::Deserialize, Default)]
pub struct SavedQuery {
    #[serde(default)]
    saved: bool,
}

fn preferences_page(
    state: &AppState,
    viewer: &Viewer,
    topics: Vec<(domain::notifications::Topic, bool)>,
    saved: bool,
    errors: Vec<ShownError>,
) -> Result<Html<String>, AppError> {
    let topics: Vec<(&str, bool)> = topics.into_iter().map(|(t, on)| (t.as_str(), on)).collect();
    render(
        state,
        viewer,
        "notification_preferences.html",
        context! { topics, saved, errors },
    )
}

/// Which topics are emailed as well as shown here.
pub async fn preferences(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(q): Query<SavedQuery>,
) -> Result<Html<String>, AppError> {
    viewer.require_user()?;
    let topics = app::notification_preferences::emailed(&state, viewer.actor.as_ref())
        .await
        .map_err(crate::refusals::unexpected)?;
    preferences_page(&state, &viewer, topics, q.saved, Vec::new())
}

pub async fn save_preferences(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    body: Bytes,
) -> Result<Response, AppError> {
    viewer.require_user()?;
    let pairs = form_pairs(&body)?;
    let chosen: Vec<&str> = pairs
        .iter()
        .filter(|(k, _)| k == "email")
        .map(|(_, v)| v.as_str())
        .collect();
    let prefs = app::notification_preferences::save(&state, viewer.actor.as_ref(), viewer.by(&ip), &chosen).await;
    match prefs {
        Ok(()) => Ok(Redirect::to("/account/notifications?saved=true").into_response()),
        Err(e) => {
            let status = refusal_status(&e);
            let errors = refusal(&state, e, "email")?;
            let topics = app::notification_preferences::emailed(&state, viewer.actor.as_ref())
                .await
                .map_err(crate::refusals::unexpected)?;
            Ok((status, preferences_page(&state, &viewer, topics, false, errors)?).into_response())
        }
    }
}
