//! Moderation pages (app::moderation): a platform admin hides a post with a reason
//! (`/admin/moderation/hide`), reads what is hidden and decides appeals
//! (`/admin/moderation`); the owner reads why and appeals once (`/moderation/{id}`).

use super::{field, form_pairs, render};
use crate::client::ClientIp;
use crate::error::AppError;
use crate::forms::ShownError;
use crate::refusals::{refusal, refusal_status};
use crate::session::Viewer;
use crate::state::AppState;
use app::moderation as commands;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use domain::moderation::{Decision, Kind};
use minijinja::context;
use serde::Deserialize;
use store::moderation::Moderation;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct HideQuery {
    kind: String,
    id: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    before: Option<i64>,
    done: String,
}

/// The post named by a kind and an id as typed; anything else is not found.
fn named(kind: &str, id: &str) -> Result<(Kind, i64), AppError> {
    let kind = kind.parse::<Kind>().map_err(|_| AppError::NotFound)?;
    let id = id.trim().parse::<i64>().map_err(|_| AppError::NotFound)?;
    Ok((kind, id))
}

fn hide_page(
    state: &AppState,
    viewer: &Viewer,
    kind: Kind,
    id: i64,
    title: &str,
    reason: &str,
    errors: Vec<ShownError>,
) -> Result<Html<String>, AppError> {
    render(
        state,
        viewer,
        "admin/moderation_hide.html",
        context! { kind => kind.as_str(), id, title, reason, errors },
    )
}

/// `GET /admin/moderation/hide?kind=…&id=…`: what is about to be hidden, and the reason.
pub async fn hide_form(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(q): Query<HideQuery>,
) -> Result<Html<String>, AppError> {
    viewer.require_user()?;
    let (kind, id) = named(&q.kind, &q.id)?;
    let subject = commands::subject(&state, viewer.actor.as_ref(), kind, id)
        .await
        .map_err(crate::refusals::unexpected)?;
    hide_page(&state, &viewer, kind, id, &subject.title, "", Vec::new())
}

/// `POST /admin/moderation/hide`.
pub async fn hide(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    body: Bytes,
) -> Result<Response, AppError> {
    viewer.require_user()?;
    let pairs = form_pairs(&body)?;
    let (kind, id) = named(field(&pairs, "kind"), field(&pairs, "id"))?;
    let reason = field(&pairs, "reason");
    match commands::hide(&state, viewer.by(&ip), viewer.actor.as_ref(), kind, id, reason).await {
        Ok(_) => Ok(Redirect::to("/admin/moderation?done=hidden").into_response()),
        Err(e) => {
            let status = refusal_status(&e);
            let errors = refusal(&state, viewer.lang, e, "reason")?;
            // Only a page shown again needs what is being hidden.
            let subject = commands::subject(&state, viewer.actor.as_ref(), kind, id)
                .await
                .map_err(crate::refusals::unexpected)?;
            let html = hide_page(&state, &viewer, kind, id, &subject.title, reason, errors)?;
            Ok((status, html).into_response())
        }
    }
}

fn list_page(
    state: &AppState,
    viewer: &Viewer,
    (appeals, hidden): (Vec<Moderation>, Vec<Moderation>),
    done: &str,
    errors: Vec<ShownError>,
) -> Result<Html<String>, AppError> {
    let older = (hidden.len() as i64 == commands::PAGE)
        .then(|| hidden.last().map(|m| m.id))
        .flatten();
    let done = (done == "hidden" || done == "decided").then_some(done);
    render(
        state,
        viewer,
        "admin/moderation.html",
        context! { appeals, hidden, older, done, errors },
    )
}

/// `GET /admin/moderation`.
pub async fn list(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(q): Query<ListQuery>,
) -> Result<Html<String>, AppError> {
    viewer.require_user()?;
    let lists = commands::overview(&state, viewer.actor.as_ref(), q.before)
        .await
        .map_err(crate::refusals::unexpected)?;
    list_page(&state, &viewer, lists, &q.done, Vec::new())
}

/// `POST /admin/moderation/{id}/decide`.
pub async fn decide(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response, AppError> {
    viewer.require_user()?;
    let pairs = form_pairs(&body)?;
    let outcome = match field(&pairs, "decision").parse::<Decision>() {
        Ok(decision) => {
            let note = field(&pairs, "note");
            commands::decide(&state, viewer.by(&ip), viewer.actor.as_ref(), id, decision, note).await
        }
        Err(key) => Err(commands::ModerationError::refused(key)),
    };
    match outcome {
        Ok(()) => Ok(Redirect::to("/admin/moderation?done=decided").into_response()),
        Err(e) => {
            let status = refusal_status(&e);
            let errors = refusal(&state, viewer.lang, e, &format!("decision-{id}"))?;
            let lists = commands::overview(&state, viewer.actor.as_ref(), None)
                .await
                .map_err(crate::refusals::unexpected)?;
            let html = list_page(&state, &viewer, lists, "", errors)?;
            Ok((status, html).into_response())
        }
    }
}

fn owner_page(
    state: &AppState,
    viewer: &Viewer,
    m: Moderation,
    appeal: &str,
    errors: Vec<ShownError>,
    done: bool,
) -> Result<Html<String>, AppError> {
    let may_appeal = domain::moderation::may_appeal(m.standing()).is_ok();
    render(
        state,
        viewer,
        "moderation/show.html",
        context! { m, may_appeal, appeal, errors, done },
    )
}

/// `GET /moderation/{id}`: the owner reads why their post was hidden.
pub async fn show(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
    Query(q): Query<ListQuery>,
) -> Result<Html<String>, AppError> {
    viewer.require_user()?;
    let m = commands::view(&state, viewer.actor.as_ref(), id)
        .await
        .map_err(crate::refusals::unexpected)?;
    owner_page(&state, &viewer, m, "", Vec::new(), q.done == "appealed")
}

/// `POST /moderation/{id}/appeal`.
pub async fn appeal(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response, AppError> {
    viewer.require_user()?;
    let pairs = form_pairs(&body)?;
    let text = field(&pairs, "appeal");
    match commands::appeal(&state, viewer.by(&ip), viewer.actor.as_ref(), id, text).await {
        Ok(()) => Ok(Redirect::to(&format!("/moderation/{id}?done=appealed")).into_response()),
        Err(e) => {
            let status = refusal_status(&e);
            let errors = refusal(&state, viewer.lang, e, "appeal")?;
            let m = commands::view(&state, viewer.actor.as_ref(), id)
                .await
                .map_err(crate::refusals::unexpected)?;
            let html = owner_page(&state, &viewer, m, text, errors, false)?;
            Ok((status, html).into_response())
        }
    }
}
