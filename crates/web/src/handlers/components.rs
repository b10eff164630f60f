//! The platform's list of components (SPEC §4.7): everyone signed in reads it and sees who
//! uses each component; council admins propose additions, platform admins review them.

use super::{field, form_pairs, render};
use crate::client::ClientIp;
use crate::error::AppError;
use crate::forms::ShownError;
use crate::refusals::{refusal, refusal_status, unexpected};
use crate::session::Viewer;
use crate::state::AppState;
use app::capability_map::{self as commands, ComponentInput};
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use domain::authz::{authorise, Action};
use domain::capability_map::{ComponentKind, ComponentStatus};
use domain::weeks::Week;
use minijinja::context;
use serde::Serialize;
use store::capability_map::{self as maps, Component};
use store::search::PoolQuery;

/// How many practitioners who know a component its page names.
const PRACTITIONERS_SHOWN: i64 = 5;
/// How many "Show and tell" projects providing a component its page names.
const PROJECTS_SHOWN: i64 = 10;

/// The councils the viewer may propose a component for (those where they are admin).
fn proposing_councils(viewer: &Viewer) -> Vec<crate::session::ViewerCouncil> {
    viewer
        .user
        .as_ref()
        .map(|u| {
            u.councils
                .iter()
                .filter(|c| authorise(viewer.actor.as_ref(), Action::ProposeComponent(c.id)).is_ok())
                .cloned()
                .collect()
        })
        .unwrap_or_default()
}

fn lists(viewer: &Viewer) -> bool {
    authorise(viewer.actor.as_ref(), Action::ReviewComponents).is_ok()
}

pub async fn list(State(state): State<AppState>, viewer: Viewer) -> Result<Html<String>, AppError> {
    viewer.authorise(Action::ViewMaps)?;
    let components = maps::components(&state.db, ComponentStatus::Listed).await?;
    let can_add = lists(&viewer) || !proposing_councils(&viewer).is_empty();
    render(
        &state,
        &viewer,
        "maps/components.html",
        context! { components, can_add },
    )
}

/// A component, if the viewer may see it: a listed one, anyone signed in; a proposed or
/// declined one, the proposing council's people and platform admins.
async fn visible(state: &AppState, viewer: &Viewer, id: i64) -> Result<Component, AppError> {
    viewer.authorise(Action::ViewMaps)?;
    let c = maps::component(&state.db, id).await?.ok_or(AppError::NotFound)?;
    let own = c
        .proposed_by_org_id
        .is_some_and(|org| authorise(viewer.actor.as_ref(), Action::ViewPrivateMapDetails(org)).is_ok());
    if c.status == ComponentStatus::Listed || own || lists(viewer) {
        Ok(c)
    } else {
        Err(AppError::NotFound)
    }
}

