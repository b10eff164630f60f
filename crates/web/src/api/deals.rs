//! Bookings and contracts over the API, with the pages' access rules: only the two
//! councils (their buyers, finance officers, managers and admins) and the practitioner
//! see a deal; each step needs the same role as in the pages.

use super::auth::ApiCaller;
use super::json::ApiJson;
use super::problem::{Problem, Said};
use crate::state::AppState;
use app::bookings::{self as booking_service, Step, StepName};
use app::contracts::{self as contract_service, org_of};
use app::failure::Failure;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::Json;
use chrono::{DateTime, NaiveDate, Utc};
use domain::authz::{Action, Scope};
use domain::bookings::{self as rules, ScheduleInput};
use domain::contracts::{ApprovalInput, Side, VariationInput};
use serde::{Deserialize, Serialize};
use store::bookings::{self, Booking};
use store::contracts::{self, Contract};
use store::DealsVisible;
use store::{agreements, organisations};
use utoipa::{IntoParams, ToSchema};

const LISTED: i64 = 100;

/// A refused step as a problem, with the same message the pages give.
pub(crate) fn deal_problem(state: &AppState, e: impl Into<Failure>) -> Problem {
    match e.into() {
        Failure::NotFound => not_found(),
        Failure::Refused { key } => Problem::new(StatusCode::CONFLICT, "refused", Said::message(key)),
        Failure::NoCapacity(short) => Problem::new(
            StatusCode::CONFLICT,
            "no-capacity",
            Said::in_each(|lang| {
                state.t_in(
                    lang,
                    "error-booking-no-capacity",
                    &[("weeks", crate::views::describe_shortfalls(state, lang, &short))],
                )
            }),
        ),
        Failure::Invalid(errors) => {
            let first = errors.0.first();
            Problem::bad_parameter(
                first.map(|e| e.field.as_str()).unwrap_or("body"),
                Said::in_each(|lang| {
                    errors
                        .0
                        .iter()
                        .map(|e| {
                            state.t_in(
                                lang,
                                "api-field-refused",
                                &[
                                    ("field", e.field.clone()),
                                    ("message", crate::forms::field_message(state, lang, &e.field, e.key)),
                                ],
                            )
                        })
                        .collect::<Vec<_>>()
                        .join("; ")
                }),
            )
        }
        Failure::Denied(_) => Problem::forbidden(),
        Failure::Store(e) => e.into(),
    }
}

fn not_found() -> Problem {
    Problem::not_found(Said::message("api-no-deal"))
}

/// Hours in one ISO week.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct WeekMinutes {
    /// ISO week, e.g. 2026-W50.
    pub week: String,
    pub minutes: i64,
}

fn week_list(schedule: &rules::Schedule) -> Vec<WeekMinutes> {
    schedule
        .iter()
        .map(|(w, m)| WeekMinutes {
            week: w.iso(),
            minutes: *m,
        })
        .collect()
}

#[derive(Debug, Serialize, ToSchema)]
pub struct BookingItem {
    pub id: i64,
    /// requested, accepted, approved, declined, expired or withdrawn.
    pub status: String,
    pub profile_id: i64,
    pub practitioner_name: String,
    pub buyer_council: String,
    pub supplier_council: String,
    pub purpose: String,
    pub lgsl_id: Option<i64>,
    pub po_number: Option<String>,
    /// money or hour_credits.
    pub settlement: String,
    pub rate_pence: i64,
    pub minutes: i64,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    pub requested_at: DateTime<Utc>,
    /// When it lapses if not answered.
    pub expires_at: DateTime<Utc>,
    pub decline_reason: Option<String>,
    pub contract_id: Option<i64>,
    /// The weeks asked for (only when one booking is read).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weeks: Option<Vec<WeekMinutes>>,
}

