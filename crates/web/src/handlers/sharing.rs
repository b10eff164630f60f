//! A council's sharing opportunities (SPEC §4.7): what it could take up from other councils
//! and what it could buy with them, each explained with links; dismissing one with a
//! reason; turning one into a draft opportunity. The commands are `app::sharing`'s.

use super::council::council;
use super::maps::{capability, components_by_id, keeps, service_label};
use super::{field, form_pairs, render};
use crate::client::ClientIp;
use crate::error::AppError;
use crate::forms::ShownError;
use crate::refusals::{refusal, refusal_status, unexpected};
use crate::session::Viewer;
use crate::state::AppState;
use app::sharing::{self as commands, SharingError};
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use domain::authz::{authorise, Action};
use domain::capability_map::SharingKey;
use minijinja::context;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Opportunities shown on one page, counted by the need they are for.
pub const NEEDS_PER_PAGE: usize = 20;
/// Components shown for one need, most used first.
const COMPONENTS_PER_NEED: usize = 3;
/// Products shown on one page, soonest contract end first.
pub const PRODUCTS_PER_PAGE: usize = 5;
/// Councils named for one joint procurement (this one among them): those whose contracts
/// end nearest.
const COUNCILS_PER_GROUP: usize = 6;

#[derive(Deserialize, Default)]
pub struct SharingQuery {
    #[serde(default)]
    page: Option<String>,
    #[serde(default)]
    done: Option<String>,
}

#[derive(Serialize)]
struct NeedView {
    lgsl_id: i64,
    service: String,
    capability: String,
    because: domain::capability_map::Wanting,
    offers: Vec<OfferView>,
}

#[derive(Serialize)]
struct OfferView {
    key: String,
    component: Option<store::capability_map::Component>,
    councils: i64,
    built_by: Option<store::organisations::Organisation>,
    practitioners: Vec<store::sharing::Practitioner>,
}

#[derive(Serialize)]
struct TogetherView {
    key: String,
    component: Option<store::capability_map::Component>,
    /// The end of this council's contract.
    ends: chrono::NaiveDate,
    /// How many councils the group has, this one among them.
    count: i64,
    /// The other councils shown: those whose contracts end nearest this council's.
    councils: Vec<(Option<store::organisations::Organisation>, chrono::NaiveDate)>,
}

/// `/maps/sharing`: the viewer's own council's opportunities first (the first council they
/// belong to), or the list of councils when they belong to none.
pub async fn mine(viewer: Viewer) -> Result<Response, AppError> {
    viewer.authorise(Action::ViewMaps)?;
    let first = viewer
        .user
        .as_ref()
        .and_then(|u| u.councils.first())
        .map(|c| c.code.clone());
    Ok(match first {
        Some(code) => Redirect::to(&format!("/councils/{code}/sharing")).into_response(),
        None => Redirect::to("/maps").into_response(),
    })
}

pub async fn page(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(code): Path<String>,
    Query(q): Query<SharingQuery>,
) -> Result<Html<String>, AppError> {
    viewer.authorise(Action::ViewMaps)?;
    let org = council(&state, &code).await?;
    let today = domain::weeks::london_date(state.clock.now());
    let shown = commands::Shown {
        page: page_number(&q),
        needs_per_page: NEEDS_PER_PAGE,
        offers_per_need: COMPONENTS_PER_NEED,
    };
    let found = commands::needs(&state, viewer.actor.as_ref(), org.id, today, shown)
        .await
        .map_err(unexpected)?;
    let reference = state.reference().await?;
    let service_of = |id: i64| service_label(&reference, id).unwrap_or_default();
    let capability_of = |id: i64| capability(&reference, id).map(|c| c.label.clone()).unwrap_or_default();
    let offers = || found.needs.iter().flat_map(|n| n.offers.iter());
    let component_ids: Vec<i64> = offers().map(|o| o.component_id).collect();
    let components = components_by_id(&state, &component_ids).await?;
    let builders: Vec<i64> = offers().filter_map(|o| o.built_by_org_id).collect();
    let councils = councils_by_id(&state, builders).await?;
    let needs: Vec<NeedView> = found
        .needs
        .iter()
        .map(|n| NeedView {
            lgsl_id: n.lgsl_id,
            service: service_of(n.lgsl_id),
            capability: capability_of(n.capability_id),
            because: n.because,
            offers: n
                .offers
                .iter()
                .map(|o| OfferView {
                    key: o.key.clone(),
                    component: components.get(&o.component_id).cloned(),
                    councils: o.councils,
                    built_by: o.built_by_org_id.and_then(|b| councils.get(&b).cloned()),
                    practitioners: o.practitioners.clone(),
                })
                .collect(),
        })
        .collect();
    let (keeper, buyer) = may_act(&viewer, org.id);
    let done = q.done.filter(|d| d == "dismissed");
    render(
        &state,
        &viewer,
        "maps/sharing.html",
        context! {
            council => org, needs, keeper, buyer, done,
            page => found.page, pages => found.pages, dismissed => found.dismissed,
        },
    )
}

