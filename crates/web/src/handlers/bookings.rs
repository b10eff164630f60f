//! Booking a listed practitioner's hours: the form with their free hours, a check page
//! with the cost, and the request's own page where the practitioner, a manager and the
//! buyer each take their step.

use super::render;
use crate::client::ClientIp;
use crate::error::AppError;
use crate::forms::{self, ShownError};
use crate::refusals::{refusal, refusal_status, unexpected};
use crate::service_picker;
use crate::session::Viewer;
use crate::state::AppState;
use crate::views::{self, WeekChoice};
use app::bookings::{self as booking_service, Step, StepDone, StepName};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::Form;
use domain::authz::{authorise, Action};
use domain::bookings::{self as rules, BookingInput, BookingStatus};
use domain::contracts::{cost_pence, ApprovalInput, Side};
use domain::weeks::Week;
use minijinja::context;
use serde::{Deserialize, Serialize};
use store::bookings::{self, Booking};
use store::{agreements, capacity, profiles};

/// The booking form as posted (and as the check page carries it back).
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct BookingForm {
    pub buyer_org: String,
    pub mode: String,
    pub hours_per_week: String,
    pub from_week: String,
    pub to_week: String,
    pub total_hours: String,
    pub start_date: String,
    pub end_date: String,
    pub purpose: String,
    pub lgsl_id: String,
    pub lgsl_id_words: String,
    pub po_number: String,
    pub settlement: String,
    pub confirm: String,
}

impl BookingForm {
    fn input(&self) -> BookingInput {
        BookingInput {
            mode: self.mode.clone(),
            hours_per_week: self.hours_per_week.clone(),
            from_week: self.from_week.clone(),
            to_week: self.to_week.clone(),
            total_hours: self.total_hours.clone(),
            start_date: self.start_date.clone(),
            end_date: self.end_date.clone(),
            purpose: self.purpose.clone(),
            lgsl_id: self.lgsl_id.trim().parse().ok(),
            po_number: self.po_number.clone(),
            settlement: self.settlement.clone(),
        }
    }
}

#[derive(Serialize)]
struct BuyingCouncil {
    id: i64,
    name: String,
}

/// The councils the viewer can buy for, other than the practitioner's own.
fn buying_councils(viewer: &Viewer, supplier: i64) -> Vec<BuyingCouncil> {
    viewer
        .user
        .as_ref()
        .map(|u| {
            u.councils
                .iter()
                .filter(|c| authorise(viewer.actor.as_ref(), Action::RequestBooking { buyer: c.id, supplier }).is_ok())
                .map(|c| BuyingCouncil {
                    id: c.id,
                    name: c.name.clone(),
                })
                .collect()
        })
        .unwrap_or_default()
}

#[derive(Serialize)]
struct FreeWeek {
    iso: String,
    monday: chrono::NaiveDate,
    free: i64,
}

/// A listed profile someone may book, with its free hours for the weeks ahead.
async fn bookable(
    state: &AppState,
    viewer: &Viewer,
    id: i64,
) -> Result<(profiles::Profile, Vec<BuyingCouncil>), AppError> {
    viewer.authorise(Action::SearchPool)?;
    let p = profiles::find(&state.db, id)
        .await?
        .filter(|p| p.status == domain::pool::ProfileStatus::Listed)
        .ok_or(AppError::NotFound)?;
    let councils = buying_councils(viewer, p.org_id);
    if councils.is_empty() {
        return Err(AppError::Forbidden);
    }
    Ok((p, councils))
}

async fn free_weeks(state: &AppState, profile_id: i64, weeks: &[Week]) -> Result<Vec<FreeWeek>, AppError> {
    let free = capacity::free_by_week(&state.db, &[profile_id], weeks).await?;
    let minutes = free.get(&profile_id).cloned().unwrap_or_default();
    Ok(weeks
        .iter()
        .zip(minutes)
        .map(|(w, m)| FreeWeek {
            iso: w.iso(),
            monday: w.monday(),
            free: m.max(0),
        })
        .collect())
}

async fn form_page(
    state: &AppState,
    viewer: &Viewer,
    p: profiles::Profile,
    councils: Vec<BuyingCouncil>,
    form: BookingForm,
    errors: Vec<ShownError>,
) -> Result<Html<String>, AppError> {
    let this_week = Week::current(state.clock.now());
    let shown: Vec<Week> = this_week.through(this_week.plus(11));
    let free = free_weeks(state, p.id, &shown).await?;
    let weeks: Vec<WeekChoice> = views::week_choices(this_week, rules::WEEKS_AHEAD);
    let reference = state.reference().await?;
    render(
        state,
        viewer,
        "bookings/form.html",
        context! {
            profile => p, councils, form, errors, free, weeks,
            service_box => service_picker::PickerView::of(&reference.services, &form.lgsl_id, &form.lgsl_id_words),
        },
    )
}

