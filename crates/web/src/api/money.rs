//! Time, invoices, income and balances over the API, with the pages' access rules. Time
//! needs `deals:read` / `deals:write`; invoices, income and balances `invoices:read` /
//! `invoices:write` (and a finance or admin role, as in the pages).

use super::auth::ApiCaller;
use super::deals::deal_problem;
use super::json::ApiJson;
use super::problem::{Problem, Said};
use crate::state::AppState;
use app::failure::Failure;
use app::invoices::{self as invoice_service, Step, StepDone, StepName};
use app::timesheets::{self as time_service, TimeError};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::Json;
use chrono::NaiveDate;
use domain::authz::{Action, Scope};
use domain::ledger::Account;
use domain::timesheets::{self as rules, DayInput};
use domain::weeks::Week;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use store::contracts::Contract;
use store::{invoices, organisations, time_entries};
use utoipa::{IntoParams, ToSchema};

fn not_found() -> Problem {
    Problem::not_found(Said::message("api-no-money"))
}

fn time_problem(state: &AppState, e: TimeError) -> Problem {
    let refused = |key, args| Problem::new(StatusCode::CONFLICT, "refused", Said::with(key, args));
    match e {
        TimeError::Step(d) => deal_problem(state, d),
        TimeError::OverCap { reference, remaining } => refused(
            "error-time-over-cap",
            vec![
                ("reference", reference),
                ("hours", domain::hours::format_hours(remaining)),
            ],
        ),
        TimeError::OutsideDates { reference, date } => refused(
            "error-time-outside-dates",
            vec![("reference", reference), ("date", date.to_string())],
        ),
        TimeError::CreditLimit { council, headroom } => refused(
            "error-time-credit-limit",
            vec![("council", council), ("hours", domain::hours::format_hours(headroom))],
        ),
        TimeError::Settled { reference, dates } => {
            let dates: Vec<String> = dates.iter().map(NaiveDate::to_string).collect();
            let mut p = refused(
                "error-time-settled",
                vec![("reference", reference), ("dates", dates.join(", "))],
            );
            p.parameter = Some("days".to_string());
            p
        }
    }
}