fn booking_item(b: Booking, weeks: Option<Vec<WeekMinutes>>) -> BookingItem {
    BookingItem {
        id: b.id,
        status: b.status.to_string(),
        profile_id: b.profile_id,
        practitioner_name: b.practitioner_name,
        buyer_council: b.buyer_org_name,
        supplier_council: b.supplier_org_name,
        purpose: b.purpose,
        lgsl_id: b.lgsl_id,
        po_number: b.po_number,
        settlement: b.settlement.to_string(),
        rate_pence: b.rate_pence,
        minutes: b.minutes,
        start_date: b.start_date,
        end_date: b.end_date,
        requested_at: b.requested_at,
        expires_at: b.expires_at,
        decline_reason: b.decline_reason,
        contract_id: b.contract_id,
        weeks,
    }
}

/// Whose deals to list: a council's (as buyer or supplier), or, with no council, your own
/// as a practitioner.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    /// Only this council's deals (a council's code, e.g. WOK); without it, the caller's own
    /// deals and those of every council where they are a buyer, finance officer, manager or
    /// admin.
    pub council: Option<String>,
    /// `buyer` or `supplier`: only deals where the council (or the caller's councils) buys,
    /// or supplies; without it, both sides and the caller's own.
    pub side: Option<String>,
}

/// A council code that names no council: what it names does not exist (404).
fn no_such_council(parameter: &str) -> Problem {
    let mut p = Problem::not_found(Said::message("api-no-council"));
    p.parameter = Some(parameter.to_string());
    p
}

/// What a list shows, from its filters: without `council`, the caller's own deals and those
/// of every council where they handle deals; with it, that council's (after checking they
/// may); `side` keeps the deals where those councils buy, or supply.
async fn whose(state: &AppState, caller: &ApiCaller, p: ListParams) -> Result<DealsVisible, Problem> {
    let side = match p.side.as_deref() {
        None => None,
        Some(text) => Some(
            text.parse::<Side>()
                .map_err(|_| Problem::bad_parameter("side", Said::message("api-side")))?,
        ),
    };
    let Some(code) = p.council else {
        let orgs = caller
            .actor
            .memberships
            .iter()
            .map(|m| m.org_id)
            .filter(|org| caller.authorise(Action::ListDeals(*org)).is_ok())
            .collect();
        return Ok(DealsVisible {
            practitioner: side.is_none().then_some(caller.user_id),
            orgs,
            side,
        });
    };
    let org = organisations::find_by_code(&state.db, &code)
        .await?
        .ok_or_else(|| no_such_council("council"))?;
    caller.authorise(Action::ListDeals(org.id))?;
    Ok(DealsVisible {
        practitioner: None,
        orgs: vec![org.id],
        side,
    })
}

/// List bookings.
#[utoipa::path(get, path = "/api/v1/bookings", tag = "bookings and contracts", params(ListParams),
    security(("token" = ["deals:read"])),
    responses((status = 200, body = [BookingItem]), (status = 403, body = Problem, content_type = "application/problem+json")))]
pub async fn list_bookings(
    State(state): State<AppState>,
    caller: ApiCaller,
    params: Result<Query<ListParams>, QueryRejection>,
) -> Result<Json<Vec<BookingItem>>, Problem> {
    caller.require(Scope::DealsRead)?;
    let Query(p) = params.map_err(|e| Problem::bad_query(&e))?;
    let visible = whose(&state, &caller, p).await?;
    let list = bookings::list_visible(&state.db, &visible, LISTED).await?;
    Ok(Json(list.into_iter().map(|b| booking_item(b, None)).collect()))
}

async fn visible_booking(state: &AppState, caller: &ApiCaller, id: i64) -> Result<Booking, Problem> {
    booking_service::visible(state, Some(&caller.actor), id)
        .await
        .map_err(|e| deal_problem(state, e))
}

async fn booking_body(state: &AppState, id: i64) -> Result<Json<BookingItem>, Problem> {
    let b = bookings::find(&state.db, id).await?.ok_or_else(not_found)?;
    let weeks = bookings::weeks(&state.db, id).await?;
    Ok(Json(booking_item(b, Some(week_list(&weeks)))))
}

