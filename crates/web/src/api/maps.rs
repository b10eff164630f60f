//! The capability map through the API (SPEC §4.7): the reference lists (capabilities, the
//! services a council can map with their usual capabilities), the components, a council's
//! map, a service's and a component's use across councils, a council's sharing
//! opportunities (scope `maps:read`), and changing a council's map (scope `maps:write`).

use super::auth::ApiCaller;
use super::deals::deal_problem;
use super::json::ApiJson;
use super::problem::{Problem, Said};
use crate::state::AppState;
use app::capability_map::{self as commands, MapError};
use app::sharing;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::Json;
use chrono::{DateTime, NaiveDate, Utc};

use domain::authz::{Action, Scope};
use domain::capability_map::{ComponentStatus, EntryInput};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use store::capability_map as maps;
use store::organisations::{self, Organisation};
use utoipa::{IntoParams, ToSchema};

fn not_found(what: &str) -> Problem {
    Problem::not_found(Said::with("api-no-map-thing", vec![("what", what.to_string())]))
}

fn map_problem(state: &AppState, e: MapError) -> Problem {
    match e {
        MapError::NotFound => not_found("mapping"),
        other => deal_problem(state, other),
    }
}

async fn council(state: &AppState, code: &str) -> Result<Organisation, Problem> {
    organisations::find_by_code(&state.db, code)
        .await?
        .ok_or_else(|| not_found("council"))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CapabilityItem {
    pub id: i64,
    /// `interaction` (from the esd interactions list) or `technical`.
    pub kind: String,
    pub label: String,
    /// The capability it is grouped under, if any.
    pub parent_id: Option<i64>,
    pub description: String,
}

/// What a service may need: the esd interactions with their hierarchy, and common technical
/// capabilities (ids from 1000; 1000 itself is only their heading), and those a platform
/// admin added (ids from 100000). Retired capabilities are left out.
#[utoipa::path(get, path = "/api/v1/reference/capabilities", tag = "capability map",
    responses((status = 200, body = [CapabilityItem])))]
pub async fn capabilities(State(state): State<AppState>) -> Result<Json<Vec<CapabilityItem>>, Problem> {
    let reference = state.reference().await?;
    Ok(Json(
        reference
            .capabilities
            .iter()
            .filter(|c| !c.retired)
            .map(|c| CapabilityItem {
                id: c.id,
                kind: c.kind.clone(),
                label: c.label.clone(),
                parent_id: c.parent_id,
                description: c.description.clone(),
            })
            .collect(),
    ))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MapServiceItem {
    pub id: i64,
    pub label: String,
    /// A back-office service (from the LGBM's internal services), not one residents use.
    pub internal: bool,
    /// The capabilities the service usually involves (the LGBM's links): the starting
    /// checklist when a council maps it.
    pub usual_capabilities: Vec<i64>,
}

/// Every service a council can map (the LGSL's, the back-office ones, and those a platform
/// admin added, numbered from 100000), with the capabilities each usually involves.
/// Retired services are left out.
#[utoipa::path(get, path = "/api/v1/reference/map-services", tag = "capability map",
    responses((status = 200, body = [MapServiceItem])))]
pub async fn map_services(State(state): State<AppState>) -> Result<Json<Vec<MapServiceItem>>, Problem> {
    let mut usual: BTreeMap<i64, Vec<i64>> = BTreeMap::new();
    for (lgsl_id, capability_id) in maps::checklists(&state.db).await? {
        usual.entry(lgsl_id).or_default().push(capability_id);
    }
    let items = maps::services(&state.db)
        .await?
        .into_iter()
        .filter(|s| !s.retired)
        .map(|s| MapServiceItem {
            usual_capabilities: usual.remove(&s.id).unwrap_or_default(),
            id: s.id,
            label: s.label,
            internal: s.internal,
        })
        .collect();
    Ok(Json(items))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ComponentItem {
    pub id: i64,
    pub name: String,
    /// `product`, `open_source`, `shared_public_service` or `in_house`.
    pub kind: String,
    pub supplier: String,
    pub licence: String,
    pub link: String,
    pub description: String,
    /// The council that built an in-house component.
    pub built_by: Option<String>,
    /// `listed`, or `proposed` (seen only by the proposing council and platform admins).
    pub status: String,
}

fn component_item(c: maps::Component, built_by: Option<String>) -> ComponentItem {
    ComponentItem {
        id: c.id,
        name: c.name,
        kind: c.kind.as_str().to_string(),
        supplier: c.supplier,
        licence: c.licence,
        link: c.link,
        description: c.description,
        built_by,
        status: c.status.as_str().to_string(),
    }
}

/// The platform's list of components, by name.
#[utoipa::path(get, path = "/api/v1/components", tag = "capability map", security(("token" = ["maps:read"])),
    responses((status = 200, body = [ComponentItem]), (status = 403, body = Problem, content_type = "application/problem+json")))]
