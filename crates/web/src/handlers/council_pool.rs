//! A council's side of the talent pool: its managers approve listings and set rates; its
//! finance officers and admins keep the rate card.

use super::council::council;
use super::render;
use crate::client::ClientIp;
use crate::error::AppError;
use crate::forms::{self, ShownError};
use crate::handlers::profile::pool_error;
use crate::session::Viewer;
use crate::state::AppState;
use crate::views::ProfileView;
use app::pool::{self as pool_service, PoolError};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::Form;
use domain::authz::Action;
use domain::pool::ListingEvent;
use domain::text;
use minijinja::context;
use serde::Deserialize;
use store::organisations::Organisation;
use store::{profiles, rate_cards};

pub async fn list(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(code): Path<String>,
) -> Result<Html<String>, AppError> {
    let org = council(&state, &code).await?;
    viewer.authorise(Action::ManageProfiles(org.id))?;
    let list = profiles::list_for_org(&state.db, org.id).await?;
    render(
        &state,
        &viewer,
        "council/profiles.html",
        context! { council => org, profiles => list },
    )
}

/// The profile, if it belongs to this council: ids of other councils' profiles are not found.
async fn council_profile(state: &AppState, org: &Organisation, id: i64) -> Result<profiles::Profile, AppError> {
    profiles::find(&state.db, id)
        .await?
        .filter(|p| p.org_id == org.id)
        .ok_or(AppError::NotFound)
}

#[derive(Deserialize)]
pub struct Done {
    done: Option<String>,
}

pub async fn review(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((code, id)): Path<(String, i64)>,
    Query(q): Query<Done>,
) -> Result<Html<String>, AppError> {
    let org = council(&state, &code).await?;
    viewer.authorise(Action::ManageProfiles(org.id))?;
    let p = council_profile(&state, &org, id).await?;
    review_page(&state, &viewer, org, p, q.done, Vec::new(), "").await
}

