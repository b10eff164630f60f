//! Opportunity pages: the public list with its filters, each opportunity's page with its
//! questions and change history, a council's own list, the draft's task list and section
//! pages, publishing, changes after publishing, withdrawal, and saved searches.

mod alerts;
mod changes;
pub mod data;
mod drafts;
mod questions;
pub(crate) mod recommendations;

pub use alerts::*;
pub use changes::*;
pub use data::*;
pub use drafts::*;
pub use questions::*;
pub use recommendations::*;

use super::render;
use crate::client::ClientIp;
use crate::error::AppError;
use crate::forms::{self, ShownError};
use crate::opportunity_filters::ListParams;
use crate::refusals::{refusal, refusal_status, unexpected};
use crate::service_picker;
use crate::session::Viewer;
use crate::state::AppState;
use app::opportunities::{self as service, SectionInput};
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::Form;
use chrono::{DateTime, Utc};
use domain::authz::{authorise, Action};
use domain::opportunities::{self as rules, ChangeKind, Section, SECTIONS};
use domain::pool::REGIONS;
use minijinja::context;
use serde::{Deserialize, Serialize};
use store::opportunities::{self as store_opps, Opportunity};
use store::opportunity_list;
use store::{applications, organisations, saved_searches};

pub async fn list(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(mut params): Query<ListParams>,
) -> Result<Html<String>, AppError> {
    let reference = state.reference().await?;
    let picked = service_picker::pick(&reference.services, &params.service, &params.service_words);
    let service_box = service_picker::PickerView::with_links(&picked, &params.service_words, |id| {
        let p = ListParams {
            service: id.to_string(),
            service_words: String::new(),
            after: String::new(),
            before: String::new(),
            ..params.clone()
        };
        Some(format!(
            "/opportunities?{}",
            serde_urlencoded::to_string(&p).unwrap_or_default()
        ))
    });
    if let service_picker::Picked::Chosen(s) = &picked {
        params.service = s.id.to_string();
        params.service_words = String::new();
    } else {
        params.service = String::new();
    }
    let (filter, mut errors) = params.filter(viewer.user.is_some());
    if matches!(picked, service_picker::Picked::NoMatch) {
        errors.push(("service", "error-service-none"));
    }
    let page = opportunity_list::list_published(&state.db, &filter, params.position()).await?;
    let errors: Vec<ShownError> = errors
        .into_iter()
        .flat_map(|(f, k)| forms::one(f, viewer.t(&state, k, &[])))
        .collect();
    let query_without_page = serde_urlencoded::to_string(ListParams {
        after: String::new(),
        before: String::new(),
        ..params.clone()
    })
    .unwrap_or_default();
    let previous = page.previous.map(|c| c.encode());
    let next = page.next.map(|c| c.encode());
    let (rows, count) = (page.rows, page.count);
    let api_query = params.api_query();
    let buying = buying_councils(&viewer);
    render(
        &state,
        &viewer,
        "opportunities/list.html",
        context! {
            params, rows, count, previous, next, query_without_page, api_query, errors, buying,
            regions => REGIONS,
            roles => reference.roles.clone(),
            service_box,
            can_save => viewer.user.is_some(),
        },
    )
}

#[derive(Serialize)]
struct Council {
    code: String,
    name: String,
}