pub async fn components(State(state): State<AppState>, caller: ApiCaller) -> Result<Json<Vec<ComponentItem>>, Problem> {
    caller.may(Scope::MapsRead, Action::ViewMaps)?;
    let listed = maps::components(&state.db, ComponentStatus::Listed).await?;
    let councils: BTreeMap<i64, String> = organisations::find_many(
        &state.db,
        &listed.iter().filter_map(|c| c.built_by_org_id).collect::<Vec<_>>(),
    )
    .await?
    .into_iter()
    .map(|o| (o.id, o.code))
    .collect();
    Ok(Json(
        listed
            .into_iter()
            .map(|c| {
                let built_by = c.built_by_org_id.and_then(|id| councils.get(&id).cloned());
                component_item(c, built_by)
            })
            .collect(),
    ))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ComponentUseItem {
    pub council: String,
    pub council_name: String,
    pub lgsl_id: i64,
    pub service: String,
    pub capability_id: i64,
    /// `bought`, `built_in_house`, `shared_with_council` or `open_source`.
    pub provision: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ComponentUsage {
    pub component: ComponentItem,
    /// Every council, service and capability it meets.
    pub uses: Vec<ComponentUseItem>,
}

/// A component and who uses it for what.
#[utoipa::path(get, path = "/api/v1/components/{id}", tag = "capability map", security(("token" = ["maps:read"])),
    params(("id" = i64, Path, description = "Component id")),
    responses((status = 200, body = ComponentUsage), (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn component(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<i64>,
) -> Result<Json<ComponentUsage>, Problem> {
    caller.may(Scope::MapsRead, Action::ViewMaps)?;
    let c = maps::component(&state.db, id)
        .await?
        .ok_or_else(|| not_found("component"))?;
    let own = c
        .proposed_by_org_id
        .is_some_and(|org| caller.authorise(Action::ViewPrivateMapDetails(org)).is_ok());
    if c.status != ComponentStatus::Listed && !own && caller.authorise(Action::ReviewComponents).is_err() {
        return Err(not_found("component"));
    }
    let uses = maps::component_uses(&state.db, id)
        .await?
        .into_iter()
        .map(|u| ComponentUseItem {
            council: u.code,
            council_name: u.council,
            lgsl_id: u.lgsl_id,
            service: u.service,
            capability_id: u.capability_id,
            provision: u.provision,
        })
        .collect();
    let built_by = match c.built_by_org_id {
        Some(id) => organisations::find_by_id(&state.db, id).await?.map(|o| o.code),
        None => None,
    };
    Ok(Json(ComponentUsage {
        component: component_item(c, built_by),
        uses,
    }))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MapEntryItem {
    pub lgsl_id: i64,
    pub capability_id: i64,
    /// `component`, `manual` or `nothing`.
    pub meets: String,
    pub component_id: Option<i64>,
    /// `bought`, `built_in_house`, `shared_with_council` or `open_source`, with a component.
    pub provision: Option<String>,
    /// Europe/London date the contract for a bought component ends.
    pub contract_ends: Option<NaiveDate>,
    /// `under_10k`, `10k_to_50k`, `50k_to_250k` or `250k_or_more` a year; withheld from
    /// other councils when the entry is private.
    pub cost_band: Option<String>,
    /// 1 (very poor) to 5 (very good).
    pub satisfaction: Option<i64>,
    /// The exact yearly cost in pence, if the council gives it; withheld from other councils
    /// when the entry is private.
    pub cost_pence: Option<i64>,
    /// Withheld from other councils when the entry is private.
    pub note: String,
    /// The council keeps the cost band, exact cost and note to itself.
    pub private: bool,
    pub version: i64,
    pub updated_at: DateTime<Utc>,
}

fn entry_item(e: maps::SavedEntry) -> MapEntryItem {
    MapEntryItem {
        lgsl_id: e.lgsl_id,
        capability_id: e.capability_id,
        meets: e.meets,
        component_id: e.component_id,
        provision: e.provision,
        contract_ends: e.contract_ends,
        cost_band: e.cost_band,
        cost_pence: e.cost_pence,
        satisfaction: e.satisfaction,
        note: e.note,
        private: e.private,
        version: e.version,
        updated_at: e.updated_at,
    }
}

/// A council's whole capability map, by service.
#[utoipa::path(get, path = "/api/v1/councils/{code}/map", tag = "capability map", security(("token" = ["maps:read"])),
    params(("code" = String, Path, description = "Council code, e.g. WOK")),
    responses((status = 200, body = [MapEntryItem]), (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn council_map(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(code): Path<String>,
) -> Result<Json<Vec<MapEntryItem>>, Problem> {
    caller.require(Scope::MapsRead)?;
    let org = council(&state, &code).await?;
    let entries = commands::visible_entries(&state, Some(&caller.actor), org.id, None)
        .await
        .map_err(|e| map_problem(&state, e))?;
    Ok(Json(entries.into_iter().map(entry_item).collect()))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EntryBody {
    /// `component`, `manual` or `nothing`.
    pub meets: String,
    /// Required when `meets` is `component`: a listed component, or one the council
    /// proposed.
    pub component_id: Option<i64>,
    /// Required when `meets` is `component`: `bought`, `built_in_house`,
    /// `shared_with_council` or `open_source`.
    pub provision: Option<String>,
    /// Only for a bought component.
    pub contract_ends: Option<NaiveDate>,
    /// Only for a bought component: `under_10k`, `10k_to_50k`, `50k_to_250k` or `250k_or_more`.
    pub cost_band: Option<String>,
    /// Only for a bought component, if the council chooses to give it: the exact yearly cost
    /// in pence.
    #[schema(minimum = 0)]
    pub cost_pence: Option<i64>,
    /// 1 to 5.
    #[schema(minimum = 1, maximum = 5)]
    pub satisfaction: Option<i64>,
    /// Up to 2,000 characters.
    #[schema(max_length = 2000)]
    pub note: Option<String>,
    /// Keep the cost band and note to the council.
    #[serde(default)]
    pub private: bool,
}

/// Record what meets one capability of one of a council's services (its admins and
/// capability mappers): a new entry or the next version of one.
#[utoipa::path(put, path = "/api/v1/councils/{code}/map/{lgsl_id}/{capability_id}", tag = "capability map",
    security(("token" = ["maps:write"])),
    params(("code" = String, Path, description = "Council code"), ("lgsl_id" = i64, Path, description = "Service id"),
        ("capability_id" = i64, Path, description = "Capability id")),
    request_body = EntryBody,
    responses((status = 200, body = MapEntryItem, description = "Saved; the entry as it now stands"),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn save_entry(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path((code, lgsl_id, capability_id)): Path<(String, i64, i64)>,
    body: Result<ApiJson<EntryBody>, Problem>,
) -> Result<Json<MapEntryItem>, Problem> {
    let org = council(&state, &code).await?;
    caller.may(Scope::MapsWrite, Action::MapServices(org.id))?;
    let ApiJson(b) = body?;
    let input = EntryInput {
        meets: b.meets,
        component_id: b.component_id,
        provision: b.provision.unwrap_or_default(),
        contract_ends: b.contract_ends,
        cost_band: b.cost_band.unwrap_or_default(),
        cost_pence: b.cost_pence,
        satisfaction: b.satisfaction.map(|s| s.to_string()).unwrap_or_default(),
        note: b.note.unwrap_or_default(),
    };
    let need = (lgsl_id, capability_id);
    commands::save_entry(
        &state,
        Some(&caller.actor),
        caller.by(),
        org.id,
        need,
        &input,
        b.private,
    )
    .await
    .map_err(|e| map_problem(&state, e))?;
    let saved = maps::entry(&state.db, org.id, lgsl_id, capability_id)
        .await?
        .ok_or_else(|| not_found("entry"))?;
    Ok(Json(entry_item(saved)))
}

/// Take one capability off one of a council's services (its history is kept).
#[utoipa::path(delete, path = "/api/v1/councils/{code}/map/{lgsl_id}/{capability_id}", tag = "capability map",
    security(("token" = ["maps:write"])),
    params(("code" = String, Path, description = "Council code"), ("lgsl_id" = i64, Path, description = "Service id"),
        ("capability_id" = i64, Path, description = "Capability id")),
    responses((status = 204, description = "Taken off (or it was not on the map)"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn remove_entry(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path((code, lgsl_id, capability_id)): Path<(String, i64, i64)>,
) -> Result<StatusCode, Problem> {
    let org = council(&state, &code).await?;
    caller.may(Scope::MapsWrite, Action::MapServices(org.id))?;
    commands::remove_entry(
        &state,
        Some(&caller.actor),
        caller.by(),
        org.id,
        (lgsl_id, capability_id),
    )
    .await
    .map_err(|e| map_problem(&state, e))?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Serialize, ToSchema)]
pub struct NeedCountItem {
    pub capability_id: i64,
    /// `component`, `manual` or `nothing`.
    pub meets: String,
    pub component_id: Option<i64>,
    pub councils: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ServiceUsage {
    pub lgsl_id: i64,
    /// The codes of the councils that have mapped the service.
    pub councils: Vec<String>,
    /// For each capability, how many councils meet it in each way.
    pub counts: Vec<NeedCountItem>,
}

/// A service across councils: who has mapped it, and what meets each capability where.
#[utoipa::path(get, path = "/api/v1/services/{lgsl_id}/map", tag = "capability map", security(("token" = ["maps:read"])),
    params(("lgsl_id" = i64, Path, description = "Service id")),
    responses((status = 200, body = ServiceUsage), (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn service_usage(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(lgsl_id): Path<i64>,
) -> Result<Json<ServiceUsage>, Problem> {
    caller.may(Scope::MapsRead, Action::ViewMaps)?;
    let reference = state.reference().await?;
    if !reference.map_services.iter().any(|s| s.id == lgsl_id) {
        return Err(not_found("service"));
    }
    let usage = maps::service_usage(&state.db, lgsl_id).await?;
    let councils = usage.councils.into_iter().map(|c| c.code).collect();
    let counts = usage
        .counts
        .into_iter()
        .map(|c| NeedCountItem {
            capability_id: c.capability_id,
            meets: c.meets,
            component_id: c.component_id,
            councils: c.councils,
        })
        .collect();
    Ok(Json(ServiceUsage {
        lgsl_id,
        councils,
        counts,
    }))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ReuseItem {
    /// Names the opportunity, to dismiss it or turn it into a draft on the website.
    pub key: String,
    pub lgsl_id: i64,
    pub capability_id: i64,
    pub component_id: i64,
    /// Why the capability is wanting: `nothing`, `manual` or `contract_ending`.
    pub because: String,
    /// With `contract_ending`: when the contract ends.
    pub contract_ends: Option<NaiveDate>,
    /// Other councils that meet the capability with the component.
    pub councils: i64,
    /// The code of the council that built an in-house component.
    pub built_by: Option<String>,
    /// Listed practitioners of that council who have worked on the service (profile ids).
    pub practitioners: Vec<i64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ContractEndItem {
    pub council: String,
    pub ends: NaiveDate,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TogetherItem {
    pub key: String,
    pub component_id: i64,
    /// The end of this council's contract for the product: its earliest still running.
    pub ends: NaiveDate,
    /// How many councils have a contract for the product ending within 12 months of this
    /// council's, before or after (this council among them).
    pub councils: i64,
    /// Of those, the 50 whose contracts end nearest this council's (this council among
    /// them), earliest first; a council with several contracts by the one ending nearest.
    pub contracts: Vec<ContractEndItem>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SharingItem {
    /// The page of needs shown (from 1), and how many pages there are.
    pub page: usize,
    pub pages: usize,
    /// The components offered for the page's needs (50 needs a page, up to 10 components
    /// each, most used first).
    pub reuse: Vec<ReuseItem>,
    pub together: Vec<TogetherItem>,
}

/// Needs shown on a page of the API's sharing opportunities, and components for each.
const NEEDS_PER_PAGE: usize = 50;
const OFFERS_PER_NEED: usize = 10;
/// Councils named for one joint procurement: those whose contracts end nearest.
const COUNCILS_PER_GROUP: usize = 50;

#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SharingQuery {
    /// The page of needs, from 1 (a page beyond the last gives the last).
    #[param(minimum = 1, maximum = 100000)]
    pub page: Option<u32>,
}

/// A council's sharing opportunities (those it has not dismissed), worked out today: a
/// page of the capabilities it wants with the components others use for them, and for each
/// product it buys, the councils whose contracts end within 12 months of its own.
#[utoipa::path(get, path = "/api/v1/councils/{code}/sharing", tag = "capability map", security(("token" = ["maps:read"])),
    params(("code" = String, Path, description = "Council code"), SharingQuery),
    responses((status = 200, body = SharingItem), (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn sharing_opportunities(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(code): Path<String>,
    Query(q): Query<SharingQuery>,
) -> Result<Json<SharingItem>, Problem> {
    caller.require(Scope::MapsRead)?;
    let org = council(&state, &code).await?;
    let today = domain::weeks::london_date(state.clock.now());
    let shown = sharing::Shown {
        page: usize::try_from(q.page.unwrap_or(1)).unwrap_or(1).max(1),
        needs_per_page: NEEDS_PER_PAGE,
        offers_per_need: OFFERS_PER_NEED,
    };
    let found = sharing::for_council(&state, Some(&caller.actor), org.id, today, shown, COUNCILS_PER_GROUP)
        .await
        .map_err(|e| deal_problem(&state, e))?;
    let (page, pages) = (found.needs.page, found.needs.pages);
    let reuse: Vec<sharing::Reuse> = found.needs.needs.into_iter().flat_map(|n| n.offers).collect();
    let mut ids: Vec<i64> = reuse.iter().filter_map(|r| r.built_by_org_id).collect();
    ids.extend(found.together.iter().flat_map(|g| g.councils.iter().map(|(o, _)| *o)));
    ids.sort_unstable();
    ids.dedup();
    let codes: BTreeMap<i64, String> = organisations::find_many(&state.db, &ids)
        .await?
        .into_iter()
        .map(|o| (o.id, o.code))
        .collect();
    let code_of = |id: i64| codes.get(&id).cloned().unwrap_or_default();
    let reuse = reuse
        .into_iter()
        .map(|r| {
            let (because, contract_ends) = match r.because {
                domain::capability_map::Wanting::Nothing => ("nothing", None),
                domain::capability_map::Wanting::Manual => ("manual", None),
                domain::capability_map::Wanting::ContractEnding(d) => ("contract_ending", Some(d)),
            };
            ReuseItem {
                key: r.key,
                lgsl_id: r.lgsl_id,
                capability_id: r.capability_id,
                component_id: r.component_id,
                because: because.to_string(),
                contract_ends,
                councils: r.councils,
                built_by: r.built_by_org_id.map(code_of),
                practitioners: r.practitioners.iter().map(|p| p.profile_id).collect(),
            }
        })
        .collect();
    let together = found
        .together
        .into_iter()
        .map(|g| TogetherItem {
            key: g.key,
            component_id: g.component_id,
            ends: g.ends,
            councils: g.count,
            contracts: g
                .councils
                .into_iter()
                .map(|(o, ends)| ContractEndItem {
                    council: code_of(o),
                    ends,
                })
                .collect(),
        })
        .collect();
    Ok(Json(SharingItem {
        page,
        pages,
        reuse,
        together,
    }))
}
