//! The capability map's pages (SPEC §4.7): a council's map and the forms that keep it, a
//! service's map across councils, and the platform's list of components. The commands are
//! `app::capability_map`'s; these translate forms into them and results into pages.

use super::council::council;
use super::{field, form_pairs, render};
use crate::client::ClientIp;
use crate::error::AppError;
use crate::forms::{self, ShownError};
use crate::refusals::{refusal, refusal_status, unexpected};
use crate::service_picker::{self, Picked, PickerView};
use crate::session::Viewer;
use crate::state::{AppState, ReferenceLists};
use app::capability_map::{self as commands, MapError};
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use domain::authz::{authorise, Action};
use domain::capability_map::{ComponentStatus, EntryInput, SATISFACTION};
use minijinja::context;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use store::capability_map::{self as maps, Capability, Component, SavedEntry};
use store::organisations::Organisation;

pub(crate) fn service_label(reference: &ReferenceLists, lgsl_id: i64) -> Result<String, AppError> {
    reference
        .map_services
        .iter()
        .find(|s| s.id == lgsl_id)
        .map(|s| s.label.clone())
        .ok_or(AppError::NotFound)
}

pub(crate) fn capability(reference: &ReferenceLists, id: i64) -> Result<&Capability, AppError> {
    reference
        .capabilities
        .iter()
        .find(|c| c.id == id && commands::tickable(c))
        .ok_or(AppError::NotFound)
}

/// The components with these ids (repeats allowed), by id.
pub(crate) async fn components_by_id(state: &AppState, ids: &[i64]) -> Result<BTreeMap<i64, Component>, AppError> {
    let mut ids = ids.to_vec();
    ids.sort_unstable();
    ids.dedup();
    Ok(maps::components_by_ids(&state.db, &ids)
        .await?
        .into_iter()
        .map(|c| (c.id, c))
        .collect())
}

pub(crate) fn keeps(viewer: &Viewer, org_id: i64) -> bool {
    authorise(viewer.actor.as_ref(), Action::MapServices(org_id)).is_ok()
}

#[derive(Deserialize, Default)]
pub struct PickQuery {
    #[serde(default)]
    service: String,
    #[serde(default)]
    service_words: String,
    #[serde(default)]
    saved: Option<String>,
    #[serde(default)]
    imported: Option<String>,
}

/// A council's map: the services it has mapped, and (for the people who keep it) a box
/// to choose the next service to map.
pub async fn council_map(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(code): Path<String>,
    Query(q): Query<PickQuery>,
) -> Result<Response, AppError> {
    viewer.authorise(Action::ViewMaps)?;
    let org = council(&state, &code).await?;
    let keeper = keeps(&viewer, org.id);
    let reference = state.reference().await?;
    let mut errors = Vec::new();
    if keeper && !(q.service.is_empty() && q.service_words.trim().is_empty()) {
        match service_picker::pick(&reference.map_service_choices, &q.service, &q.service_words) {
            Picked::Chosen(s) => {
                let to = format!("{}/capabilities", commands::service_link(&org.code, s.id));
                return Ok(Redirect::to(&to).into_response());
            }
            Picked::NoMatch => errors = forms::one("service", viewer.t(&state, "error-service-none", &[])),
            Picked::Nothing | Picked::Several { .. } => {}
        }
    }
    let picker = PickerView::of(&reference.map_service_choices, &q.service, &q.service_words);
    let services = maps::council_services(&state.db, org.id).await?;
    let imported = q.imported.as_deref().and_then(|n| n.parse::<u32>().ok());
    let html = render(
        &state,
        &viewer,
        "maps/council.html",
        context! { council => org, services, keeper, picker, errors, imported },
    )?;
    Ok(html.into_response())
}

/// One capability of a council's service as its page shows it: costs and notes the
/// council marked private only to its own people.
#[derive(Serialize)]
struct EntryRow {
    capability_id: i64,
    capability: String,
    meets: String,
    component: Option<Component>,
    provision: Option<String>,
    contract_ends: Option<chrono::NaiveDate>,
    cost_band: Option<String>,
    cost_pence: Option<i64>,
    satisfaction: Option<i64>,
    note: String,
    private: bool,
    hidden: bool,
    version: i64,
}

