//! The collaboration picture through the API (SPEC §4.11): who lends to whom over a run of
//! quarters (`/api/v1/network`, for anyone with a token, as the page is for anyone signed
//! in), and the public sector statistics by quarter (`/api/v1/statistics`).

use super::auth::ApiCaller;
use super::deals::deal_problem;
use super::problem::Problem;
use crate::handlers::network::{filter, network_json, NetworkJson, NetworkQuery};
use crate::state::AppState;
use app::network::Period;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::Json;
use serde::Serialize;
use utoipa::ToSchema;

/// Who lent to whom over the period (the last four quarters unless given), from signed
/// contracts and approved time: councils named, never people. `from` may not come after
/// `to`, and a period is at most 20 quarters (else 400).
#[utoipa::path(get, path = "/api/v1/network", tag = "collaboration", params(NetworkQuery),
    security(("token" = [])),
    responses((status = 200, body = NetworkJson)))]
pub async fn network(
    State(state): State<AppState>,
    caller: ApiCaller,
    query: Result<Query<NetworkQuery>, QueryRejection>,
) -> Result<Json<NetworkJson>, Problem> {
    let Query(q) = query.map_err(|e| Problem::bad_query(&e))?;
    let (from, to) = q.period();
    let period = Period::chosen(&state, Some(from), Some(to)).map_err(|e| deal_problem(&state, e))?;
    let filter = filter(&state, &q).await.map_err(|_| Problem::unavailable())?;
    let sector = app::network::sector(&state, Some(&caller.actor), period, &filter)
        .await
        .map_err(|e| deal_problem(&state, e))?;
    Ok(Json(network_json(&sector)))
}

/// The sector's figures for one quarter.
#[derive(Debug, Serialize, ToSchema)]
pub struct QuarterItem {
    /// First and last months of the quarter, `YYYY-MM`.
    pub first_month: String,
    pub last_month: String,
    /// Councils with at least one member by the quarter's end.
    pub councils: i64,
    /// Practitioners listed in the pool by the quarter's end (of those listed now).
    pub practitioners_listed: i64,
    /// Contracts signed in the quarter, and the hours they agreed (their caps).
    pub contracts_signed: i64,
    pub contracted_minutes: i64,
    /// Time worked in the quarter and approved.
    pub worked_minutes: i64,
    /// What approved time settled in money was worth.
    pub value_pence: i64,
    pub opportunities_published: i64,
    pub opportunities_awarded: i64,
    /// Median time from publication to award of those awarded in the quarter, in tenths of
    /// a day; null when none were.
    pub median_award_tenths_of_day: Option<i64>,
}

/// The sector's figures by quarter, oldest first, as the public statistics page shows them.
#[utoipa::path(get, path = "/api/v1/statistics", tag = "collaboration",
    responses((status = 200, body = [QuarterItem])))]
pub async fn statistics(State(state): State<AppState>) -> Result<Json<Vec<QuarterItem>>, Problem> {
    let quarters = app::statistics::sector(&state)
        .await
        .map_err(|e| deal_problem(&state, e))?;
    Ok(Json(
        quarters
            .into_iter()
            .map(|(q, f)| QuarterItem {
                first_month: q.first_month(),
                last_month: q.last_month(),
                councils: f.councils,
                practitioners_listed: f.practitioners,
                contracts_signed: f.contracts,
                contracted_minutes: f.contracted_minutes,
                worked_minutes: f.worked_minutes,
                value_pence: f.value_pence,
                opportunities_published: f.published,
                opportunities_awarded: f.awarded,
                median_award_tenths_of_day: f.median_award_tenths,
            })
            .collect(),
    ))
}