/// The contract, if the caller may see it; one they may not is not found.
async fn visible_contract(state: &AppState, caller: &ApiCaller, id: i64) -> Result<Contract, Problem> {
    app::contracts::visible(state, Some(&caller.actor), id)
        .await
        .map_err(|e| match e {
            app::contracts::ContractError::Denied(_) => not_found(),
            e => deal_problem(state, e),
        })
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TimeItem {
    pub id: i64,
    pub date: NaiveDate,
    pub minutes: i64,
    pub description: String,
    /// draft, submitted, approved or queried.
    pub status: String,
    pub query_comment: Option<String>,
    pub deemed: bool,
    pub invoiced: bool,
}

async fn time_list(state: &AppState, id: i64) -> Result<Json<Vec<TimeItem>>, Problem> {
    Ok(Json(
        time_entries::for_contract(&state.db, id)
            .await?
            .into_iter()
            .map(|e| TimeItem {
                id: e.id,
                date: e.work_date,
                minutes: e.minutes,
                description: e.description,
                status: e.status.to_string(),
                query_comment: e.query_comment,
                deemed: e.deemed,
                invoiced: e.invoice_id.is_some(),
            })
            .collect(),
    ))
}

/// The time recorded on a contract, newest day first.
#[utoipa::path(get, path = "/api/v1/contracts/{id}/time", tag = "time and money", security(("token" = ["deals:read"])),
    responses((status = 200, body = [TimeItem]), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn read_time(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<i64>,
) -> Result<Json<Vec<TimeItem>>, Problem> {
    caller.require(Scope::DealsRead)?;
    visible_contract(&state, &caller, id).await?;
    time_list(&state, id).await
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DayBody {
    pub date: NaiveDate,
    /// Quarter hours, up to 720; 0 clears the day.
    pub minutes: i64,
    #[serde(default)]
    pub description: String,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RecordBody {
    pub days: Vec<DayBody>,
    /// Submit the weeks these days fall in once recorded.
    #[serde(default)]
    pub submit: bool,
}

/// Record time on your contract (as drafts), and optionally submit those weeks: the same
/// rules as the timesheet (quarter hours, inside the contract's dates and cap).
#[utoipa::path(post, path = "/api/v1/contracts/{id}/time", tag = "time and money", security(("token" = ["deals:write"])),
    request_body = RecordBody,
    responses((status = 200, body = [TimeItem]), (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json")))]
pub async fn record_time(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<i64>,
    body: Result<ApiJson<RecordBody>, Problem>,
) -> Result<Json<Vec<TimeItem>>, Problem> {
    caller.require(Scope::DealsWrite)?;
    let ApiJson(b) = body?;
    let k = visible_contract(&state, &caller, id).await?;
    caller.authorise(Action::RecordTime {
        practitioner: k.practitioner_id,
    })?;
    let cells: Vec<(String, NaiveDate, DayInput)> = b
        .days
        .iter()
        .map(|d| {
            (
                d.date.to_string(),
                d.date,
                DayInput {
                    hours: if d.minutes == 0 {
                        String::new()
                    } else {
                        format!("{}.{:02}", d.minutes / 60, d.minutes % 60 * 100 / 60)
                    },
                    description: d.description.clone(),
                },
            )
        })
        .collect();
    let checked = rules::validate_week(&cells).map_err(|e| deal_problem(&state, Failure::Invalid(e)))?;
    let mut by_week: BTreeMap<Week, Vec<(i64, NaiveDate, Option<rules::DayTime>)>> = BTreeMap::new();
    for (_, date, day) in checked {
        by_week.entry(Week::containing(date)).or_default().push((id, date, day));
    }
    for (week, days) in &by_week {
        time_service::save_week(&state, caller.by(), *week, days)
            .await
            .map_err(|e| time_problem(&state, e))?;
        if b.submit {
            time_service::submit_week(&state, caller.by(), *week)
                .await
                .map_err(|e| time_problem(&state, e))?;
        }
    }
    time_list(&state, id).await
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AnswerBody {
    /// The submitted entries to answer.
    pub entries: Vec<i64>,
    /// Required when querying.
    #[serde(default)]
    pub comment: String,
}

/// Approve (`approve`) or query (`query`, with a comment) submitted time: a buyer of the
/// buying council. Approval on an hour-credit contract moves the credits at once.
#[utoipa::path(post, path = "/api/v1/contracts/{id}/time/{answer}", tag = "time and money", security(("token" = ["deals:write"])),
    params(("id" = i64, Path), ("answer" = String, Path, description = "approve or query")),
    request_body = AnswerBody,
    responses((status = 200, body = [TimeItem]), (status = 409, body = Problem, content_type = "application/problem+json")))]
pub async fn answer_time(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path((id, answer)): Path<(i64, String)>,
    body: Result<ApiJson<AnswerBody>, Problem>,
) -> Result<Json<Vec<TimeItem>>, Problem> {
    caller.require(Scope::DealsWrite)?;
    let ApiJson(b) = body?;
    let k = visible_contract(&state, &caller, id).await?;
    caller.authorise(Action::ApproveTime(k.buyer_org_id))?;
    let result = match answer.as_str() {
        "approve" => time_service::decide(&state, caller.by(), id, &b.entries, true, None).await,
        "query" => {
            let comment = rules::validate_query(&b.comment).map_err(|e| deal_problem(&state, Failure::Invalid(e)))?;
            time_service::decide(&state, caller.by(), id, &b.entries, false, Some(&comment)).await
        }
        _ => return Err(not_found()),
    };
    result.map_err(|e| time_problem(&state, e))?;
    time_list(&state, id).await
}

#[derive(Debug, Serialize, ToSchema)]
pub struct InvoiceLineItem {
    pub practitioner: String,
    pub first_date: NaiveDate,
    pub last_date: NaiveDate,
    pub minutes: i64,
    pub rate_pence: i64,
    pub amount_pence: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct InvoiceItem {
    pub id: i64,
    /// e.g. LDS-000042; null for a draft.
    pub number: Option<String>,
    /// invoice or credit_note.
    pub kind: String,
    /// draft, issued, paid or credited.
    pub status: String,
    pub supplier_council: String,
    pub buyer_council: String,
    pub contract_id: i64,
    pub credits_invoice_id: Option<i64>,
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    pub po_number: Option<String>,
    pub vat_treatment: String,
    pub net_pence: i64,
    pub vat_pence: i64,
    pub total_pence: i64,
    pub issued_on: Option<NaiveDate>,
    pub due_date: Option<NaiveDate>,
    pub paid_on: Option<NaiveDate>,
    pub paid_reference: Option<String>,
    /// Only when one invoice is read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lines: Option<Vec<InvoiceLineItem>>,
}

fn invoice_item(i: invoices::Invoice, lines: Option<Vec<InvoiceLineItem>>) -> InvoiceItem {
    InvoiceItem {
        number: i.number.map(|n| domain::invoices::number_label(&i.supplier_code, n)),
        id: i.id,
        kind: i.kind.to_string(),
        status: i.status.to_string(),
        supplier_council: i.supplier_name,
        buyer_council: i.buyer_name,
        contract_id: i.contract_id,
        credits_invoice_id: i.credits_invoice_id,
        period_start: i.period_start,
        period_end: i.period_end,
        po_number: i.po_number,
        vat_treatment: i.vat_treatment.to_string(),
        net_pence: i.net_pence,
        vat_pence: i.vat_pence,
        total_pence: i.total_pence,
        issued_on: i.issued_on,
        due_date: i.due_date,
        paid_on: i.paid_on,
        paid_reference: i.paid_reference,
        lines,
    }
}

async fn council(state: &AppState, caller: &ApiCaller, code: &str) -> Result<organisations::Organisation, Problem> {
    let org = organisations::find_by_code(&state.db, code)
        .await?
        .ok_or_else(not_found)?;
    caller.authorise(Action::ViewInvoices(org.id))?;
    Ok(org)
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct InvoiceListParams {
    /// supplier (sent, the default) or buyer (received).
    pub side: Option<String>,
}

/// A council's invoices and credit notes, sent (with drafts) or received.
#[utoipa::path(get, path = "/api/v1/councils/{code}/invoices", tag = "time and money", params(InvoiceListParams),
    security(("token" = ["invoices:read"])),
    responses((status = 200, body = [InvoiceItem]), (status = 403, body = Problem, content_type = "application/problem+json")))]
pub async fn list_invoices(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(code): Path<String>,
    Query(p): Query<InvoiceListParams>,
) -> Result<Json<Vec<InvoiceItem>>, Problem> {
    caller.require(Scope::InvoicesRead)?;
    let org = council(&state, &caller, &code).await?;
    let as_supplier = p.side.as_deref() != Some("buyer");
    let list = invoices::list(&state.db, org.id, as_supplier).await?;
    Ok(Json(list.into_iter().map(|i| invoice_item(i, None)).collect()))
}

/// The invoice, if the caller may see it; one they may not is not found.
async fn visible_invoice(state: &AppState, caller: &ApiCaller, id: i64) -> Result<invoices::Invoice, Problem> {
    invoice_service::visible(state, Some(&caller.actor), id)
        .await
        .map_err(|e| match e {
            invoice_service::InvoiceError::Denied(_) => not_found(),
            e => deal_problem(state, e),
        })
}

async fn invoice_body(state: &AppState, id: i64) -> Result<Json<InvoiceItem>, Problem> {
    let i = invoices::find(&state.db, id).await?.ok_or_else(not_found)?;
    let lines = invoices::lines(&state.db, id)
        .await?
        .into_iter()
        .map(|l| InvoiceLineItem {
            practitioner: l.practitioner_name,
            first_date: l.first_date,
            last_date: l.last_date,
            minutes: l.minutes,
            rate_pence: l.rate_pence,
            amount_pence: l.amount_pence,
        })
        .collect();
    Ok(Json(invoice_item(i, Some(lines))))
}

/// Read an invoice or credit note with its lines.
#[utoipa::path(get, path = "/api/v1/invoices/{id}", tag = "time and money", security(("token" = ["invoices:read"])),
    responses((status = 200, body = InvoiceItem), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn read_invoice(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<i64>,
) -> Result<Json<InvoiceItem>, Problem> {
    caller.require(Scope::InvoicesRead)?;
    visible_invoice(&state, &caller, id).await?;
    invoice_body(&state, id).await
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct GenerateBody {
    /// YYYY-MM.
    pub month: String,
}

/// Make draft invoices for a month from approved, uninvoiced time (the supplying
/// council's finance officers); returns the drafts.
#[utoipa::path(post, path = "/api/v1/councils/{code}/invoices", tag = "time and money", security(("token" = ["invoices:write"])),
    request_body = GenerateBody,
    responses((status = 201, body = [InvoiceItem]), (status = 400, body = Problem, content_type = "application/problem+json")))]
pub async fn generate(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(code): Path<String>,
    body: Result<ApiJson<GenerateBody>, Problem>,
) -> Result<(StatusCode, Json<Vec<InvoiceItem>>), Problem> {
    caller.require(Scope::InvoicesWrite)?;
    let ApiJson(b) = body?;
    let org = council(&state, &caller, &code).await?;
    caller.authorise(Action::ManageInvoices(org.id))?;
    let month = domain::dates::parse_month(&b.month).map_err(|k| Problem::bad_parameter("month", Said::message(k)))?;
    let drafts = invoice_service::generate(&state, caller.by(), org.id, month)
        .await
        .map_err(|e| deal_problem(&state, e))?;
    let mut out = Vec::new();
    for id in drafts {
        out.push(invoice_body(&state, id).await?.0);
    }
    Ok((StatusCode::CREATED, Json(out)))
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct InvoiceStepBody {
    /// When paying: the date the money arrived.
    pub paid_on: Option<NaiveDate>,
    /// When paying: the finance system's reference.
    pub reference: String,
}

/// Take a step on an invoice: `issue`, `discard` or `credit` (the supplier's finance
/// officers), `pay` (either council's finance officers).
#[utoipa::path(post, path = "/api/v1/invoices/{id}/{step}", tag = "time and money", security(("token" = ["invoices:write"])),
    params(("id" = i64, Path), ("step" = String, Path, description = "issue, discard, credit or pay")),
    request_body = InvoiceStepBody,
    responses((status = 200, body = InvoiceItem), (status = 409, body = Problem, content_type = "application/problem+json")))]
pub async fn invoice_step(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path((id, step)): Path<(i64, String)>,
    body: Result<Option<ApiJson<InvoiceStepBody>>, Problem>,
) -> Result<Json<InvoiceItem>, Problem> {
    caller.require(Scope::InvoicesWrite)?;
    let i = visible_invoice(&state, &caller, id).await?;
    let b = body?.map(|ApiJson(b)| b).unwrap_or_default();
    let step = match step.parse().map_err(|e| deal_problem(&state, e))? {
        StepName::Issue => Step::Issue,
        StepName::Discard => Step::Discard,
        StepName::Credit => Step::Credit,
        StepName::Pay => Step::Pay {
            paid_on: b.paid_on.map(|d| d.to_string()).unwrap_or_default(),
            reference: b.reference,
        },
    };
    match invoice_service::take_step(&state, Some(&caller.actor), caller.by(), &i, step)
        .await
        .map_err(|e| deal_problem(&state, e))?
    {
        StepDone::Discarded => Err(Problem::new(
            StatusCode::GONE,
            "discarded",
            Said::message("api-discarded"),
        )),
        StepDone::Credited { credit_note_id } => invoice_body(&state, credit_note_id).await,
        StepDone::Issued | StepDone::Paid => invoice_body(&state, id).await,
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct IncomeItem {
    /// YYYY-MM, the month the work was done.
    pub month: String,
    /// given or received.
    pub side: String,
    /// money or hour_credits.
    pub settlement: String,
    pub service: Option<String>,
    pub role: String,
    pub minutes: i64,
    pub value_pence: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct BalanceItem {
    /// hour_credits (minutes), or receivable, payable, income, vat_charged, spend, bank (pence; debits positive).
    pub account: String,
    pub balance: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct IncomeBody {
    /// Approved time over the last twelve months, as the income page shows it.
    pub months: Vec<IncomeItem>,
    pub balances: Vec<BalanceItem>,
    /// How many hours of credit the council may owe, in minutes.
    pub credit_limit_minutes: i64,
}

/// A council's income and spend by month, service and role, and its ledger balances.
#[utoipa::path(get, path = "/api/v1/councils/{code}/income", tag = "time and money", security(("token" = ["invoices:read"])),
    responses((status = 200, body = IncomeBody), (status = 403, body = Problem, content_type = "application/problem+json")))]
pub async fn income(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(code): Path<String>,
) -> Result<Json<IncomeBody>, Problem> {
    caller.require(Scope::InvoicesRead)?;
    let org = council(&state, &caller, &code).await?;
    let today = domain::weeks::london_date(state.clock.now());
    let first = today - chrono::Duration::days(335);
    let rows = store::income::rows(
        &state.db,
        org.id,
        &first.format("%Y-%m").to_string(),
        &today.format("%Y-%m").to_string(),
    )
    .await?;
    let mut balances = Vec::new();
    for account in Account::ALL {
        balances.push(BalanceItem {
            account: account.as_str().into(),
            balance: store::ledger::balance(&state.db, org.id, account).await?,
        });
    }
    Ok(Json(IncomeBody {
        months: rows
            .into_iter()
            .map(|r| IncomeItem {
                month: r.month,
                side: r.side.to_string(),
                settlement: r.settlement.to_string(),
                service: r.service_label,
                role: r.role_name,
                minutes: r.minutes,
                value_pence: r.value_pence,
            })
            .collect(),
        balances,
        credit_limit_minutes: store::ledger::credit_limit(&state.db, org.id).await?,
    }))
}