async fn entry_rows(
    state: &AppState,
    viewer: &Viewer,
    reference: &ReferenceLists,
    org_id: i64,
    entries: Vec<SavedEntry>,
) -> Result<Vec<EntryRow>, AppError> {
    let own = authorise(viewer.actor.as_ref(), Action::ViewPrivateMapDetails(org_id)).is_ok();
    let ids: Vec<i64> = entries.iter().filter_map(|e| e.component_id).collect();
    let components = components_by_id(state, &ids).await?;
    Ok(entries
        .into_iter()
        .map(|e| {
            let hidden = e.private && !own;
            EntryRow {
                capability_id: e.capability_id,
                capability: capability(reference, e.capability_id)
                    .map(|c| c.label.clone())
                    .unwrap_or_default(),
                meets: e.meets,
                component: e.component_id.and_then(|id| components.get(&id).cloned()),
                provision: e.provision,
                contract_ends: e.contract_ends,
                cost_band: e.cost_band,
                cost_pence: e.cost_pence,
                satisfaction: e.satisfaction,
                note: e.note,
                private: e.private,
                hidden,
                version: e.version,
            }
        })
        .collect())
}

/// A council's map of one service: what meets each capability it needs.
pub async fn service_map(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((code, lgsl_id)): Path<(String, i64)>,
    Query(q): Query<PickQuery>,
) -> Result<Html<String>, AppError> {
    viewer.authorise(Action::ViewMaps)?;
    let org = council(&state, &code).await?;
    let reference = state.reference().await?;
    let service = service_label(&reference, lgsl_id)?;
    let entries = commands::visible_entries(&state, viewer.actor.as_ref(), org.id, Some(lgsl_id))
        .await
        .map_err(unexpected)?;
    let rows = entry_rows(&state, &viewer, &reference, org.id, entries).await?;
    let keeper = keeps(&viewer, org.id);
    let saved = q.saved.filter(|s| s == "capabilities" || s == "entry");
    render(
        &state,
        &viewer,
        "maps/service_map.html",
        context! { council => org, lgsl_id, service, rows, keeper, saved },
    )
}

#[derive(Deserialize, Default)]
pub struct HistoryQuery {
    /// The last version of the previous page, as `entry_id.version`.
    #[serde(default)]
    after: String,
}

/// One version on a service's history page, with its capability's name.
#[derive(Serialize)]
struct HistoryRow {
    capability: String,
    #[serde(flatten)]
    version: maps::Version,
}

/// The history of a council's map of one service: every saved version of every capability,
/// removed ones included, newest first.
pub async fn service_history(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((code, lgsl_id)): Path<(String, i64)>,
    Query(q): Query<HistoryQuery>,
) -> Result<Html<String>, AppError> {
    viewer.authorise(Action::ViewMaps)?;
    let org = council(&state, &code).await?;
    let reference = state.reference().await?;
    let service = service_label(&reference, lgsl_id)?;
    let after = q.after.split_once('.').and_then(|(entry, version)| {
        Some(maps::VersionKey {
            entry_id: entry.parse().ok()?,
            version: version.parse().ok()?,
        })
    });
    let (versions, next) = commands::service_history(&state, viewer.actor.as_ref(), org.id, lgsl_id, after)
        .await
        .map_err(unexpected)?;
    let rows: Vec<HistoryRow> = versions
        .into_iter()
        .map(|v| HistoryRow {
            capability: reference
                .capabilities
                .iter()
                .find(|c| c.id == v.capability_id)
                .map(|c| c.label.clone())
                .unwrap_or_default(),
            version: v,
        })
        .collect();
    let next = next.map(|k| format!("{}.{}", k.entry_id, k.version));
    let first_page = after.is_none();
    render(
        &state,
        &viewer,
        "maps/history.html",
        context! { council => org, lgsl_id, service, rows, next, first_page },
    )
}

#[derive(Serialize)]
struct CapabilityChoice {
    id: i64,
    label: String,
    description: String,
    checked: bool,
    /// Usually involved in the service (the LGBM's links).
    usual: bool,
}