/// `/councils/{code}/sharing/products`: a page of the products the council buys, each
/// with the councils whose contracts end within a year of its own.
pub async fn products(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(code): Path<String>,
    Query(q): Query<SharingQuery>,
) -> Result<Html<String>, AppError> {
    viewer.authorise(Action::ViewMaps)?;
    let org = council(&state, &code).await?;
    let today = domain::weeks::london_date(state.clock.now());
    let shown = commands::ProductsShown {
        page: page_number(&q),
        products_per_page: PRODUCTS_PER_PAGE,
        councils_per_group: COUNCILS_PER_GROUP,
    };
    let found = commands::products(&state, viewer.actor.as_ref(), org.id, today, shown)
        .await
        .map_err(unexpected)?;
    let component_ids: Vec<i64> = found.products.iter().map(|g| g.component_id).collect();
    let components = components_by_id(&state, &component_ids).await?;
    // Each product names this council too; the page says "yours" instead.
    let others = |g: &commands::Together| {
        g.councils
            .iter()
            .filter(|(o, _)| *o != org.id)
            .copied()
            .collect::<Vec<_>>()
    };
    let named = found
        .products
        .iter()
        .flat_map(|g| others(g).into_iter().map(|(o, _)| o));
    let councils = councils_by_id(&state, named.collect()).await?;
    let products: Vec<TogetherView> = found
        .products
        .iter()
        .map(|g| TogetherView {
            key: g.key.clone(),
            component: components.get(&g.component_id).cloned(),
            ends: g.ends,
            count: g.count,
            councils: others(g)
                .into_iter()
                .map(|(o, ends)| (councils.get(&o).cloned(), ends))
                .collect(),
        })
        .collect();
    let (keeper, buyer) = may_act(&viewer, org.id);
    let done = q.done.filter(|d| d == "dismissed");
    render(
        &state,
        &viewer,
        "maps/sharing_products.html",
        context! {
            council => org, products, keeper, buyer, done, page => found.page, pages => found.pages,
        },
    )
}

/// Whether the viewer may dismiss the council's opportunities (its admins and capability
/// mappers), and turn them into draft opportunities (its buyers).
fn may_act(viewer: &Viewer, org_id: i64) -> (bool, bool) {
    let buyer = authorise(viewer.actor.as_ref(), Action::ManageOpportunities(org_id)).is_ok();
    (keeps(viewer, org_id), buyer)
}

/// The page asked for, from 1 (anything else is the first).
fn page_number(q: &SharingQuery) -> usize {
    q.page.as_deref().and_then(|p| p.parse::<usize>().ok()).unwrap_or(1)
}

/// The councils of `ids`, by id.
async fn councils_by_id(
    state: &AppState,
    mut ids: Vec<i64>,
) -> Result<BTreeMap<i64, store::organisations::Organisation>, AppError> {
    ids.sort_unstable();
    ids.dedup();
    Ok(store::organisations::find_many(&state.db, &ids)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect())
}

#[derive(Deserialize, Default)]
pub struct KeyQuery {
    #[serde(default)]
    key: String,
}

fn dismiss_page(
    state: &AppState,
    viewer: &Viewer,
    org: store::organisations::Organisation,
    key: &str,
    reason: &str,
    errors: Vec<ShownError>,
) -> Result<Html<String>, AppError> {
    render(
        state,
        viewer,
        "maps/dismiss.html",
        context! { council => org, key, reason, errors },
    )
}

pub async fn dismiss_form(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(code): Path<String>,
    Query(q): Query<KeyQuery>,
) -> Result<Html<String>, AppError> {
    let org = council(&state, &code).await?;
    viewer.authorise(Action::MapServices(org.id))?;
    SharingKey::parse(&q.key).ok_or(AppError::NotFound)?;
    dismiss_page(&state, &viewer, org, &q.key, "", Vec::new())
}

pub async fn dismiss(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(code): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    let org = council(&state, &code).await?;
    viewer.authorise(Action::MapServices(org.id))?;
    let pairs = form_pairs(&body)?;
    let (key, reason) = (field(&pairs, "key"), field(&pairs, "reason"));
    let by = viewer.by(&ip);
    match commands::dismiss(&state, viewer.actor.as_ref(), by, org.id, key, reason).await {
        Ok(()) => {
            // Back to the list the opportunity was on.
            let list = match SharingKey::parse(key) {
                Some(SharingKey::Together { .. }) => "sharing/products",
                _ => "sharing",
            };
            Ok(Redirect::to(&format!("/councils/{}/{list}?done=dismissed", org.code)).into_response())
        }
        Err(e) => {
            let status = refusal_status(&e);
            let errors = refusal(&state, viewer.lang, e, "reason")?;
            let html = dismiss_page(&state, &viewer, org, key, reason, errors)?;
            Ok((status, html).into_response())
        }
    }
}

pub async fn to_draft(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(code): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    let org = council(&state, &code).await?;
    viewer.authorise(Action::ManageOpportunities(org.id))?;
    let pairs = form_pairs(&body)?;
    let by = viewer.by(&ip);
    match commands::to_draft(
        &state,
        viewer.lang,
        viewer.actor.as_ref(),
        by,
        org.id,
        field(&pairs, "key"),
    )
    .await
    {
        Ok(id) => Ok(Redirect::to(&format!("/opportunities/{id}/edit")).into_response()),
        Err(SharingError::Denied(d)) => Err(d.into()),
        Err(e) => Err(unexpected(e)),
    }
}
