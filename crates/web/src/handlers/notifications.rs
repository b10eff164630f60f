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
use domain::notifications::{Delivery, Topic};
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
        .map(|n| Shown {
            text: app::notify::text_of(&state, viewer.lang, &n),
            link: n.link.clone(),
            created_at: n.created_at,
            unread: n.read_at.is_none(),
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
    topics: Vec<(Topic, Delivery)>,
    saved: bool,
    errors: Vec<ShownError>,
) -> Result<Html<String>, AppError> {
    let deliveries: Vec<&str> = Delivery::ALL.iter().map(|d| d.as_str()).collect();
    let topics: Vec<(&str, &str)> = topics.into_iter().map(|(t, d)| (t.as_str(), d.as_str())).collect();
    render(
        state,
        viewer,
        "notification_preferences.html",
        context! { topics, deliveries, saved, errors },
    )
}

/// How each kind of notification is emailed as well as shown here.
pub async fn preferences(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(q): Query<SavedQuery>,
) -> Result<Html<String>, AppError> {
    viewer.require_user()?;
    let topics = app::notification_preferences::choices(&state, viewer.actor.as_ref())
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
    // Each kind's radios are named `delivery-{kind}`.
    let chosen: Vec<(&str, &str)> = pairs
        .iter()
        .filter_map(|(k, v)| Some((k.strip_prefix("delivery-")?, v.as_str())))
        .collect();
    let prefs = app::notification_preferences::save(&state, viewer.actor.as_ref(), viewer.by(&ip), &chosen).await;
    match prefs {
        Ok(()) => Ok(Redirect::to("/account/notifications?saved=true").into_response()),
        Err(e) => {
            let status = refusal_status(&e);
            let errors = refusal(&state, viewer.lang, e, "delivery")?;
            let topics = app::notification_preferences::choices(&state, viewer.actor.as_ref())
                .await
                .map_err(crate::refusals::unexpected)?;
            Ok((status, preferences_page(&state, &viewer, topics, false, errors)?).into_response())
        }
    }
}
