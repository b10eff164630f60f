//! The talent pool in the API: search, profiles, one's own hours, rate cards.
//! Access rules are the pages' rules (`domain::authz`), narrowed by the token's scopes.

use super::auth::ApiCaller;
use super::json::ApiJson;
use super::problem::{Problem, Said};
use crate::found::PAGE_SIZE;
use crate::state::AppState;
use app::pool::{self as pool_service, Part, PoolError};
use app::By;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::Json;
use chrono::NaiveDate;
use domain::authz::{Action, Scope};
use domain::language::Lang;
use domain::pool::search_weeks;
use domain::pool::REGIONS;
use domain::weeks::Week;
use serde::{Deserialize, Serialize};
use store::search::PoolQuery;
use store::{organisations, profiles, rate_cards};
use utoipa::{IntoParams, ToSchema};

fn bad(parameter: &str, key: &'static str) -> Problem {
    Problem::bad_parameter(parameter, Said::message(key))
}

fn pool_problem(e: PoolError) -> Problem {
    match e {
        PoolError::NotFound => Problem::not_found(Said::message("api-no-profile")),
        PoolError::UnknownChoice => bad("body", "api-not-on-list"),
        PoolError::NotAllowed(_) | PoolError::Incomplete(_) => {
            Problem::new(StatusCode::CONFLICT, "conflict", Said::message("api-profile-state"))
        }
        PoolError::Store(e) => e.into(),
    }
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(default)]
pub struct SearchParams {
    /// Words that must all appear (stemmed) in headline, about, skills, roles or done-before.
    q: Option<String>,
    /// A DDaT role id (see /api/v1/reference/roles).
    role: Option<i64>,
    /// Seniority band of the level: 1 trainee … 8 head.
    band: Option<i64>,
    /// A DDaT skill id.
    skill: Option<i64>,
    /// An LGSL service id.
    service: Option<i64>,
    /// A UK region, as in the council list.
    region: Option<String>,
    /// Include people who work remotely (or, with no region, keep only them).
    remote: Option<bool>,
    /// Highest hourly rate, in pence.
    max_rate_pence: Option<i64>,
    /// Keep only people with at least this many free minutes in every week.
    min_free_minutes: Option<i64>,
    /// First week, e.g. 2026-W50 (default: this week).
    from_week: Option<String>,
    /// Last week (default: 4 weeks from the first; at most 26 weeks ahead).
    to_week: Option<String>,
    /// Page number, from 1.
    page: Option<i64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct WeekFree {
    /// ISO week, e.g. 2026-W50.
    pub week: String,
    pub week_commencing: NaiveDate,
    pub free_minutes: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ProfileSummary {
    pub id: i64,
    pub display_name: String,
    pub headline: String,
    pub council_code: String,
    pub council_name: String,
    pub region: Option<String>,
    /// remote, on_site or either.
    pub work_mode: String,
    pub rate_pence: Option<i64>,
    pub roles: Vec<String>,
    pub free: Vec<WeekFree>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ProfilePage {
    pub items: Vec<ProfileSummary>,
    pub page: i64,
    /// The next page number, when there is one.
    pub next_page: Option<i64>,
}

fn parse_week(value: &Option<String>, name: &str) -> Result<Option<Week>, Problem> {
    match value.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) => Week::parse_iso(v).map(Some).ok_or_else(|| bad(name, "api-iso-week")),
    }
}

/// Search the talent pool.
#[utoipa::path(get, path = "/api/v1/profiles", tag = "talent pool", params(SearchParams),
    security(("token" = ["profiles:read"])),
    responses((status = 200, body = ProfilePage), (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json")))]
pub async fn search(
    State(state): State<AppState>,
    caller: ApiCaller,
    params: Result<Query<SearchParams>, QueryRejection>,
) -> Result<Json<ProfilePage>, Problem> {
    caller.may(Scope::ProfilesRead, Action::SearchPool)?;
    let Query(p) = params.map_err(|e| Problem::bad_query(&e))?;
    let this_week = Week::current(state.clock.now());
    let weeks = search_weeks(
        parse_week(&p.from_week, "from_week")?,
        parse_week(&p.to_week, "to_week")?,
        this_week,
    )
    .map_err(|_| bad("to_week", "api-weeks-order"))?;
    if p.region.as_deref().is_some_and(|r| !REGIONS.contains(&r)) {
        return Err(bad("region", "api-region"));
    }
    if p.max_rate_pence.is_some_and(|r| r < 0) || p.min_free_minutes.is_some_and(|m| m < 0) {
        return Err(bad("query", "api-negative"));
    }
    let page = p.page.unwrap_or(1);
    if !(1..=50).contains(&page) {
        return Err(bad("page", "api-page-range"));
    }
    let query = PoolQuery {
        words: p
            .q
            .filter(|q| !q.trim().is_empty())
            .map(|q| q.chars().take(200).collect()),
        role_id: p.role,
        band: p.band,
        skill_id: p.skill,
        lgsl_id: p.service,
        region: p.region,
        remote: p.remote.unwrap_or(false),
        max_rate_pence: p.max_rate_pence,
        min_free_minutes: p.min_free_minutes,
        weeks,
        this_week: Some(this_week),
    };
    let found = crate::found::page(&state, Lang::En, &query, page, PAGE_SIZE).await?;
    let items = found
        .rows
        .iter()
        .map(|p| ProfileSummary {
            id: p.id,
            display_name: p.display_name.clone(),
            headline: p.headline.clone(),
            council_code: p.org_code.clone(),
            council_name: p.org_name.clone(),
            region: p.region.clone(),
            work_mode: p.work_mode.clone(),
            rate_pence: p.rate_pence,
            roles: p.roles.clone(),
            free: query
                .weeks
                .iter()
                .zip(p.free.iter())
                .map(|(w, f)| WeekFree {
                    week: w.iso(),
                    week_commencing: w.monday(),
                    free_minutes: *f,
                })
                .collect(),
        })
        .collect();
    let more = found.has_next;
    Ok(Json(ProfilePage {
        items,
        page,
        next_page: more.then_some(page + 1),
    }))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct DoneBeforeItem {
    pub title: String,
    pub lgsl_id: Option<i64>,
    pub delivered: String,
    pub year: i64,
    pub link: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ProfileDetail {
    pub id: i64,
    pub display_name: String,
    pub headline: String,
    pub about: String,
    pub council_code: String,
    pub council_name: String,
    pub region: Option<String>,
    pub work_mode: String,
    /// draft, awaiting_approval, listed, paused or withdrawn.
    pub status: String,
    pub rate_pence: Option<i64>,
    pub capacity_minutes_per_week: i64,
    pub available_from: Option<NaiveDate>,
    pub available_to: Option<NaiveDate>,
    pub roles: Vec<String>,
    pub skills: Vec<String>,
    pub services: Vec<String>,
    pub done_before: Vec<DoneBeforeItem>,
    /// The next 12 weeks.
    pub free: Vec<WeekFree>,
    /// Only for the owner and their council's managers and admins.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact_email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub manager_notes: Option<String>,
}

async fn detail(state: &AppState, p: profiles::Profile, full: bool) -> Result<ProfileDetail, Problem> {
    let view = crate::views::ProfileView::load(state, p, full)
        .await
        .map_err(|_| Problem::internal())?;
    Ok(ProfileDetail {
        id: view.id,
        display_name: view.display_name,
        headline: view.headline,
        about: view.about,
        council_code: view.org_code,
        council_name: view.org_name,
        region: view.region,
        work_mode: view.work_mode,
        status: view.status,
        rate_pence: view.rate_pence,
        capacity_minutes_per_week: view.capacity_minutes,
        available_from: view.available_from,
        available_to: view.available_to,
        roles: view.roles.into_iter().map(|r| r.level_name).collect(),
        skills: view.skills.into_iter().map(|s| s.name).collect(),
        services: view.services.into_iter().map(|s| s.name).collect(),
        done_before: view
            .done_before
            .into_iter()
            .map(|d| DoneBeforeItem {
                title: d.title,
                lgsl_id: d.lgsl_id,
                delivered: d.delivered,
                year: d.year,
                link: d.link,
            })
            .collect(),
        free: view
            .weeks
            .into_iter()
            .map(|w| WeekFree {
                week: w.iso,
                week_commencing: w.monday,
                free_minutes: w.free_minutes,
            })
            .collect(),
        contact_email: view.private.as_ref().and_then(|p| p.contact_email.clone()),
        manager_notes: view.private.and_then(|p| p.manager_notes),
    })
}

fn not_found() -> Problem {
    Problem::not_found(Said::message("api-no-profile-for-you"))
}

/// Read a profile: listed or paused ones to anyone; any, with private fields, to its owner
/// and their council's managers and admins.
#[utoipa::path(get, path = "/api/v1/profiles/{id}", tag = "talent pool", security(("token" = ["profiles:read"])),
    params(("id" = i64, Path, description = "Profile id")),
    responses((status = 200, body = ProfileDetail), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn read(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<i64>,
) -> Result<Json<ProfileDetail>, Problem> {
    let (p, full) = readable(&state, &caller, id).await?;
    Ok(Json(detail(&state, p, full).await?))
}

/// A profile the caller may read, and whether in full: listed or paused ones to anyone
/// with `profiles:read`; any, in full, to its owner and their council's managers and admins.
pub(crate) async fn readable(
    state: &AppState,
    caller: &ApiCaller,
    id: i64,
) -> Result<(profiles::Profile, bool), Problem> {
    caller.may(Scope::ProfilesRead, Action::SearchPool)?;
    let p = profiles::find(&state.db, id).await?.ok_or_else(not_found)?;
    let full = caller
        .authorise(Action::ViewProfileInFull {
            owner: p.user_id,
            org: p.org_id,
        })
        .is_ok();
    if !full && !matches!(p.status.as_str(), "listed" | "paused") {
        return Err(not_found());
    }
    Ok((p, full))
}

async fn own(state: &AppState, caller: &ApiCaller) -> Result<profiles::Profile, Problem> {
    let p = profiles::find_by_user(&state.db, caller.user_id)
        .await?
        .ok_or_else(|| Problem::not_found(Said::message("api-no-own-profile")))?;
    caller.authorise(Action::KeepOwnProfile(p.org_id))?;
    Ok(p)
}

/// Read your own profile.
#[utoipa::path(get, path = "/api/v1/profile", tag = "talent pool", security(("token" = ["profiles:read"])),
    responses((status = 200, body = ProfileDetail), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn read_own(State(state): State<AppState>, caller: ApiCaller) -> Result<Json<ProfileDetail>, Problem> {
    caller.require(Scope::ProfilesRead)?;
    let p = own(&state, &caller).await?;
    Ok(Json(detail(&state, p, true).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CapacityBody {
    /// Minutes a week, in quarter hours, at most 2400.
    pub minutes_per_week: i64,
    pub available_from: NaiveDate,
    pub available_to: Option<NaiveDate>,
}

fn client_by(caller: &ApiCaller) -> By<'static> {
    By {
        user_id: Some(caller.user_id),
        client_ip: "api",
    }
}

/// Set your weekly hours and the dates they apply between.
#[utoipa::path(put, path = "/api/v1/profile/capacity", tag = "talent pool", security(("token" = ["profiles:write"])),
    request_body = CapacityBody,
    responses((status = 200, body = ProfileDetail), (status = 400, body = Problem, content_type = "application/problem+json")))]
pub async fn set_capacity(
    State(state): State<AppState>,
    caller: ApiCaller,
    body: Result<ApiJson<CapacityBody>, Problem>,
) -> Result<Json<ProfileDetail>, Problem> {
    caller.require(Scope::ProfilesWrite)?;
    let ApiJson(b) = body?;
    if b.minutes_per_week < 0 || b.minutes_per_week > domain::pool::MAX_CAPACITY_MINUTES || b.minutes_per_week % 15 != 0
    {
        return Err(bad("minutes_per_week", "api-quarter-hours"));
    }
    if b.available_to.is_some_and(|to| to < b.available_from) {
        return Err(bad("available_to", "api-available-order"));
    }
    let p = own(&state, &caller).await?;
    let capacity = domain::pool::Capacity {
        minutes_per_week: b.minutes_per_week,
        available_from: b.available_from,
        available_to: b.available_to,
    };
    pool_service::change_part(&state, client_by(&caller), p.id, Part::Capacity(capacity))
        .await
        .map_err(pool_problem)?;
    let p = own(&state, &caller).await?;
    Ok(Json(detail(&state, p, true).await?))
}

/// Mark a week unavailable (PUT) or available again (DELETE).
#[utoipa::path(put, path = "/api/v1/profile/unavailable-weeks/{week}", tag = "talent pool", security(("token" = ["profiles:write"])),
    params(("week" = String, Path, description = "ISO week, e.g. 2026-W52")),
    responses((status = 204, description = "Marked"), (status = 400, body = Problem, content_type = "application/problem+json")))]
pub async fn mark_unavailable(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(week): Path<String>,
) -> Result<StatusCode, Problem> {
    change_week(state, caller, week, true).await
}

#[utoipa::path(delete, path = "/api/v1/profile/unavailable-weeks/{week}", tag = "talent pool", security(("token" = ["profiles:write"])),
    params(("week" = String, Path, description = "ISO week, e.g. 2026-W52")),
    responses((status = 204, description = "Available again"), (status = 400, body = Problem, content_type = "application/problem+json")))]
pub async fn mark_available(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(week): Path<String>,
) -> Result<StatusCode, Problem> {
    change_week(state, caller, week, false).await
}

async fn change_week(
    state: AppState,
    caller: ApiCaller,
    week: String,
    unavailable: bool,
) -> Result<StatusCode, Problem> {
    caller.require(Scope::ProfilesWrite)?;
    // A week the pattern allows but the calendar has not (week 53 of a 52-week year)
    // names nothing.
    let week = Week::parse_iso(&week).ok_or_else(|| {
        let mut p = Problem::not_found(Said::message("api-no-week"));
        p.parameter = Some("week".into());
        p
    })?;
    let p = own(&state, &caller).await?;
    let part = if unavailable {
        Part::UnavailableWeek(week.monday())
    } else {
        Part::AvailableWeek(week.monday())
    };
    pool_service::change_part(&state, client_by(&caller), p.id, part)
        .await
        .map_err(pool_problem)?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RateItem {
    pub level_id: i64,
    pub role: String,
    pub level: String,
    pub rate_pence: i64,
}

async fn council(state: &AppState, code: &str) -> Result<organisations::Organisation, Problem> {
    organisations::find_by_code(&state.db, code)
        .await?
        .ok_or_else(|| Problem::not_found(Said::message("api-no-council")))
}

/// A council's rate card (for its own members).
#[utoipa::path(get, path = "/api/v1/councils/{code}/rate-card", tag = "talent pool", security(("token" = ["profiles:read"])),
    params(("code" = String, Path, description = "Council code, e.g. WOK")),
    responses((status = 200, body = [RateItem]), (status = 403, body = Problem, content_type = "application/problem+json")))]
pub async fn rate_card(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(code): Path<String>,
) -> Result<Json<Vec<RateItem>>, Problem> {
    let org = council(&state, &code).await?;
    caller.may(Scope::ProfilesRead, Action::ViewRateCard(org.id))?;
    let rates = rate_cards::list(&state.db, org.id).await?;
    Ok(Json(
        rates
            .into_iter()
            .map(|r| RateItem {
                level_id: r.level_id,
                role: r.role_name,
                level: r.level_name,
                rate_pence: r.rate_pence,
            })
            .collect(),
    ))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RateBody {
    /// Pence an hour, from 1 to 100000. Required: remove a rate with DELETE.
    #[schema(minimum = 1, maximum = 100000)]
    pub rate_pence: i64,
}

/// A rate step's refusal: a level the path names that does not exist is not found.
fn rate_problem(e: PoolError) -> Problem {
    match e {
        PoolError::UnknownChoice => Problem::not_found(Said::message("api-no-level")),
        other => pool_problem(other),
    }
}

/// Set one rate on a council's rate card (finance officers and council admins).
#[utoipa::path(put, path = "/api/v1/councils/{code}/rate-card/{level_id}", tag = "talent pool", security(("token" = ["rate-cards:write"])),
    params(("code" = String, Path, description = "Council code"), ("level_id" = i64, Path, description = "DDaT level id")),
    request_body = RateBody,
    responses((status = 204, description = "Saved"), (status = 403, body = Problem, content_type = "application/problem+json")))]
pub async fn set_rate(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path((code, level_id)): Path<(String, i64)>,
    body: Result<ApiJson<RateBody>, Problem>,
) -> Result<StatusCode, Problem> {
    let org = council(&state, &code).await?;
    caller.may(Scope::RateCardsWrite, Action::ManageRateCard(org.id))?;
    let ApiJson(b) = body?;
    if !domain::pool::rate_in_range(b.rate_pence) {
        return Err(bad("rate_pence", "api-rate-range"));
    }
    pool_service::set_rate(&state, client_by(&caller), org.id, level_id, Some(b.rate_pence))
        .await
        .map_err(rate_problem)?;
    Ok(StatusCode::NO_CONTENT)
}

/// Remove one rate from a council's rate card (finance officers and council admins).
#[utoipa::path(delete, path = "/api/v1/councils/{code}/rate-card/{level_id}", tag = "talent pool", security(("token" = ["rate-cards:write"])),
    params(("code" = String, Path, description = "Council code"), ("level_id" = i64, Path, description = "DDaT level id")),
    responses((status = 204, description = "Removed (or there was none)"), (status = 403, body = Problem, content_type = "application/problem+json")))]
pub async fn remove_rate(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path((code, level_id)): Path<(String, i64)>,
) -> Result<StatusCode, Problem> {
    let org = council(&state, &code).await?;
    caller.may(Scope::RateCardsWrite, Action::ManageRateCard(org.id))?;
    pool_service::set_rate(&state, client_by(&caller), org.id, level_id, None)
        .await
        .map_err(rate_problem)?;
    Ok(StatusCode::NO_CONTENT)
}