pub async fn new_form(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
    Query(mut form): Query<BookingForm>,
) -> Result<Html<String>, AppError> {
    let (p, councils) = bookable(&state, &viewer, id).await?;
    if form.mode.is_empty() {
        form.mode = "weekly".into();
    }
    if form.settlement.is_empty() {
        form.settlement = "money".into();
    }
    form_page(&state, &viewer, p, councils, form, Vec::new()).await
}

#[derive(Serialize)]
struct CheckWeek {
    iso: String,
    monday: chrono::NaiveDate,
    minutes: i64,
    free: i64,
}

/// Each week asked for, with the practitioner's free minutes in it now.
async fn asked_rows(state: &AppState, profile_id: i64, schedule: &rules::Schedule) -> Result<Vec<CheckWeek>, AppError> {
    let weeks: Vec<Week> = schedule.keys().copied().collect();
    let free = free_weeks(state, profile_id, &weeks).await?;
    Ok(schedule
        .iter()
        .zip(free)
        .map(|((w, minutes), f)| CheckWeek {
            iso: w.iso(),
            monday: w.monday(),
            minutes: *minutes,
            free: f.free,
        })
        .collect())
}

pub async fn submit(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    Form(form): Form<BookingForm>,
) -> Result<Response, AppError> {
    let (p, councils) = bookable(&state, &viewer, id).await?;
    let Some(buyer) = councils
        .iter()
        .find(|c| c.id.to_string() == form.buyer_org)
        .or_else(|| (councils.len() == 1).then(|| &councils[0]))
        .map(|c| c.id)
    else {
        let errors = forms::one("buyer_org", viewer.t(&state, "error-buyer-council", &[]));
        let html = form_page(&state, &viewer, p, councils, form, errors).await?;
        return Ok((StatusCode::BAD_REQUEST, html).into_response());
    };
    let today = domain::weeks::london_date(state.clock.now());
    let mut form = form;
    let services = &state.reference().await?.services;
    let service = service_picker::settle(services, &mut form.lgsl_id, &form.lgsl_id_words);
    let terms = match (rules::validate_booking(&form.input(), today), service) {
        (Ok(terms), Ok(())) => terms,
        (validated, service) => {
            let mut errors = validated.err().unwrap_or_default();
            if let Err(key) = service {
                errors.push("lgsl_id", key);
            }
            let errors = forms::shown(&state, viewer.lang, &errors);
            let html = form_page(&state, &viewer, p, councils, form, errors).await?;
            return Ok((StatusCode::BAD_REQUEST, html).into_response());
        }
    };
    if form.confirm != "yes" {
        let rows = asked_rows(&state, p.id, &terms.schedule).await?;
        let total = rules::total_minutes(&terms.schedule);
        let cost = p.rate_pence.map(|r| cost_pence(r, total));
        let buyer_name = councils.iter().find(|c| c.id == buyer).map(|c| c.name.clone());
        let service = match terms.lgsl_id {
            Some(lgsl) => store::reference::service(&state.db, lgsl).await?.map(|s| s.label),
            None => None,
        };
        let change = format!(
            "/pool/{}/book?{}",
            p.id,
            serde_urlencoded::to_string(&form).unwrap_or_default()
        );
        // A week short of free hours would make the request fail: say so, and offer only
        // the way back to change it.
        let free: std::collections::BTreeMap<Week, i64> = terms
            .schedule
            .keys()
            .copied()
            .zip(rows.iter().map(|r| r.free))
            .collect();
        let short = rules::shortfalls(&terms.schedule, &free);
        let errors = if short.is_empty() {
            Vec::new()
        } else {
            forms::one(
                "weeks",
                viewer.t(
                    &state,
                    "error-booking-no-capacity",
                    &[("weeks", crate::views::describe_shortfalls(&state, viewer.lang, &short))],
                ),
            )
        };
        let html = render(
            &state,
            &viewer,
            "bookings/check.html",
            context! {
                profile => p, form, rows, total, cost, buyer_name, service, change, errors,
                start => terms.start, end => terms.end,
            },
        )?;
        return Ok(html.into_response());
    }
    match booking_service::request(&state, viewer.by(&ip), buyer, p.id, &terms).await {
        Ok(booking) => Ok(Redirect::to(&format!("/bookings/{booking}?done=requested")).into_response()),
        Err(e) => {
            let errors = refusal(&state, viewer.lang, e, "hours_per_week")?;
            let html = form_page(&state, &viewer, p, councils, form, errors).await?;
            Ok((StatusCode::CONFLICT, html).into_response())
        }
    }
}

