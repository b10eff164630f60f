//! Searching the talent pool and reading a listed profile (signed-in people only).

use super::render;
use crate::error::AppError;
use crate::options::options;
use crate::refusals::unexpected;
use crate::service_picker;
use crate::session::Viewer;
use crate::state::AppState;
use crate::state::Choice;
use crate::views::{self, ProfileView};
use axum::extract::{Path, Query, State};
use axum::response::Html;
use domain::authz::Action;
use domain::language::Lang;
use domain::pool::REGIONS;
use domain::weeks::Week;
use minijinja::{context, Value};
use serde::{Deserialize, Serialize};
use store::profiles;
use store::search::PoolQuery;

const MAX_PAGE: i64 = 50;

/// The search form, exactly as the query string carries it (so links keep the filters).
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct SearchParams {
    pub q: String,
    pub role: String,
    pub band: String,
    pub skill: String,
    pub service: String,
    /// Words naming a service, typed instead of choosing from 1,000 (see `find_service`).
    pub service_words: String,
    pub region: String,
    pub remote: String,
    pub max_rate: String,
    pub min_hours: String,
    pub from_week: String,
    pub to_week: String,
    pub page: String,
}

/// What was wrong with the filters, as field errors.
pub struct Parsed {
    pub query: PoolQuery,
    pub page: i64,
    pub errors: domain::ValidationErrors,
}

fn id(value: &str) -> Option<i64> {
    value.trim().parse().ok()
}

/// Turns the form into a search, keeping what is valid and naming what is not.
pub fn parse(p: &SearchParams, this_week: Week) -> Parsed {
    let mut errors = domain::ValidationErrors::default();
    // In the order of the form's fields, so the error summary follows the page.
    let max_rate_pence = match p.max_rate.trim() {
        "" => None,
        r => errors.check("max_rate", domain::money::parse_pounds(r)),
    };
    let min_free_minutes = match p.min_hours.trim() {
        "" => None,
        h => errors.check("min_hours", domain::hours::parse_hours(h)),
    };
    let weeks = match domain::pool::search_weeks(Week::parse_iso(&p.from_week), Week::parse_iso(&p.to_week), this_week)
    {
        Ok(weeks) => weeks,
        Err(key) => {
            errors.push("to_week", key);
            domain::pool::search_weeks(None, None, this_week).unwrap_or_default()
        }
    };
    let words = p.q.trim();
    let query = PoolQuery {
        words: (!words.is_empty()).then(|| words.chars().take(200).collect()),
        role_id: id(&p.role),
        band: id(&p.band).filter(|b| (1..=8).contains(b)),
        skill_id: id(&p.skill),
        lgsl_id: id(&p.service),
        region: REGIONS.iter().find(|r| **r == p.region).map(|r| r.to_string()),
        remote: p.remote == "yes",
        max_rate_pence,
        min_free_minutes,
        weeks,
        this_week: Some(this_week),
    };
    let page = id(&p.page).unwrap_or(1).clamp(1, MAX_PAGE);
    Parsed { query, page, errors }
}

pub async fn search_page(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(params): Query<SearchParams>,
) -> Result<Html<String>, AppError> {
    viewer.authorise(Action::SearchPool)?;
    let this_week = Week::current(state.clock.now());
    let reference = state.reference().await?;
    let mut params = params;
    let picked = service_picker::pick(&reference.services, &params.service, &params.service_words);
    params.service = match &picked {
        service_picker::Picked::Chosen(s) => s.id.to_string(),
        _ => String::new(),
    };
    let mut parsed = parse(&params, this_week);
    if matches!(picked, service_picker::Picked::NoMatch) {
        parsed.errors.push("service", "error-service-none");
    }
    let service_box = service_picker::PickerView::with_links(&picked, &params.service_words, |id| {
        let mut p = params.clone();
        p.service = id.to_string();
        p.service_words = String::new();
        p.page = String::new();
        Some(format!("/pool?{}", serde_urlencoded::to_string(&p).unwrap_or_default()))
    });
    params.service_words = service_box.words.clone();
    let found = if parsed.errors.is_empty() {
        crate::found::page(&state, viewer.lang, &parsed.query, parsed.page, crate::found::PAGE_SIZE).await?
    } else {
        Default::default()
    };
    let has_next = found.has_next;
    let link = |page: i64| {
        let mut p = params.clone();
        p.page = page.to_string();
        format!("/pool?{}", serde_urlencoded::to_string(&p).unwrap_or_default())
    };
    let previous = (parsed.page > 1).then(|| link(parsed.page - 1));
    let week_labels: Vec<(String, String)> = views::week_choices(this_week, domain::pool::SEARCH_WEEKS_AHEAD)
        .into_iter()
        .map(|w| (w.iso, state.catalogue.short_date(viewer.lang.as_str(), w.monday)))
        .collect();
    let next = (has_next && parsed.page < MAX_PAGE).then(|| link(parsed.page + 1));
    let searched = what_was_searched(&state, viewer.lang, &reference, &parsed.query);
    render(
        &state,
        &viewer,
        "pool/search.html",
        context! {
            params, previous, next, page => parsed.page, searched,
            results => (!found.rows.is_empty()).then(|| Value::from_safe_string(found.html.clone())),
            errors => crate::forms::shown(&state, viewer.lang, &parsed.errors),
            role_options => reference.role_options.selecting(&params.role),
            skill_options => reference.skill_options.selecting(&params.skill),
            service_box,
            region_options => options(REGIONS.iter().map(|r| (r.to_string(), *r)), &params.region),
            from_week_options => options(week_labels.iter().map(|(iso, label)| (iso.clone(), label.as_str())), &params.from_week),
            to_week_options => options(week_labels.iter().map(|(iso, label)| (iso.clone(), label.as_str())), &params.to_week),
        },
    )
}