fn capability_choices(
    reference: &ReferenceLists,
    ticked: &BTreeSet<i64>,
    usual: &BTreeSet<i64>,
    kind: &str,
) -> Vec<CapabilityChoice> {
    reference
        .capabilities
        .iter()
        // A retired capability is offered only to a map that already records it.
        .filter(|c| c.kind == kind && commands::tickable(c) && (!c.retired || ticked.contains(&c.id)))
        .map(|c| CapabilityChoice {
            id: c.id,
            label: c.label.clone(),
            description: c.description.clone(),
            checked: ticked.contains(&c.id),
            usual: usual.contains(&c.id),
        })
        .collect()
}

async fn capabilities_page(
    state: &AppState,
    viewer: &Viewer,
    org: Organisation,
    lgsl_id: i64,
    ticked: Option<BTreeSet<i64>>,
    errors: Vec<ShownError>,
) -> Result<Html<String>, AppError> {
    let reference = state.reference().await?;
    let service = service_label(&reference, lgsl_id)?;
    let usual: BTreeSet<i64> = maps::checklist(&state.db, lgsl_id).await?.into_iter().collect();
    let held: BTreeSet<i64> = maps::service_map(&state.db, org.id, lgsl_id)
        .await?
        .into_iter()
        .map(|e| e.capability_id)
        .collect();
    let first_time = held.is_empty();
    let ticked = ticked.unwrap_or_else(|| if first_time { usual.clone() } else { held });
    let interactions = capability_choices(&reference, &ticked, &usual, "interaction");
    let technical = capability_choices(&reference, &ticked, &usual, "technical");
    render(
        state,
        viewer,
        "maps/capabilities.html",
        context! { council => org, lgsl_id, service, interactions, technical, first_time, errors },
    )
}

pub async fn capabilities_form(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((code, lgsl_id)): Path<(String, i64)>,
) -> Result<Html<String>, AppError> {
    let org = council(&state, &code).await?;
    viewer.authorise(Action::MapServices(org.id))?;
    capabilities_page(&state, &viewer, org, lgsl_id, None, Vec::new()).await
}

pub async fn capabilities_save(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path((code, lgsl_id)): Path<(String, i64)>,
    body: Bytes,
) -> Result<Response, AppError> {
    let org = council(&state, &code).await?;
    viewer.authorise(Action::MapServices(org.id))?;
    let pairs = form_pairs(&body)?;
    let ticked: Result<Vec<i64>, _> = pairs
        .iter()
        .filter(|(k, _)| k == "capabilities")
        .map(|(_, v)| v.trim().parse::<i64>())
        .collect();
    let ticked = ticked.map_err(|_| AppError::BadRequest)?;
    let by = viewer.by(&ip);
    match commands::choose_capabilities(&state, viewer.actor.as_ref(), by, org.id, lgsl_id, &ticked).await {
        Ok(_) => {
            let to = format!("{}?saved=capabilities", commands::service_link(&org.code, lgsl_id));
            Ok(Redirect::to(&to).into_response())
        }
        Err(e) => {
            let status = refusal_status(&e);
            let errors = refusal(&state, viewer.lang, e, "capabilities")?;
            let ticked = Some(ticked.into_iter().collect());
            let html = capabilities_page(&state, &viewer, org, lgsl_id, ticked, errors).await?;
            Ok((status, html).into_response())
        }
    }
}

/// The entry form as typed (or as saved, when first shown).
#[derive(Debug, Default, Serialize)]
struct EntryForm {
    meets: String,
    component_id: String,
    provision: String,
    contract_ends: String,
    cost_band: String,
    /// The exact yearly cost in pounds, as typed.
    cost: String,
    satisfaction: String,
    note: String,
    private: bool,
}

impl EntryForm {
    fn of(e: &SavedEntry) -> Self {
        Self {
            meets: e.meets.clone(),
            component_id: e.component_id.map(|c| c.to_string()).unwrap_or_default(),
            provision: e.provision.clone().unwrap_or_default(),
            contract_ends: e.contract_ends.map(|d| d.to_string()).unwrap_or_default(),
            cost_band: e.cost_band.clone().unwrap_or_default(),
            cost: e
                .cost_pence
                .map(|p| format!("{}.{:02}", p / 100, p % 100))
                .unwrap_or_default(),
            satisfaction: e.satisfaction.map(|s| s.to_string()).unwrap_or_default(),
            note: e.note.clone(),
            private: e.private,
        }
    }