/// The booking, if the viewer may see it (visitors are asked to sign in first).
async fn visible(state: &AppState, viewer: &Viewer, id: i64) -> Result<Booking, AppError> {
    viewer.require_user()?;
    booking_service::visible(state, viewer.actor.as_ref(), id)
        .await
        .map_err(unexpected)
}

/// What the viewer may do to the booking now.
#[derive(Debug, Default, Serialize)]
struct Steps {
    answer: bool,
    approve: bool,
    withdraw: bool,
}

fn steps(viewer: &Viewer, b: &Booking) -> Steps {
    let can = |a| authorise(viewer.actor.as_ref(), a).is_ok();
    let status = b.status;
    Steps {
        answer: status == BookingStatus::Requested
            && can(Action::AnswerBooking {
                practitioner: b.practitioner_id,
            }),
        approve: status == BookingStatus::Accepted && can(Action::ApproveBooking(b.supplier_org_id)),
        withdraw: status.is_open()
            && can(Action::ActFor {
                side: Side::Buyer,
                org: b.buyer_org_id,
            }),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Done {
    done: String,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct StepForm {
    reason: String,
    legal_basis_id: String,
    invoicing: String,
    vat: String,
    payment_terms_days: String,
}

async fn show_page(
    state: &AppState,
    viewer: &Viewer,
    b: Booking,
    done: &str,
    form: StepForm,
    errors: Vec<ShownError>,
) -> Result<Html<String>, AppError> {
    let schedule = bookings::weeks(&state.db, b.id).await?;
    let rows = asked_rows(state, b.profile_id, &schedule).await?;
    let steps = steps(viewer, &b);
    let legal_bases = agreements::legal_bases(&state.db, false).await?;
    let defaults = agreements::contract_defaults(&state.db, b.supplier_org_id).await?;
    let mut form = form;
    if form.vat.is_empty() {
        form.vat = defaults.vat_treatment.to_string();
        form.payment_terms_days = defaults.payment_terms_days.to_string();
        form.invoicing = "monthly".into();
    }
    let cost = cost_pence(b.rate_pence, b.minutes);
    let done = ["requested", "accepted", "declined", "withdrawn"]
        .contains(&done)
        .then_some(done);
    render(
        state,
        viewer,
        "bookings/show.html",
        context! { booking => b, rows, steps, legal_bases, form, errors, cost, done },
    )
}

pub async fn show(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
    Query(q): Query<Done>,
) -> Result<Html<String>, AppError> {
    let b = visible(&state, &viewer, id).await?;
    show_page(&state, &viewer, b, &q.done, StepForm::default(), Vec::new()).await
}

pub async fn step(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path((id, action)): Path<(i64, String)>,
    Form(form): Form<StepForm>,
) -> Result<Response, AppError> {
    let b = visible(&state, &viewer, id).await?;
    let step = match action.parse().map_err(unexpected)? {
        StepName::Accept => Step::Accept,
        StepName::Decline => Step::Decline {
            reason: form.reason.clone(),
        },
        StepName::Withdraw => Step::Withdraw,
        StepName::Approve => Step::Approve(ApprovalInput {
            legal_basis_id: form.legal_basis_id.clone(),
            invoicing: form.invoicing.clone(),
            vat: form.vat.clone(),
            payment_terms_days: form.payment_terms_days.clone(),
        }),
    };
    let done = match booking_service::take_step(&state, viewer.actor.as_ref(), viewer.by(&ip), &b, step).await {
        Ok(StepDone::Proposed { contract_id }) => {
            return Ok(Redirect::to(&format!("/contracts/{contract_id}?done=proposed")).into_response())
        }
        Ok(StepDone::Accepted) => "accepted",
        Ok(StepDone::Declined) => "declined",
        Ok(StepDone::Withdrawn) => "withdrawn",
        Err(e) => {
            let code = refusal_status(&e);
            let errors = refusal(&state, viewer.lang, e, "status")?;
            let b = bookings::find(&state.db, id).await?.ok_or(AppError::NotFound)?;
            let html = show_page(&state, &viewer, b, "", form, errors).await?;
            return Ok((code, html).into_response());
        }
    };
    Ok(Redirect::to(&format!("/bookings/{id}?done={done}")).into_response())
}

/// Whether the viewer may book someone of the `supplier` council (for the "Book" link).
pub fn can_book(viewer: &Viewer, supplier: i64) -> bool {
    !buying_councils(viewer, supplier).is_empty()
}