/// The councils the viewer may post opportunities for.
fn buying_councils(viewer: &Viewer) -> Vec<Council> {
    viewer
        .user
        .as_ref()
        .map(|u| {
            u.councils
                .iter()
                .filter(|c| authorise(viewer.actor.as_ref(), Action::ManageOpportunities(c.id)).is_ok())
                .map(|c| Council {
                    code: c.code.clone(),
                    name: c.name.clone(),
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The opportunity, if the viewer may read it (drafts only within the owning council).
pub async fn visible(state: &AppState, viewer: &Viewer, id: i64) -> Result<Opportunity, AppError> {
    let o = store_opps::find(&state.db, id).await?.ok_or(AppError::NotFound)?;
    let action = service::view_action(&o).ok_or(AppError::NotFound)?;
    match authorise(viewer.actor.as_ref(), action) {
        Ok(()) => Ok(o),
        // Someone else's draft does not exist as far as they can tell.
        Err(domain::authz::Denied::Forbidden) => Err(AppError::NotFound),
        Err(domain::authz::Denied::NotSignedIn) => Err(AppError::SignInRequired {
            return_to: viewer.path.clone(),
        }),
    }
}

/// The opportunity, if the viewer is a buyer of the council that owns it.
pub async fn managed(state: &AppState, viewer: &Viewer, id: i64) -> Result<Opportunity, AppError> {
    viewer.require_user()?;
    let o = store_opps::find(&state.db, id).await?.ok_or(AppError::NotFound)?;
    viewer.authorise(Action::ManageOpportunities(o.org_id))?;
    Ok(o)
}

/// The councils of the viewer that may ask and apply (with whether each is invited).
pub async fn applying_councils(state: &AppState, viewer: &Viewer, o: &Opportunity) -> Result<Vec<i64>, AppError> {
    let Some(user) = viewer.user.as_ref() else {
        return Ok(Vec::new());
    };
    let mut orgs = Vec::new();
    for c in &user.councils {
        let invited = service::is_open_to(&state.db, o, c.id).await?;
        let action = Action::Apply {
            owner: o.org_id,
            org: c.id,
            invited,
        };
        if authorise(viewer.actor.as_ref(), action).is_ok() {
            orgs.push(c.id);
        }
    }
    Ok(orgs)
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Done {
    pub done: String,
}

pub async fn show(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
    Query(done): Query<Done>,
) -> Result<Response, AppError> {
    let o = visible(&state, &viewer, id).await?;
    let manager = authorise(viewer.actor.as_ref(), Action::ManageOpportunities(o.org_id)).is_ok();
    if o.status == domain::opportunities::Status::Draft {
        return Ok(Redirect::to(&format!("/opportunities/{id}/edit")).into_response());
    }
    page(&state, &viewer, o, manager, &done.done, Vec::new(), "").await
}

async fn page(
    state: &AppState,
    viewer: &Viewer,
    o: Opportunity,
    manager: bool,
    done: &str,
    errors: Vec<ShownError>,
    question: &str,
) -> Result<Response, AppError> {
    let now = state.clock.now();
    let criteria = store_opps::criteria(&state.db, o.id).await?;
    let questions = store_opps::questions(&state.db, o.id, true).await?;
    let changes = store_opps::changes(&state.db, o.id).await?;
    let awards = applications::awards(&state.db, o.id).await?;
    let orgs = applying_councils(state, viewer, &o).await?;
    let live = o.status == domain::opportunities::Status::Live && o.closes_at.is_some_and(|c| c > now);
    let can_ask = live && !orgs.is_empty() && o.questions_deadline.is_some_and(|d| d > now);
    let mine = match viewer.user.as_ref() {
        Some(u) => applications::find_by_applicant(&state.db, o.id, u.id).await?,
        None => None,
    };
    let can_apply = live && !orgs.is_empty();
    let invites = store_opps::invites(&state.db, o.id).await?;
    let html = render(
        state,
        viewer,
        "opportunities/show.html",
        context! {
            o, criteria, questions, changes, awards, manager, can_ask, can_apply, mine, invites, errors, done,
            question, signed_in => viewer.user.is_some(),
        },
    )?;
    let status = if errors.is_empty() {
        axum::http::StatusCode::OK
    } else {
        axum::http::StatusCode::BAD_REQUEST
    };
    Ok((status, html).into_response())
}

/// A council's own opportunities, in every status, with a form to start one.
pub async fn council_list(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(code): Path<String>,
) -> Result<Html<String>, AppError> {
    viewer.require_user()?;
    let org = organisations::find_by_code(&state.db, &code)
        .await?
        .ok_or(AppError::NotFound)?;
    viewer.authorise(Action::ManageOpportunities(org.id))?;
    let rows = store_opps::list_for_org(&state.db, org.id).await?;
    render(
        &state,
        &viewer,
        "opportunities/council.html",
        context! { org, rows, errors => Vec::<ShownError>::new() },
    )
}