    fn read(pairs: &[(String, String)]) -> Self {
        Self {
            meets: field(pairs, "meets").trim().to_string(),
            component_id: field(pairs, "component_id").trim().to_string(),
            provision: field(pairs, "provision").trim().to_string(),
            contract_ends: field(pairs, "contract_ends").trim().to_string(),
            cost_band: field(pairs, "cost_band").trim().to_string(),
            cost: field(pairs, "cost").trim().to_string(),
            satisfaction: field(pairs, "satisfaction").trim().to_string(),
            note: field(pairs, "note").to_string(),
            private: field(pairs, "private") == "yes",
        }
    }
}

#[derive(Serialize)]
struct SelectOption {
    value: String,
    label: String,
}

async fn entry_page(
    state: &AppState,
    viewer: &Viewer,
    org: Organisation,
    (lgsl_id, capability_id): (i64, i64),
    form: EntryForm,
    errors: Vec<ShownError>,
) -> Result<Html<String>, AppError> {
    let reference = state.reference().await?;
    let service = service_label(&reference, lgsl_id)?;
    let need = capability(&reference, capability_id)?.clone();
    let components: Vec<SelectOption> = maps::usable_components(&state.db, org.id)
        .await?
        .into_iter()
        .map(|c| SelectOption {
            value: c.id.to_string(),
            label: if c.status == ComponentStatus::Proposed {
                viewer.t(state, "map-component-proposed", &[("name", c.name)])
            } else {
                c.name
            },
        })
        .collect();
    let satisfaction: Vec<u8> = SATISFACTION.collect();
    let proposer = authorise(viewer.actor.as_ref(), Action::ProposeComponent(org.id)).is_ok();
    render(
        state,
        viewer,
        "maps/entry.html",
        context! { council => org, lgsl_id, service, need, components, form, errors, satisfaction, proposer },
    )
}

pub async fn entry_form(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((code, lgsl_id, capability_id)): Path<(String, i64, i64)>,
) -> Result<Html<String>, AppError> {
    let org = council(&state, &code).await?;
    viewer.authorise(Action::MapServices(org.id))?;
    let saved = maps::entry(&state.db, org.id, lgsl_id, capability_id).await?;
    let form = saved.as_ref().map(EntryForm::of).unwrap_or_default();
    entry_page(&state, &viewer, org, (lgsl_id, capability_id), form, Vec::new()).await
}

pub async fn entry_save(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path((code, lgsl_id, capability_id)): Path<(String, i64, i64)>,
    body: Bytes,
) -> Result<Response, AppError> {
    let org = council(&state, &code).await?;
    viewer.authorise(Action::MapServices(org.id))?;
    let form = EntryForm::read(&form_pairs(&body)?);
    let mut errors = domain::ValidationErrors::default();
    let component = form.meets == "component";
    let component_id = match form.component_id.as_str() {
        "" => None,
        typed => {
            let id = typed.parse::<i64>().ok();
            if id.is_none() && component {
                errors.push("component_id", "error-map-component-unknown");
            }
            id
        }
    };
    let contract_ends = if component {
        errors
            .check("contract_ends", domain::dates::parse_date(&form.contract_ends, false))
            .flatten()
    } else {
        None
    };
    let cost_pence = match form.cost.as_str() {
        "" => None,
        typed if component => errors.check("cost_pence", domain::money::parse_pounds(typed)),
        _ => None,
    };
    let input = EntryInput {
        meets: form.meets.clone(),
        component_id,
        provision: form.provision.clone(),
        contract_ends,
        cost_band: form.cost_band.clone(),
        cost_pence,
        satisfaction: form.satisfaction.clone(),
        note: form.note.clone(),
    };
    let by = viewer.by(&ip);
    let need = (lgsl_id, capability_id);
    let outcome = if errors.is_empty() {
        commands::save_entry(&state, viewer.actor.as_ref(), by, org.id, need, &input, form.private).await
    } else {
        // Show every mistake at once: the rules' too, besides the form's own.
        if let Err(more) = domain::capability_map::read_entry(org.id, lgsl_id, capability_id, &input) {
            errors
                .0
                .extend(more.0.into_iter().filter(|e| e.field != "component_id"));
        }
        Err(MapError::Invalid(errors))
    };
    match outcome {
        Ok(_) => {
            let to = format!("{}?saved=entry", commands::service_link(&org.code, lgsl_id));
            Ok(Redirect::to(&to).into_response())
        }
        Err(e) => {
            let status = refusal_status(&e);
            let errors = refusal(&state, viewer.lang, e, "meets")?;
            let html = entry_page(&state, &viewer, org, need, form, errors).await?;
            Ok((status, html).into_response())
        }
    }
}