async fn review_page(
    state: &AppState,
    viewer: &Viewer,
    org: Organisation,
    p: profiles::Profile,
    done: Option<String>,
    errors: Vec<ShownError>,
    reason: &str,
) -> Result<Html<String>, AppError> {
    let view = ProfileView::load(state, p, true).await?;
    let done = done.filter(|d| ["approve", "decline", "withdraw", "rate"].contains(&d.as_str()));
    render(
        state,
        viewer,
        "council/profile_review.html",
        context! { council => org, profile => view, done, errors, reason },
    )
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DecisionForm {
    reason: String,
}

pub async fn decide(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path((code, id, action)): Path<(String, i64, String)>,
    Form(form): Form<DecisionForm>,
) -> Result<Response, AppError> {
    let org = council(&state, &code).await?;
    viewer.authorise(Action::ManageProfiles(org.id))?;
    let p = council_profile(&state, &org, id).await?;
    let event = match action.as_str() {
        "approve" => ListingEvent::Approve,
        "decline" => ListingEvent::Decline,
        "withdraw" => ListingEvent::Withdraw,
        _ => return Err(AppError::NotFound),
    };
    let reason = if event == ListingEvent::Decline {
        match text::multi_line(&form.reason, 1000) {
            Ok(r) => Some(r),
            Err(key) => {
                let key = if key == "error-required" {
                    "error-reason-required"
                } else {
                    key
                };
                let html = review_page(
                    &state,
                    &viewer,
                    org,
                    p,
                    None,
                    forms::one("reason", viewer.t(&state, key, &[])),
                    &form.reason,
                )
                .await?;
                return Ok((StatusCode::BAD_REQUEST, html).into_response());
            }
        }
    } else {
        None
    };
    match pool_service::change_listing(&state, viewer.by(&ip), id, event, reason.as_deref()).await {
        Ok(()) => Ok(Redirect::to(&format!("/councils/{}/profiles/{id}?done={action}", org.code)).into_response()),
        Err(PoolError::NotAllowed(_)) => {
            let html = review_page(
                &state,
                &viewer,
                org,
                p,
                None,
                forms::one("status", viewer.t(&state, "error-listing-not-allowed", &[])),
                "",
            )
            .await?;
            Ok((StatusCode::CONFLICT, html).into_response())
        }
        Err(e) => Err(pool_error(e)),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RateForm {
    rate: String,
    notes: String,
}

pub async fn set_rate(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path((code, id)): Path<(String, i64)>,
    Form(form): Form<RateForm>,
) -> Result<Response, AppError> {
    let org = council(&state, &code).await?;
    viewer.authorise(Action::ManageProfiles(org.id))?;
    let p = council_profile(&state, &org, id).await?;
    let rate = domain::pool::parse_rate(&form.rate);
    let notes = match form.notes.trim() {
        "" => Ok(None),
        n => text::multi_line(n, 2000).map(Some),
    };
    match (rate, notes) {
        (Ok(rate), Ok(notes)) => {
            pool_service::set_manager_fields(&state, viewer.by(&ip), id, rate, notes.as_deref())
                .await
                .map_err(pool_error)?;
            Ok(Redirect::to(&format!("/councils/{}/profiles/{id}?done=rate", org.code)).into_response())
        }
        (rate, notes) => {
            let mut errors = Vec::new();
            if let Err(k) = rate {
                errors.extend(forms::one("rate", viewer.t(&state, k, &[])));
            }
            if let Err(k) = notes {
                errors.extend(forms::one("notes", viewer.t(&state, k, &[])));
            }
            let html = review_page(&state, &viewer, org, p, None, errors, "").await?;
            Ok((StatusCode::BAD_REQUEST, html).into_response())
        }
    }
}

pub async fn rate_card(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(code): Path<String>,
) -> Result<Html<String>, AppError> {
    let org = council(&state, &code).await?;
    viewer.authorise(Action::ViewRateCard(org.id))?;
    rate_card_page(&state, &viewer, org, Vec::new(), "", "").await
}

async fn rate_card_page(
    state: &AppState,
    viewer: &Viewer,
    org: Organisation,
    errors: Vec<ShownError>,
    level: &str,
    rate: &str,
) -> Result<Html<String>, AppError> {
    let can_edit = domain::authz::authorise(viewer.actor.as_ref(), Action::ManageRateCard(org.id)).is_ok();
    let rates = rate_cards::list(&state.db, org.id).await?;
    let levels = if can_edit {
        state.reference().await?.levels.clone()
    } else {
        Vec::new()
    };
    render(
        state,
        viewer,
        "council/rate_card.html",
        context! { council => org, rates, levels, can_edit, errors, form => context! { level_id => level, rate } },
    )
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RateCardForm {
    level_id: String,
    rate: String,
}

pub async fn rate_card_save(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(code): Path<String>,
    Form(form): Form<RateCardForm>,
) -> Result<Response, AppError> {
    let org = council(&state, &code).await?;
    viewer.authorise(Action::ManageRateCard(org.id))?;
    let mut errors = domain::ValidationErrors::default();
    let level = errors.check(
        "level_id",
        form.level_id.trim().parse::<i64>().map_err(|_| "error-level-required"),
    );
    let rate = errors.check("rate", domain::pool::parse_rate(&form.rate));
    if let (Some(level), Some(rate), true) = (level, rate, errors.is_empty()) {
        match pool_service::set_rate(&state, viewer.by(&ip), org.id, level, rate).await {
            Ok(()) => return Ok(Redirect::to(&format!("/councils/{}/rate-card", org.code)).into_response()),
            Err(PoolError::UnknownChoice) => errors.push("level_id", "error-level-required"),
            Err(e) => return Err(pool_error(e)),
        }
    }
    let html = rate_card_page(
        &state,
        &viewer,
        org,
        forms::shown(&state, viewer.lang, &errors),
        &form.level_id,
        &form.rate,
    )
    .await?;
    Ok((StatusCode::BAD_REQUEST, html).into_response())
}
