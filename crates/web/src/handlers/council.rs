//! A council's own administration: members and roles, audit log.

use super::{field, form_pairs, render};
use crate::client::ClientIp;
use crate::error::AppError;
use crate::forms;
use crate::session::Viewer;
use crate::state::AppState;
use app::councils::{self, RolesError};
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use domain::authz::Action;
use domain::roles::Role;
use minijinja::context;
use serde::{Deserialize, Serialize};
use store::organisations::Organisation;
use store::{audit, members, organisations, users};

pub const AUDIT_PAGE: i64 = 50;

/// The council a page's address names by its code; no such page for an unknown code.
pub(crate) async fn council(state: &AppState, code: &str) -> Result<Organisation, AppError> {
    organisations::find_by_code(&state.db, code)
        .await?
        .ok_or(AppError::NotFound)
}

#[derive(Deserialize)]
pub struct MembersQuery {
    updated: Option<i64>,
    /// A member who was just removed.
    left: Option<i64>,
    /// After the second-factor requirement changed: `required` or `not-required`.
    second_factor: Option<String>,
}

pub async fn members_list(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(code): Path<String>,
    Query(q): Query<MembersQuery>,
) -> Result<Html<String>, AppError> {
    let org = council(&state, &code).await?;
    viewer.authorise(Action::ViewMembers(org.id))?;
    let list = members::list(&state.db, org.id).await?;
    let updated = q
        .updated
        .and_then(|id| list.iter().find(|m| m.user_id == id))
        .map(|m| m.display_name.clone());
    let left = match q.left {
        Some(id) if !list.iter().any(|m| m.user_id == id) => {
            store::users::find_by_id(&state.db, id).await?.map(|u| u.display_name)
        }
        _ => None,
    };
    let second_factor_required = store::second_factors::council_requires(&state.db, org.id).await?;
    let second_factor = q
        .second_factor
        .filter(|d| ["required", "not-required"].contains(&d.as_str()));
    render(
        &state,
        &viewer,
        "council/members.html",
        context! { council => org, members => list, updated, left, second_factor_required, second_factor },
    )
}

#[derive(Serialize)]
struct RoleChoice {
    value: &'static str,
    checked: bool,
}

fn role_choices(held: &[Role]) -> Vec<RoleChoice> {
    Role::ALL
        .iter()
        .map(|r| RoleChoice {
            value: r.as_str(),
            checked: held.contains(r),
        })
        .collect()
}

async fn member_name(state: &AppState, org_id: i64, user_id: i64) -> Result<(String, Vec<Role>), AppError> {
    let roles = members::roles_in(&state.db, user_id, org_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let user = users::find_by_id(&state.db, user_id).await?.ok_or(AppError::NotFound)?;
    Ok((user.display_name, roles))
}

pub async fn roles_form(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((code, user_id)): Path<(String, i64)>,
) -> Result<Html<String>, AppError> {
    let org = council(&state, &code).await?;
    viewer.authorise(Action::ManageRoles(org.id))?;
    let (name, roles) = member_name(&state, org.id, user_id).await?;
    render(
        &state,
        &viewer,
        "council/roles.html",
        context! { council => org, user_id, name, choices => role_choices(&roles), errors => Vec::<()>::new() },
    )
}

pub async fn roles_update(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path((code, user_id)): Path<(String, i64)>,
    body: Bytes,
) -> Result<Response, AppError> {
    let org = council(&state, &code).await?;
    viewer.authorise(Action::ManageRoles(org.id))?;
    let (name, _) = member_name(&state, org.id, user_id).await?;
    let pairs = form_pairs(&body)?;
    let chosen: Result<Vec<Role>, _> = pairs
        .iter()
        .filter(|(k, _)| k == "roles")
        .map(|(_, v)| v.parse::<Role>())
        .collect();
    let Ok(mut chosen) = chosen else {
        let _ = field(&pairs, "roles");
        return Err(AppError::BadRequest);
    };
    chosen.sort();
    chosen.dedup();
    let by = viewer.by(&ip);
    match councils::change_roles(&state, by, org.id, user_id, &chosen).await {
        Ok(()) => Ok(Redirect::to(&format!("/councils/{}/members?updated={user_id}", org.code)).into_response()),
        Err(RolesError::NotAMember) => Err(AppError::NotFound),
        Err(RolesError::Rule(_)) => {
            let errors = forms::one(
                "roles",
                viewer.t(&state, "roles-last-admin", &[("council", org.name.clone())]),
            );
            let page = render(
                &state,
                &viewer,
                "council/roles.html",
                context! { council => org, user_id, name, choices => role_choices(&chosen), errors },
            )?;
            Ok((StatusCode::BAD_REQUEST, page).into_response())
        }
        Err(RolesError::Store(e)) => Err(e.into()),
    }
}

#[derive(Deserialize)]
pub struct AuditQuery {
    before: Option<i64>,
}

/// One page of audit events and the id to continue from, if there are older ones.
pub async fn audit_page(
    state: &AppState,
    org_id: Option<i64>,
    before: Option<i64>,
) -> Result<(Vec<audit::Event>, Option<i64>), AppError> {
    let mut events = audit::list(&state.db, org_id, before, AUDIT_PAGE + 1).await?;
    let more = events.len() > usize::try_from(AUDIT_PAGE).unwrap_or(usize::MAX);
    events.truncate(usize::try_from(AUDIT_PAGE).unwrap_or(usize::MAX));
    let next = if more { events.last().map(|e| e.id) } else { None };
    Ok((events, next))
}

pub async fn audit_log(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(code): Path<String>,
    Query(q): Query<AuditQuery>,
) -> Result<Html<String>, AppError> {
    let org = council(&state, &code).await?;
    viewer.authorise(Action::ViewAuditLog(org.id))?;
    let (events, next) = audit_page(&state, Some(org.id), q.before).await?;
    let base = format!("/councils/{}/audit", org.code);
    render(
        &state,
        &viewer,
        "council/audit.html",
        context! { council => org, events, next, base, show_council => false },
    )
}