/// The capability map's front page: find a service to see how councils meet it.
pub async fn index(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(q): Query<PickQuery>,
) -> Result<Response, AppError> {
    viewer.authorise(Action::ViewMaps)?;
    let reference = state.reference().await?;
    let mut errors = Vec::new();
    if !(q.service.is_empty() && q.service_words.trim().is_empty()) {
        match service_picker::pick(&reference.map_service_choices, &q.service, &q.service_words) {
            Picked::Chosen(s) => return Ok(Redirect::to(&format!("/maps/services/{}", s.id)).into_response()),
            Picked::NoMatch => errors = forms::one("service", viewer.t(&state, "error-service-none", &[])),
            Picked::Nothing | Picked::Several { .. } => {}
        }
    }
    let picker = PickerView::of(&reference.map_service_choices, &q.service, &q.service_words);
    let own: Vec<_> = viewer.user.as_ref().map(|u| u.councils.clone()).unwrap_or_default();
    let html = render(&state, &viewer, "maps/index.html", context! { picker, errors, own })?;
    Ok(html.into_response())
}

/// One capability of a service across councils: how many meet it in each way.
#[derive(Serialize)]
struct NeedRow {
    capability_id: i64,
    capability: String,
    total: i64,
    ways: Vec<Way>,
}

#[derive(Serialize)]
struct Way {
    meets: String,
    component: Option<NamedComponent>,
    councils: i64,
}

/// What a row of the service's table shows of a component: its name, linked. (Hundreds of
/// rows: the whole component is not drawn into each.)
#[derive(Serialize)]
struct NamedComponent {
    id: i64,
    name: String,
}

/// A service across councils: who has mapped it, and for each capability the components
/// (and manual processes, and gaps) with how many councils use each.
pub async fn service_usage(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(lgsl_id): Path<i64>,
) -> Result<Html<String>, AppError> {
    viewer.authorise(Action::ViewMaps)?;
    let reference = state.reference().await?;
    let service = service_label(&reference, lgsl_id)?;
    let maps::ServiceUsage {
        councils,
        counts,
        components,
    } = maps::service_usage(&state.db, lgsl_id).await?;
    let components: BTreeMap<i64, String> = components.into_iter().collect();
    let mut rows: Vec<NeedRow> = Vec::new();
    for c in counts {
        if rows.last().map(|r| r.capability_id) != Some(c.capability_id) {
            rows.push(NeedRow {
                capability_id: c.capability_id,
                capability: capability(&reference, c.capability_id)
                    .map(|k| k.label.clone())
                    .unwrap_or_default(),
                total: 0,
                ways: Vec::new(),
            });
        }
        if let Some(row) = rows.last_mut() {
            row.total += c.councils;
            row.ways.push(Way {
                meets: c.meets,
                component: c.component_id.and_then(|id| {
                    components
                        .get(&id)
                        .map(|name| NamedComponent { id, name: name.clone() })
                }),
                councils: c.councils,
            });
        }
    }
    let position = |id: i64| reference.capabilities.iter().position(|k| k.id == id);
    rows.sort_by_key(|r| position(r.capability_id));
    render(
        &state,
        &viewer,
        "maps/service_usage.html",
        context! { lgsl_id, service, councils, rows },
    )
}