/// Read a booking.
#[utoipa::path(get, path = "/api/v1/bookings/{id}", tag = "bookings and contracts", security(("token" = ["deals:read"])),
    responses((status = 200, body = BookingItem), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn read_booking(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<i64>,
) -> Result<Json<BookingItem>, Problem> {
    caller.require(Scope::DealsRead)?;
    visible_booking(&state, &caller, id).await?;
    booking_body(&state, id).await
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewBookingBody {
    pub profile_id: i64,
    /// The buying council's code (one where you are a buyer).
    pub council: String,
    pub weeks: Vec<WeekMinutes>,
    pub purpose: String,
    pub lgsl_id: Option<i64>,
    #[serde(default)]
    pub po_number: String,
    /// money or hour_credits.
    pub settlement: String,
}

/// Request a practitioner's hours. The hours are held at once.
#[utoipa::path(post, path = "/api/v1/bookings", tag = "bookings and contracts", security(("token" = ["deals:write"])),
    request_body = NewBookingBody,
    responses((status = 201, body = BookingItem), (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json")))]
pub async fn create_booking(
    State(state): State<AppState>,
    caller: ApiCaller,
    body: Result<ApiJson<NewBookingBody>, Problem>,
) -> Result<(StatusCode, Json<BookingItem>), Problem> {
    caller.require(Scope::DealsWrite)?;
    let ApiJson(b) = body?;
    let org = organisations::find_by_code(&state.db, &b.council)
        .await?
        .ok_or_else(|| no_such_council("council"))?;
    let profile = store::profiles::find(&state.db, b.profile_id)
        .await?
        .filter(|p| p.status == domain::pool::ProfileStatus::Listed)
        .ok_or_else(|| Problem::bad_parameter("profile_id", Said::message("api-no-listed-profile")))?;
    caller.authorise(Action::RequestBooking {
        buyer: org.id,
        supplier: profile.org_id,
    })?;
    let weeks: Vec<(String, i64)> = b.weeks.iter().map(|w| (w.week.clone(), w.minutes)).collect();
    let input = ScheduleInput {
        weeks: &weeks,
        purpose: &b.purpose,
        lgsl_id: b.lgsl_id,
        po_number: &b.po_number,
        settlement: &b.settlement,
    };
    let today = domain::weeks::london_date(state.clock.now());
    let terms = rules::validate_schedule(&input, today).map_err(|e| deal_problem(&state, Failure::Invalid(e)))?;
    let id = booking_service::request(&state, caller.by(), org.id, profile.id, &terms)
        .await
        .map_err(|e| deal_problem(&state, e))?;
    Ok((StatusCode::CREATED, booking_body(&state, id).await?))
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct StepBody {
    /// Why, when declining.
    pub reason: String,
    /// When approving: a legal basis id (see /api/v1/legal-bases).
    pub legal_basis_id: Option<i64>,
    /// When approving: monthly or on_completion.
    pub invoicing: Option<String>,
    /// When approving: outside_scope, standard or exempt (default: the council's).
    pub vat: Option<String>,
    /// When approving: days (default: the council's).
    pub payment_terms_days: Option<i64>,
}

/// Take a step on a booking: accept or decline (the practitioner; a manager declines once
/// accepted), approve (a manager of the practitioner's council), withdraw (a buyer).
#[utoipa::path(post, path = "/api/v1/bookings/{id}/{step}", tag = "bookings and contracts", security(("token" = ["deals:write"])),
    params(("id" = i64, Path), ("step" = String, Path, description = "accept, decline, approve or withdraw")),
    request_body = StepBody,
    responses((status = 200, body = BookingItem), (status = 409, body = Problem, content_type = "application/problem+json")))]
pub async fn booking_step(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path((id, step)): Path<(i64, String)>,
    body: Result<Option<ApiJson<StepBody>>, Problem>,
) -> Result<Json<BookingItem>, Problem> {
    caller.require(Scope::DealsWrite)?;
    let b = visible_booking(&state, &caller, id).await?;
    let body = body?.map(|ApiJson(b)| b).unwrap_or_default();
    let step = match step.parse().map_err(|e| deal_problem(&state, e))? {
        StepName::Accept => Step::Accept,
        StepName::Decline => Step::Decline { reason: body.reason },
        StepName::Withdraw => Step::Withdraw,
        StepName::Approve => {
            // What is left out is the supplying council's default.
            let defaults = agreements::contract_defaults(&state.db, b.supplier_org_id).await?;
            Step::Approve(ApprovalInput {
                legal_basis_id: body.legal_basis_id.map(|i| i.to_string()).unwrap_or_default(),
                invoicing: body.invoicing.unwrap_or_else(|| "monthly".into()),
                vat: body.vat.unwrap_or(defaults.vat_treatment.to_string()),
                payment_terms_days: body
                    .payment_terms_days
                    .unwrap_or(defaults.payment_terms_days)
                    .to_string(),
            })
        }
    };
    booking_service::take_step(&state, Some(&caller.actor), caller.by(), &b, step)
        .await
        .map_err(|e| deal_problem(&state, e))?;
    booking_body(&state, id).await
}

#[derive(Debug, Serialize, ToSchema)]
pub struct VersionItem {
    pub version: i64,
    /// proposed, accepted, declined or withdrawn.
    pub status: String,
    pub rate_pence: i64,
    pub hours_cap_minutes: i64,
    pub value_cap_pence: i64,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    pub settlement: String,
    pub invoicing: String,
    pub po_number: Option<String>,
    pub vat_treatment: String,
    pub payment_terms_days: i64,
    pub legal_basis: String,
    pub summary: String,
    /// buyer or supplier.
    pub proposed_by_side: String,
    pub proposed_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ContractItem {
    pub id: i64,
    /// MC-000042.
    pub reference: String,
    /// proposed, active, completed or terminated.
    pub status: String,
    pub buyer_council: String,
    pub supplier_council: String,
    pub profile_id: i64,
    pub practitioner_name: String,
    pub booking_id: Option<i64>,
    pub purpose: String,
    pub agreement_version: String,
    pub current_version: i64,
    pub rate_pence: i64,
    pub hours_cap_minutes: i64,
    pub value_cap_pence: i64,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    pub settlement: String,
    pub buyer_accepted_at: Option<DateTime<Utc>>,
    pub supplier_accepted_at: Option<DateTime<Utc>>,
    pub ended_at: Option<DateTime<Utc>>,
    pub end_reason: Option<String>,
    /// Every version of the terms (only when one contract is read).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub versions: Option<Vec<VersionItem>>,
    /// The current version's hours by week (only when one contract is read).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weeks: Option<Vec<WeekMinutes>>,
}

fn contract_item(c: Contract) -> ContractItem {
    ContractItem {
        reference: domain::contracts::reference(c.id),
        id: c.id,
        status: c.status.to_string(),
        buyer_council: c.buyer_org_name,
        supplier_council: c.supplier_org_name,
        profile_id: c.profile_id,
        practitioner_name: c.practitioner_name,
        booking_id: c.booking_id,
        purpose: c.purpose,
        agreement_version: c.agreement_version,
        current_version: c.current_version,
        rate_pence: c.rate_pence,
        hours_cap_minutes: c.hours_cap_minutes,
        value_cap_pence: c.value_cap_pence,
        start_date: c.start_date,
        end_date: c.end_date,
        settlement: c.settlement.to_string(),
        buyer_accepted_at: c.buyer_accepted_at,
        supplier_accepted_at: c.supplier_accepted_at,
        ended_at: c.ended_at,
        end_reason: c.end_reason,
        versions: None,
        weeks: None,
    }
}

/// List contracts.
#[utoipa::path(get, path = "/api/v1/contracts", tag = "bookings and contracts", params(ListParams),
    security(("token" = ["deals:read"])),
    responses((status = 200, body = [ContractItem]), (status = 403, body = Problem, content_type = "application/problem+json")))]
pub async fn list_contracts(
    State(state): State<AppState>,
    caller: ApiCaller,
    params: Result<Query<ListParams>, QueryRejection>,
) -> Result<Json<Vec<ContractItem>>, Problem> {
    caller.require(Scope::DealsRead)?;
    let Query(p) = params.map_err(|e| Problem::bad_query(&e))?;
    let visible = whose(&state, &caller, p).await?;
    let list = contracts::list_visible(&state.db, &visible, LISTED).await?;
    Ok(Json(list.into_iter().map(contract_item).collect()))
}

async fn visible_contract(state: &AppState, caller: &ApiCaller, id: i64) -> Result<Contract, Problem> {
    contract_service::visible(state, Some(&caller.actor), id)
        .await
        .map_err(|e| deal_problem(state, e))
}

async fn contract_body(state: &AppState, id: i64) -> Result<Json<ContractItem>, Problem> {
    let c = contracts::find(&state.db, id).await?.ok_or_else(not_found)?;
    let versions = contracts::versions(&state.db, id).await?;
    let current = versions.iter().find(|v| v.version == c.current_version).map(|v| v.id);
    let weeks = match current {
        Some(v) => week_list(&contracts::version_weeks(&state.db, v).await?),
        None => Vec::new(),
    };
    let mut item = contract_item(c);
    item.versions = Some(
        versions
            .into_iter()
            .map(|v| VersionItem {
                version: v.version,
                status: v.status.to_string(),
                rate_pence: v.rate_pence,
                hours_cap_minutes: v.hours_cap_minutes,
                value_cap_pence: v.value_cap_pence,
                start_date: v.start_date,
                end_date: v.end_date,
                settlement: v.settlement.to_string(),
                invoicing: v.invoicing.to_string(),
                po_number: v.po_number,
                vat_treatment: v.vat_treatment.to_string(),
                payment_terms_days: v.payment_terms_days,
                legal_basis: v.legal_basis_name,
                summary: v.summary,
                proposed_by_side: v.proposed_by_side.to_string(),
                proposed_at: v.proposed_at,
            })
            .collect(),
    );
    item.weeks = Some(weeks);
    Ok(Json(item))
}

/// Read a contract with every version of its terms.
#[utoipa::path(get, path = "/api/v1/contracts/{id}", tag = "bookings and contracts", security(("token" = ["deals:read"])),
    responses((status = 200, body = ContractItem), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn read_contract(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<i64>,
) -> Result<Json<ContractItem>, Problem> {
    caller.require(Scope::DealsRead)?;
    visible_contract(&state, &caller, id).await?;
    contract_body(&state, id).await
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct ContractStepBody {
    /// buyer or supplier: the council you act for.
    pub side: String,
    /// Why, when terminating.
    pub reason: String,
}

/// Take a step on a contract for one side: accept, complete (the buyer), terminate (with a
/// reason), or answer the waiting variation (variation-accept, variation-decline; the
/// proposing side may variation-withdraw).
#[utoipa::path(post, path = "/api/v1/contracts/{id}/{step}", tag = "bookings and contracts", security(("token" = ["deals:write"])),
    params(("id" = i64, Path), ("step" = String, Path, description = "accept, complete, terminate, variation-accept, variation-decline or variation-withdraw")),
    request_body = ContractStepBody,
    responses((status = 200, body = ContractItem), (status = 409, body = Problem, content_type = "application/problem+json")))]
pub async fn contract_step(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path((id, step)): Path<(i64, String)>,
    body: Result<ApiJson<ContractStepBody>, Problem>,
) -> Result<Json<ContractItem>, Problem> {
    caller.require(Scope::DealsWrite)?;
    let c = visible_contract(&state, &caller, id).await?;
    let ApiJson(body) = body?;
    let side: Side = body
        .side
        .parse()
        .map_err(|_| Problem::bad_parameter("side", Said::message("api-side")))?;
    // Whether the caller may act for the side is the step's own check.
    let step = contract_service::Step::named(step.parse().map_err(|e| deal_problem(&state, e))?, &body.reason);
    let outcome = contract_service::take_step(&state, Some(&caller.actor), caller.by(), &c, side, step).await;
    outcome.map_err(|e| deal_problem(&state, e))?;
    contract_body(&state, id).await
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct VariationBody {
    /// buyer or supplier: the council proposing it.
    pub side: String,
    /// Extra minutes in each week from `from_week` to `to_week` (quarter hours), if any.
    pub extra_minutes_per_week: i64,
    /// ISO weeks, e.g. 2026-W50.
    pub from_week: String,
    pub to_week: String,
    /// A later end date, if it changes.
    pub end_date: Option<NaiveDate>,
    /// A new hourly rate, if it changes.
    pub rate_pence: Option<i64>,
    /// What changes and why.
    pub summary: String,
}

/// Propose a variation for one side: more hours in some weeks, a later end, a new rate.
/// The extra hours are held at once; the other side accepts or declines it with the
/// variation-accept and variation-decline steps.
#[utoipa::path(post, path = "/api/v1/contracts/{id}/variations", tag = "bookings and contracts",
    security(("token" = ["deals:write"])), request_body = VariationBody,
    responses((status = 201, body = ContractItem), (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json")))]
pub async fn propose_variation(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<i64>,
    body: Result<ApiJson<VariationBody>, Problem>,
) -> Result<(StatusCode, Json<ContractItem>), Problem> {
    caller.require(Scope::DealsWrite)?;
    let c = visible_contract(&state, &caller, id).await?;
    let ApiJson(b) = body?;
    let side: Side = b
        .side
        .parse()
        .map_err(|_| Problem::bad_parameter("side", Said::message("api-side")))?;
    caller.authorise(Action::ActFor {
        side,
        org: org_of(&c, side),
    })?;
    let (_, current) = contract_service::current_terms(&state.db, &c)
        .await
        .map_err(|e| deal_problem(&state, e))?;
    let input = VariationInput {
        extra_hours_per_week: if b.extra_minutes_per_week > 0 {
            domain::hours::format_hours(b.extra_minutes_per_week)
        } else {
            String::new()
        },
        from_week: b.from_week,
        to_week: b.to_week,
        end_date: b.end_date.map(|d| d.to_string()).unwrap_or_default(),
        rate: b.rate_pence.map(domain::money::format_pence).unwrap_or_default(),
        summary: b.summary,
    };
    let today = domain::weeks::london_date(state.clock.now());
    let variation = domain::contracts::validate_variation(&current, &input, today)
        .map_err(|e| deal_problem(&state, Failure::Invalid(e)))?;
    contract_service::propose_variation(&state, caller.by(), id, side, c.current_version, &variation)
        .await
        .map_err(|e| deal_problem(&state, e))?;
    Ok((StatusCode::CREATED, contract_body(&state, id).await?))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct LegalBasisItem {
    pub id: i64,
    pub name: String,
    pub description: String,
}

/// The legal bases a contract can rest on.
#[utoipa::path(get, path = "/api/v1/legal-bases", tag = "bookings and contracts", security(("token" = ["deals:read"])),
    responses((status = 200, body = [LegalBasisItem])))]
pub async fn legal_bases(
    State(state): State<AppState>,
    caller: ApiCaller,
) -> Result<Json<Vec<LegalBasisItem>>, Problem> {
    caller.require(Scope::DealsRead)?;
    let list = agreements::legal_bases(&state.db, false).await?;
    Ok(Json(
        list.into_iter()
            .map(|l| LegalBasisItem {
                id: l.id,
                name: l.name,
                description: l.description,
            })
            .collect(),
    ))
}
