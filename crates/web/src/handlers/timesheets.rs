//! The weekly timesheet (a row per active contract, a cell per day) where practitioners
//! record and submit time, and each contract's time page where the buyer approves or
//! queries it.

use super::contracts::visible;
use super::render;
use crate::client::ClientIp;
use crate::error::AppError;
use crate::forms::{self, ShownError};
use crate::refusals::{refusal, refusal_status};
use crate::session::Viewer;
use crate::state::AppState;
use app::failure::Failure;
use app::timesheets::{self as service, TimeError};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::Form;
use chrono::NaiveDate;
use domain::authz::{authorise, Action};
use domain::hours::format_hours;
use domain::language::Lang;
use domain::timesheets::{self as rules, DayInput, TimeStatus};
use domain::weeks::Week;
use minijinja::context;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use store::contracts::Contract;
use store::time_entries::{self, TimeEntry};

type Fields = Vec<(String, String)>;

/// What a refused week or approval says, as an error summary linked to `field`.
fn time_refusal(state: &AppState, lang: Lang, e: TimeError, field: &str) -> Result<Vec<ShownError>, AppError> {
    let text = match e {
        TimeError::Step(e) => return refusal(state, lang, e, field),
        TimeError::OverCap { reference, remaining } => state.t_in(
            lang,
            "error-time-over-cap",
            &[("reference", reference), ("hours", format_hours(remaining))],
        ),
        TimeError::OutsideDates { reference, date } => state.t_in(
            lang,
            "error-time-outside-dates",
            &[
                ("reference", reference),
                ("date", state.catalogue.long_date(lang.as_str(), date)),
            ],
        ),
        TimeError::CreditLimit { council, headroom } => state.t_in(
            lang,
            "error-time-credit-limit",
            &[("council", council), ("hours", format_hours(headroom))],
        ),
        TimeError::Settled { reference, dates } => state.t_in(
            lang,
            "error-time-settled",
            &[
                ("reference", reference),
                (
                    "dates",
                    dates
                        .iter()
                        .map(|d| state.catalogue.long_date(lang.as_str(), *d))
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
            ],
        ),
    };
    Ok(forms::one(field, text))
}

fn status_of(e: &TimeError) -> StatusCode {
    match e {
        TimeError::Step(d) => refusal_status(d),
        _ => StatusCode::CONFLICT,
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct WeekParams {
    pub week: String,
    pub done: String,
}

#[derive(Serialize)]
struct Cell {
    date: NaiveDate,
    /// `c<contract>-<date>`: the prefix of the cell's two fields.
    key: String,
    in_contract: bool,
    editable: bool,
    hours: String,
    description: String,
    status: Option<TimeStatus>,
    query_comment: Option<String>,
}

#[derive(Serialize)]
struct Row {
    contract: Contract,
    cells: Vec<Cell>,
    total_minutes: i64,
}

fn key(contract_id: i64, date: NaiveDate) -> String {
    format!("c{contract_id}-{date}")
}

fn days(week: Week) -> Vec<NaiveDate> {
    (0..7).map(|d| week.monday() + chrono::Duration::days(d)).collect()
}

async fn rows(
    state: &AppState,
    user: i64,
    week: Week,
    typed: Option<&HashMap<String, String>>,
) -> Result<Vec<Row>, AppError> {
    let open = service::contracts_in_week(&state.db, user, week).await?;
    let entries = time_entries::for_practitioner(&state.db, user, week.monday(), week.sunday()).await?;
    Ok(open
        .into_iter()
        .map(|k| {
            let cells: Vec<Cell> = days(week)
                .into_iter()
                .map(|date| {
                    let entry: Option<&TimeEntry> =
                        entries.iter().find(|e| e.contract_id == k.id && e.work_date == date);
                    let status = entry.map(|e| e.status);
                    let editable = status.is_none_or(TimeStatus::editable);
                    let key = key(k.id, date);
                    let typed_value = |what: &str| typed.and_then(|t| t.get(&format!("{key}-{what}")).cloned());
                    Cell {
                        date,
                        in_contract: date >= k.start_date && date <= k.end_date,
                        editable,
                        hours: typed_value("hours")
                            .unwrap_or_else(|| entry.map(|e| format_hours(e.minutes)).unwrap_or_default()),
                        description: typed_value("description")
                            .unwrap_or_else(|| entry.map(|e| e.description.clone()).unwrap_or_default()),
                        status,
                        query_comment: entry.and_then(|e| e.query_comment.clone()),
                        key,
                    }
                })
                .collect();
            let total_minutes = entries
                .iter()
                .filter(|e| e.contract_id == k.id)
                .map(|e| e.minutes)
                .sum();
            Row {
                contract: k,
                cells,
                total_minutes,
            }
        })
        .collect())
}

fn parse_week(state: &AppState, text: &str) -> Week {
    Week::parse_iso(text.trim()).unwrap_or_else(|| Week::current(state.clock.now()))
}

async fn page(
    state: &AppState,
    viewer: &Viewer,
    week: Week,
    typed: Option<&HashMap<String, String>>,
    errors: Vec<ShownError>,
    done: &str,
) -> Result<Html<String>, AppError> {
    let user = viewer.require_user()?.id;
    let rows = rows(state, user, week, typed).await?;
    render(
        state,
        viewer,
        "time/timesheet.html",
        context! {
            rows, errors, done, days => days(week),
            week => week.iso(), monday => week.monday(),
            previous => week.plus(-1).iso(), next => week.next().iso(),
        },
    )
}

pub async fn timesheet(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(params): Query<WeekParams>,
) -> Result<Html<String>, AppError> {
    let user = viewer.require_user()?.id;
    viewer.authorise(Action::RecordTime { practitioner: user })?;
    let week = parse_week(&state, &params.week);
    page(&state, &viewer, week, None, Vec::new(), &params.done).await
}

/// `action=save` keeps the week as drafts; `action=submit` saves it and sends it to the
/// buyers.
pub async fn save(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Form(fields): Form<Fields>,
) -> Result<Response, AppError> {
    let user = viewer.require_user()?.id;
    viewer.authorise(Action::RecordTime { practitioner: user })?;
    let typed: HashMap<String, String> = fields.iter().cloned().collect();
    let get = |name: &str| typed.get(name).cloned().unwrap_or_default();
    let week = parse_week(&state, &get("week"));
    // Only the cells the page offered: the practitioner's contracts, inside their dates,
    // not yet submitted.
    let offered = rows(&state, user, week, None).await?;
    let cells: Vec<(String, NaiveDate, DayInput)> = offered
        .iter()
        .flat_map(|r| r.cells.iter())
        .filter(|c| c.in_contract && c.editable)
        .map(|c| {
            (
                c.key.clone(),
                c.date,
                DayInput {
                    hours: get(&format!("{}-hours", c.key)),
                    description: get(&format!("{}-description", c.key)),
                },
            )
        })
        .collect();
    let result = match rules::validate_week(&cells) {
        Err(e) => Err(TimeError::Step(Failure::Invalid(e))),
        Ok(checked) => {
            let by_contract: Vec<(i64, NaiveDate, Option<rules::DayTime>)> = checked
                .into_iter()
                .filter_map(|(key, date, day)| {
                    let id = key.trim_start_matches('c').split('-').next()?.parse().ok()?;
                    Some((id, date, day))
                })
                .collect();
            match service::save_week(&state, viewer.by(&ip), week, &by_contract).await {
                Ok(()) if get("action") == "submit" => service::submit_week(&state, viewer.by(&ip), week)
                    .await
                    .map(|_| "submitted"),
                Ok(()) => Ok("saved"),
                Err(e) => Err(e),
            }
        }
    };
    match result {
        Ok(done) => Ok(Redirect::to(&format!("/timesheet?week={}&done={done}", week.iso())).into_response()),
        Err(e) => {
            let status = status_of(&e);
            let first = cells
                .first()
                .map(|(k, _, _)| format!("{k}-hours"))
                .unwrap_or_else(|| "week".into());
            let errors = time_refusal(&state, viewer.lang, e, &first)?;
            Ok((status, page(&state, &viewer, week, Some(&typed), errors, "").await?).into_response())
        }
    }
}

async fn contract_page(
    state: &AppState,
    viewer: &Viewer,
    k: Contract,
    errors: Vec<ShownError>,
    done: &str,
) -> Result<Html<String>, AppError> {
    let entries = time_entries::for_contract(&state.db, k.id).await?;
    let used = time_entries::used_minutes(&state.db, k.id).await?;
    let cap = rules::Cap {
        start: k.start_date,
        end: k.end_date,
        hours_cap_minutes: k.hours_cap_minutes,
        value_cap_pence: k.value_cap_pence,
        rate_pence: k.rate_pence,
        used_minutes: used,
    };
    let approved: i64 = entries
        .iter()
        .filter(|e| e.status == domain::timesheets::TimeStatus::Approved)
        .map(|e| e.minutes)
        .sum();
    let can_approve = authorise(viewer.actor.as_ref(), Action::ApproveTime(k.buyer_org_id)).is_ok();
    let waiting = entries
        .iter()
        .any(|e| e.status == domain::timesheets::TimeStatus::Submitted);
    render(
        state,
        viewer,
        "time/contract.html",
        context! {
            contract => k, entries, errors, done, can_approve, waiting, approved,
            used, remaining => cap.remaining(),
        },
    )
}

pub async fn contract_time(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
    Query(params): Query<WeekParams>,
) -> Result<Html<String>, AppError> {
    let k = visible(&state, &viewer, id).await?;
    contract_page(&state, &viewer, k, Vec::new(), &params.done).await
}

/// The buyer approves (`action=approve`) or queries (`action=query`, with a comment) the
/// chosen entries (`entry` fields).
pub async fn decide(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    Form(fields): Form<Fields>,
) -> Result<Response, AppError> {
    let k = visible(&state, &viewer, id).await?;
    viewer.authorise(Action::ApproveTime(k.buyer_org_id))?;
    let get = |name: &str| {
        fields
            .iter()
            .find(|(f, _)| f == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let chosen: Vec<i64> = fields
        .iter()
        .filter(|(f, _)| f == "entry")
        .filter_map(|(_, v)| v.parse().ok())
        .collect();
    let action = get("action");
    let result = if chosen.is_empty() {
        Err(TimeError::Step(Failure::Invalid(domain::ValidationErrors::single(
            "entries",
            "error-time-choose",
        ))))
    } else if action == "query" {
        match rules::validate_query(&get("comment")) {
            Ok(comment) => service::decide(&state, viewer.by(&ip), id, &chosen, false, Some(&comment)).await,
            Err(e) => Err(TimeError::Step(Failure::Invalid(e))),
        }
    } else {
        service::decide(&state, viewer.by(&ip), id, &chosen, true, None).await
    };
    match result {
        Ok(_) => {
            let done = if action == "query" { "queried" } else { "approved" };
            Ok(Redirect::to(&format!("/contracts/{id}/time?done={done}")).into_response())
        }
        Err(e) => {
            let status = status_of(&e);
            let errors = time_refusal(&state, viewer.lang, e, "entries")?;
            Ok((status, contract_page(&state, &viewer, k, errors, "").await?).into_response())
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct TimeSettingsForm {
    pub deemed_days: String,
}

/// A council admin turns deemed approval on (after 1 to 30 days) or off (empty).
pub async fn set_time_settings(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(code): Path<String>,
    Form(form): Form<TimeSettingsForm>,
) -> Result<Response, AppError> {
    viewer.require_user()?;
    let org = store::organisations::find_by_code(&state.db, &code)
        .await?
        .ok_or(AppError::NotFound)?;
    viewer.authorise(Action::ManageTimeSettings(org.id))?;
    match rules::parse_deemed_days(&form.deemed_days) {
        Ok(days) => {
            service::set_deemed_days(&state, viewer.by(&ip), org.id, days).await?;
            Ok(Redirect::to(&format!("/councils/{}/agreement?done=time", org.code)).into_response())
        }
        Err(key) => {
            let errors = forms::one("deemed_days", viewer.t(&state, key, &[]));
            let html =
                super::agreements::council_page(&state, &viewer, org, "", Default::default(), None, errors).await?;
            Ok((StatusCode::BAD_REQUEST, html).into_response())
        }
    }
}