pub async fn show(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Html<String>, AppError> {
    let component = visible(&state, &viewer, id).await?;
    let uses = maps::component_uses(&state.db, id).await?;
    let reference = state.reference().await?;
    let label = |cap: i64| {
        reference
            .capabilities
            .iter()
            .find(|k| k.id == cap)
            .map(|k| k.label.clone())
            .unwrap_or_default()
    };
    let councils = uses
        .iter()
        .map(|u| u.org_id)
        .collect::<std::collections::BTreeSet<_>>()
        .len();
    let uses: Vec<_> = uses
        .into_iter()
        .map(|u| {
            let capability = label(u.capability_id);
            context! { capability, ..minijinja::Value::from_serialize(&u) }
        })
        .collect();
    let built_by = match component.built_by_org_id {
        Some(org) => store::organisations::find_by_id(&state.db, org).await?,
        None => None,
    };
    // Practitioners in the pool whose profile names it: among their skills, services or
    // done-before work (the pool's own word search, so it reads what it shows).
    let this_week = Week::current(state.clock.now());
    let query = PoolQuery {
        words: Some(component.name.chars().take(200).collect()),
        weeks: domain::pool::search_weeks(None, None, this_week).unwrap_or_default(),
        this_week: Some(this_week),
        ..PoolQuery::default()
    };
    let found = crate::found::page(&state, viewer.lang, &query, 1, PRACTITIONERS_SHOWN).await?;
    let practitioners = found.rows.clone();
    let more_practitioners = found.has_next;
    let pool_link = format!(
        "/pool?{}",
        serde_urlencoded::to_string([("q", component.name.as_str())]).unwrap_or_default()
    );
    // Projects shown to everyone that provide it (a group's stay with the group).
    let projects: Vec<_> = store::projects::providing(&state.db, id, PROJECTS_SHOWN)
        .await?
        .into_iter()
        .filter(|p| p.group_id.is_none())
        .collect();
    render(
        &state,
        &viewer,
        "maps/component.html",
        context! { component, uses, councils, built_by, practitioners, more_practitioners, pool_link, projects },
    )
}

#[derive(Debug, Default, Serialize)]
struct ComponentForm {
    name: String,
    kind: String,
    supplier: String,
    licence: String,
    link: String,
    description: String,
    council: String,
}

impl ComponentForm {
    fn input(&self) -> ComponentInput {
        ComponentInput {
            name: self.name.clone(),
            kind: self.kind.clone(),
            supplier: self.supplier.clone(),
            licence: self.licence.clone(),
            link: self.link.clone(),
            description: self.description.clone(),
        }
    }
}

fn new_page(
    state: &AppState,
    viewer: &Viewer,
    form: ComponentForm,
    errors: Vec<ShownError>,
) -> Result<Html<String>, AppError> {
    let councils = proposing_councils(viewer);
    let kinds: Vec<&str> = [
        ComponentKind::Product,
        ComponentKind::OpenSource,
        ComponentKind::SharedPublicService,
        ComponentKind::InHouse,
    ]
    .iter()
    .map(|k| k.as_str())
    .collect();
    let listing = lists(viewer);
    render(
        state,
        viewer,
        "maps/component_new.html",
        context! { form, errors, councils, kinds, listing },
    )
}

/// Who may add a component: a platform admin (listed at once) or a council admin.
fn may_add(viewer: &Viewer) -> Result<(), AppError> {
    viewer.require_user()?;
    if lists(viewer) || !proposing_councils(viewer).is_empty() {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

pub async fn new_form(State(state): State<AppState>, viewer: Viewer) -> Result<Html<String>, AppError> {
    may_add(&viewer)?;
    new_page(&state, &viewer, ComponentForm::default(), Vec::new())
}

pub async fn create(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    body: Bytes,
) -> Result<Response, AppError> {
    may_add(&viewer)?;
    let pairs = form_pairs(&body)?;
    let form = ComponentForm {
        name: field(&pairs, "name").to_string(),
        kind: field(&pairs, "kind").to_string(),
        supplier: field(&pairs, "supplier").to_string(),
        licence: field(&pairs, "licence").to_string(),
        link: field(&pairs, "link").to_string(),
        description: field(&pairs, "description").to_string(),
        council: field(&pairs, "council").to_string(),
    };
    // A platform admin lists it; a council admin proposes it for their council (the one
    // chosen, when they are admin of several).
    let councils = proposing_councils(&viewer);
    let for_org = if lists(&viewer) {
        None
    } else {
        let chosen = councils
            .iter()
            .find(|c| c.code == form.council)
            .or_else(|| (councils.len() == 1).then(|| &councils[0]));
        match chosen {
            Some(c) => Some(c.id),
            None => {
                let errors = crate::forms::one("council", viewer.t(&state, "error-component-council", &[]));
                let html = new_page(&state, &viewer, form, errors)?;
                return Ok((axum::http::StatusCode::BAD_REQUEST, html).into_response());
            }
        }
    };
    let by = viewer.by(&ip);
    match commands::add_component(&state, viewer.actor.as_ref(), by, for_org, &form.input()).await {
        Ok(id) => Ok(Redirect::to(&format!("/maps/components/{id}?saved=yes")).into_response()),
        Err(e) => {
            let status = refusal_status(&e);
            let errors = refusal(&state, viewer.lang, e, "name")?;
            let html = new_page(&state, &viewer, form, errors)?;
            Ok((status, html).into_response())
        }
    }
}

/// Platform admins' list of proposed components, to list or decline.
pub async fn review_list(State(state): State<AppState>, viewer: Viewer) -> Result<Html<String>, AppError> {
    viewer.authorise(Action::ReviewComponents)?;
    let proposed = maps::components(&state.db, ComponentStatus::Proposed).await?;
    let mut rows = Vec::new();
    for c in proposed {
        let council = match c.proposed_by_org_id {
            Some(org) => store::organisations::find_by_id(&state.db, org).await?.map(|o| o.name),
            None => None,
        };
        rows.push(context! { c, council });
    }
    render(&state, &viewer, "admin/components.html", context! { rows })
}

pub async fn review(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response, AppError> {
    viewer.authorise(Action::ReviewComponents)?;
    let pairs = form_pairs(&body)?;
    let listed = match field(&pairs, "decision") {
        "list" => true,
        "decline" => false,
        _ => return Err(AppError::BadRequest),
    };
    let by = viewer.by(&ip);
    match commands::review_component(&state, viewer.actor.as_ref(), by, id, listed).await {
        Ok(()) => Ok(Redirect::to("/admin/components").into_response()),
        Err(app::capability_map::MapError::Refused { .. }) => Ok(Redirect::to("/admin/components").into_response()),
        Err(e) => Err(unexpected(e)),
    }
}
