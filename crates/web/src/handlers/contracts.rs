//! A microcontract's pages: its terms and parties, each council's acceptance, variations
//! and their history, completion and termination, and a printable summary.

use super::render;
use crate::client::ClientIp;
use crate::error::AppError;
use crate::forms::ShownError;
use crate::refusals::{refusal, refusal_status, unexpected};
use crate::session::Viewer;
use crate::state::AppState;
use crate::views;
use app::contracts::ContractError;
use app::contracts::{self as contract_service, org_of, Step};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::Form;
use domain::authz::{authorise, Action};
use domain::contracts::{self as rules, ContractStatus, Side, VariationInput};
use domain::weeks::Week;
use minijinja::context;
use serde::{Deserialize, Serialize};
use store::contracts::{self, Contract};

/// The contract, if the viewer may see it.
/// The contract, if the viewer may see it (and its time and feedback).
pub(crate) async fn visible(state: &AppState, viewer: &Viewer, id: i64) -> Result<Contract, AppError> {
    // Visitors are asked to sign in before anything is looked up.
    viewer.require_user()?;
    contract_service::visible(state, viewer.actor.as_ref(), id)
        .await
        .map_err(unexpected)
}

/// The sides the viewer may act for.
fn sides(viewer: &Viewer, c: &Contract) -> Vec<Side> {
    [Side::Buyer, Side::Supplier]
        .into_iter()
        .filter(|side| {
            authorise(
                viewer.actor.as_ref(),
                Action::ActFor {
                    side: *side,
                    org: org_of(c, *side),
                },
            )
            .is_ok()
        })
        .collect()
}

/// What the viewer may do now, for each side they act for.
#[derive(Debug, Default, Serialize)]
struct Steps {
    /// Sides that may accept the proposed contract.
    accept: Vec<&'static str>,
    /// Sides that may propose a variation.
    vary: Vec<&'static str>,
    /// Sides that may answer (accept or decline) the waiting variation.
    answer: Vec<&'static str>,
    /// The side that proposed the waiting variation, if the viewer acts for it.
    withdraw: Vec<&'static str>,
    complete: bool,
    terminate: Vec<&'static str>,
}