/// Each condition of a search, in words, so that "nobody matches" says what was asked.
fn what_was_searched(
    state: &AppState,
    lang: Lang,
    reference: &crate::state::ReferenceLists,
    q: &PoolQuery,
) -> Vec<String> {
    let line = |key: &str, value: String| state.t_in(lang, key, &[("value", value)]);
    let name_of = |list: &[Choice], id: i64| list.iter().find(|c| c.id == id).map(|c| c.label.clone());
    let mut searched = Vec::new();
    if let Some(words) = q.words.as_deref().filter(|w| !w.trim().is_empty()) {
        searched.push(line("pool-searched-words", words.trim().to_string()));
    }
    if let Some(role) = q.role_id.and_then(|id| reference.roles.iter().find(|r| r.id == id)) {
        searched.push(line("pool-searched-role", role.name.clone()));
    }
    if let Some(band) = q.band {
        searched.push(line(
            "pool-searched-level",
            state.t_in(lang, &format!("band-{band}"), &[]),
        ));
    }
    if let Some(skill) = q.skill_id.and_then(|id| name_of(&reference.skills, id)) {
        searched.push(line("pool-searched-skill", skill));
    }
    if let Some(service) = q.lgsl_id.and_then(|id| name_of(&reference.services, id)) {
        searched.push(line("pool-searched-service", service));
    }
    match (&q.region, q.remote) {
        (Some(region), true) => searched.push(line("pool-searched-region-or-remote", region.clone())),
        (Some(region), false) => searched.push(line("pool-searched-region", region.clone())),
        (None, true) => searched.push(state.t_in(lang, "pool-searched-remote", &[])),
        (None, false) => {}
    }
    if let Some(rate) = q.max_rate_pence {
        searched.push(line("pool-searched-max-rate", domain::money::format_pence(rate)));
    }
    if let Some(minutes) = q.min_free_minutes {
        searched.push(line("pool-searched-min-hours", domain::hours::format_hours(minutes)));
    }
    if let (Some(first), Some(last)) = (q.weeks.first(), q.weeks.last()) {
        let week = |w: &Week| state.catalogue.long_date(lang.as_str(), w.monday());
        searched.push(state.t_in(
            lang,
            "pool-searched-weeks",
            &[("from", week(first)), ("to", week(last))],
        ));
    }
    searched
}

/// A profile as others see it: listed or paused ones to anyone signed in; any status,
/// with private fields, to its owner and their council's managers and admins.
pub async fn profile_page(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Html<String>, AppError> {
    viewer.authorise(Action::SearchPool)?;
    let p = profiles::find(&state.db, id).await?.ok_or(AppError::NotFound)?;
    let full = domain::authz::authorise(
        viewer.actor.as_ref(),
        Action::ViewProfileInFull {
            owner: p.user_id,
            org: p.org_id,
        },
    )
    .is_ok();
    let visible = matches!(p.status.as_str(), "listed" | "paused") && p.hidden_at.is_none();
    if !visible && !full {
        return Err(AppError::NotFound);
    }
    let can_book = p.status == domain::pool::ProfileStatus::Listed && super::bookings::can_book(&viewer, p.org_id);
    let alike = app::recommendations::like_this(&state, viewer.actor.as_ref(), p.id)
        .await
        .map_err(unexpected)?;
    let view = ProfileView::load(&state, p, full).await?;
    render(
        &state,
        &viewer,
        "pool/profile.html",
        context! { profile => view, can_book, alike },
    )
}