fn steps(viewer: &Viewer, c: &Contract, waiting: Option<&contracts::Version>) -> Steps {
    let status: ContractStatus = c.status;
    let mut s = Steps::default();
    for side in sides(viewer, c) {
        let name = side.as_str();
        let accepted = match side {
            Side::Buyer => c.buyer_accepted_at.is_some(),
            Side::Supplier => c.supplier_accepted_at.is_some(),
        };
        if status == ContractStatus::Proposed && !accepted {
            s.accept.push(name);
        }
        if status == ContractStatus::Active {
            match waiting {
                None => s.vary.push(name),
                Some(v) if v.proposed_by_side == side => s.withdraw.push(name),
                Some(_) => s.answer.push(name),
            }
            if side == Side::Buyer {
                s.complete = true;
            }
        }
        if status.is_open() {
            s.terminate.push(name);
        }
    }
    s
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Done {
    done: String,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct SideForm {
    side: String,
    reason: String,
}

#[derive(Serialize)]
struct WeekRow {
    iso: String,
    monday: chrono::NaiveDate,
    minutes: i64,
}

fn week_rows(schedule: &domain::bookings::Schedule) -> Vec<WeekRow> {
    schedule
        .iter()
        .map(|(w, m)| WeekRow {
            iso: w.iso(),
            monday: w.monday(),
            minutes: *m,
        })
        .collect()
}

async fn page_context(state: &AppState, c: &Contract) -> Result<minijinja::Value, AppError> {
    let versions = contracts::versions(&state.db, c.id).await?;
    let current = versions
        .iter()
        .find(|v| v.version == c.current_version)
        .cloned()
        .ok_or(AppError::NotFound)?;
    let weeks = week_rows(&contracts::version_weeks(&state.db, current.id).await?);
    let waiting = versions
        .iter()
        .find(|v| v.status == domain::contracts::VariationStatus::Proposed)
        .cloned();
    let agreement = store::agreements::find(&state.db, c.agreement_version_id).await?;
    Ok(context! {
        contract => c, reference => rules::reference(c.id), versions, current, weeks, waiting, agreement,
    })
}

async fn show_page(
    state: &AppState,
    viewer: &Viewer,
    c: Contract,
    done: &str,
    errors: Vec<ShownError>,
    form: SideForm,
) -> Result<Html<String>, AppError> {
    let waiting = contracts::waiting_variation(&state.db, c.id).await?;
    let steps = steps(viewer, &c, waiting.as_ref());
    let base = page_context(state, &c).await?;
    let done = [
        "proposed",
        "accepted",
        "varied",
        "variation-accepted",
        "variation-declined",
        "variation-withdrawn",
        "completed",
        "terminated",
    ]
    .contains(&done)
    .then_some(done);
    render(
        state,
        viewer,
        "contracts/show.html",
        context! { steps, done, errors, form, ..base },
    )
}

pub async fn show(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
    Query(q): Query<Done>,
) -> Result<Html<String>, AppError> {
    let c = visible(&state, &viewer, id).await?;
    show_page(&state, &viewer, c, &q.done, Vec::new(), SideForm::default()).await
}

/// The printable summary of every term.
pub async fn summary(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Html<String>, AppError> {
    let c = visible(&state, &viewer, id).await?;
    let base = page_context(&state, &c).await?;
    render(&state, &viewer, "contracts/summary.html", base)
}

/// The contract's period and booked weeks as an iCalendar file, for whoever may see it.
#[utoipa::path(get, path = "/contracts/{id}/calendar.ics", tag = "email and calendars",
    summary = "A contract's dates as a calendar file",
    description = "The contract's period and its booked weeks as an iCalendar file (RFC 5545), for people of either council who may see the contract; the contract page links to it. Read with the browser's signed-in session, not a token.",
    params(("id" = i64, Path, description = "The contract's number.")),
    security(("session" = [])),
    responses(
        (status = 200, description = "The calendar file.", body = String, content_type = "text/calendar"),
        (status = 303, description = "Not signed in: to the sign-in page, which comes back here."),
        (status = 403, description = "The person may not see this contract (an HTML page).", body = String, content_type = "text/html"),
        (status = 404, description = "There is no such contract, or it is not theirs to see (an HTML page).", body = String, content_type = "text/html"),
    ))]
pub async fn calendar_file(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    viewer.require_user()?;
    let dates = app::work_calendar::of_contract(&state, viewer.actor.as_ref(), id)
        .await
        .map_err(unexpected)?;
    let spans = crate::work_events::of_contract(&state, viewer.lang, &dates);
    let name = viewer.t(&state, "ics-contract-name", &[("id", id.to_string())]);
    let body = crate::ics::calendar(&name, &state.config.base_url, &[], &spans, state.clock.now());
    Ok(super::meetings::calendar_response(body, &format!("contract-{id}.ics")))
}

/// One version of the terms, as proposed.
pub async fn version(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((id, number)): Path<(i64, i64)>,
) -> Result<Html<String>, AppError> {
    let c = visible(&state, &viewer, id).await?;
    let v = contracts::version(&state.db, id, number)
        .await?
        .ok_or(AppError::NotFound)?;
    let weeks = week_rows(&contracts::version_weeks(&state.db, v.id).await?);
    render(
        &state,
        &viewer,
        "contracts/version.html",
        context! { contract => c, reference => rules::reference(id), version => v, weeks },
    )
}

fn side_of(viewer: &Viewer, c: &Contract, form: &SideForm) -> Result<Side, AppError> {
    let side: Side = form.side.parse().map_err(|_| AppError::BadRequest)?;
    viewer.authorise(Action::ActFor {
        side,
        org: org_of(c, side),
    })?;
    Ok(side)
}

/// Accept, complete, terminate, or answer the waiting variation.
pub async fn step(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path((id, action)): Path<(i64, String)>,
    Form(form): Form<SideForm>,
) -> Result<Response, AppError> {
    let c = visible(&state, &viewer, id).await?;
    // Whether the viewer may act for the side is the step's own check.
    let side: Side = form.side.parse().map_err(|_| AppError::BadRequest)?;
    let step = Step::named(action.parse().map_err(unexpected)?, &form.reason);
    let outcome = contract_service::take_step(&state, viewer.actor.as_ref(), viewer.by(&ip), &c, side, step).await;
    match outcome {
        Ok(done) => Ok(Redirect::to(&format!("/contracts/{id}?done={done}")).into_response()),
        Err(e) => {
            let code = refusal_status(&e);
            let field = if code == StatusCode::BAD_REQUEST {
                "reason"
            } else {
                "status"
            };
            let errors = refusal(&state, viewer.lang, e, field)?;
            let c = contracts::find(&state.db, id).await?.ok_or(AppError::NotFound)?;
            let html = show_page(&state, &viewer, c, "", errors, form).await?;
            Ok((code, html).into_response())
        }
    }
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct VariationForm {
    side: String,
    extra_hours_per_week: String,
    from_week: String,
    to_week: String,
    end_date: String,
    rate: String,
    summary: String,
}

async fn variation_page(
    state: &AppState,
    viewer: &Viewer,
    c: Contract,
    form: VariationForm,
    errors: Vec<ShownError>,
) -> Result<Html<String>, AppError> {
    let this_week = Week::current(state.clock.now());
    let weeks = views::week_choices(this_week, domain::bookings::WEEKS_AHEAD);
    let base = page_context(state, &c).await?;
    render(
        state,
        viewer,
        "contracts/variation.html",
        context! { form, errors, weeks, ..base },
    )
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SideQuery {
    side: String,
}

pub async fn variation_form(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
    Query(q): Query<SideQuery>,
) -> Result<Html<String>, AppError> {
    let c = visible(&state, &viewer, id).await?;
    let form = VariationForm {
        side: q.side,
        ..Default::default()
    };
    side_of(
        &viewer,
        &c,
        &SideForm {
            side: form.side.clone(),
            reason: String::new(),
        },
    )?;
    variation_page(&state, &viewer, c, form, Vec::new()).await
}

pub async fn propose_variation(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    Form(form): Form<VariationForm>,
) -> Result<Response, AppError> {
    let c = visible(&state, &viewer, id).await?;
    let side = side_of(
        &viewer,
        &c,
        &SideForm {
            side: form.side.clone(),
            reason: String::new(),
        },
    )?;
    let today = domain::weeks::london_date(state.clock.now());
    let (_, current) = contract_service::current_terms(&state.db, &c)
        .await
        .map_err(|_| AppError::NotFound)?;
    let input = VariationInput {
        extra_hours_per_week: form.extra_hours_per_week.clone(),
        from_week: form.from_week.clone(),
        to_week: form.to_week.clone(),
        end_date: form.end_date.clone(),
        rate: form.rate.clone(),
        summary: form.summary.clone(),
    };
    let outcome = match rules::validate_variation(&current, &input, today) {
        Ok(v) => contract_service::propose_variation(&state, viewer.by(&ip), id, side, c.current_version, &v).await,
        Err(errors) => Err(ContractError::Invalid(errors)),
    };
    match outcome {
        Ok(_) => Ok(Redirect::to(&format!("/contracts/{id}?done=varied")).into_response()),
        Err(e) => {
            let code = refusal_status(&e);
            let errors = refusal(&state, viewer.lang, e, "extra_hours_per_week")?;
            let html = variation_page(&state, &viewer, c, form, errors).await?;
            Ok((code, html).into_response())
        }
    }
}
