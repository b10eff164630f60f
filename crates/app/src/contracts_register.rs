//! A council's contracts register (Local Government Transparency Code 2015, Part 2): the
//! signed microcontracts it let whose terms in force are worth more than £5,000, a page
//! at a time, newest first. Public: it shows councils, dates, values and how each
//! contract was let, never a person, and only what the buyer published to everyone.

use crate::Ctx;
use chrono::NaiveDate;
use domain::bookings::Settlement;
use domain::contracts_register::{self as rules, Route};
use store::contracts_register as read;
use store::organisations::{self, Organisation};

step_error! {
    /// Why a register could not be shown.
    RegisterError {}
}

/// Contracts read per page (and per step of the CSV).
pub const PAGE: i64 = 50;

/// One contract as the register lists it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Entry {
    pub contract_id: i64,
    /// `MC-000042`.
    pub reference: String,
    /// Public text only: the opportunity's title when published to everyone, else the
    /// service the work is for.
    pub title: Option<String>,
    pub service: Option<String>,
    pub hours_cap_minutes: i64,
    pub rate_pence: i64,
    pub settled_in_credits: bool,
    pub supplier_name: String,
    /// The supplier's org-id identifier (`GB-LAE-LDS`).
    pub supplier_id: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
    /// A microcontract is reviewed when it ends.
    pub review: NaiveDate,
    pub value_pence: i64,
    pub vat_not_recoverable_pence: i64,
    pub route: &'static str,
    pub legal_basis: String,
    /// The opportunity it was awarded on, when that is public.
    pub public_opportunity_id: Option<i64>,
}

impl From<read::Row> for Entry {
    fn from(r: read::Row) -> Self {
        let route = Route::of(r.opportunity_audience.as_deref(), r.opportunity_id.is_some());
        let title = rules::title(r.public_title.as_deref(), r.service_label.as_deref()).map(str::to_string);
        Entry {
            contract_id: r.contract_id,
            reference: domain::contracts::reference(r.contract_id),
            public_opportunity_id: r.opportunity_id.filter(|_| r.public_title.is_some()),
            title,
            service: r.service_label,
            hours_cap_minutes: r.hours_cap_minutes,
            rate_pence: r.rate_pence,
            settled_in_credits: r.settlement == Settlement::HourCredits,
            supplier_id: organisations::org_identifier(&r.supplier_nation, &r.supplier_code),
            supplier_name: r.supplier_name,
            start: r.start_date,
            end: r.end_date,
            review: r.end_date,
            value_pence: r.value_cap_pence,
            vat_not_recoverable_pence: rules::vat_not_recoverable_pence(r.vat_treatment),
            route: route.message_key(),
            legal_basis: r.legal_basis,
        }
    }
}

/// One page of a council's register.
#[derive(Debug, Clone)]
pub struct Register {
    pub council: Organisation,
    /// The department the council names as responsible, if it has.
    pub department: Option<String>,
    pub entries: Vec<Entry>,
    /// Where the next page starts (`before` this contract), when there is one.
    pub next: Option<i64>,
}

/// The council with this code.
pub async fn council(ctx: &Ctx, code: &str) -> Result<Organisation, RegisterError> {
    organisations::find_by_code(&ctx.db, code)
        .await?
        .ok_or(RegisterError::NotFound)
}

/// The department a council names as responsible for the contracts it lets, if it has.
pub async fn department(ctx: &Ctx, org_id: i64) -> Result<Option<String>, RegisterError> {
    Ok(store::agreements::contract_defaults(&ctx.db, org_id)
        .await?
        .register_department)
}

/// A page of the register of the council with this code: its newest contracts, or those
/// older than contract `before`.
pub async fn page(ctx: &Ctx, code: &str, before: Option<i64>) -> Result<Register, RegisterError> {
    let council = council(ctx, code).await?;
    let department = department(ctx, council.id).await?;
    let (entries, next) = entries(ctx, council.id, before, PAGE).await?;
    Ok(Register {
        council,
        department,
        entries,
        next,
    })
}

/// Up to `limit` entries of a council's register after contract `before`, and where the
/// next run starts when there may be more.
pub async fn entries(
    ctx: &Ctx,
    org_id: i64,
    before: Option<i64>,
    limit: i64,
) -> Result<(Vec<Entry>, Option<i64>), RegisterError> {
    let rows = read::page(&ctx.db, org_id, rules::THRESHOLD_PENCE, before, limit).await?;
    let next = (rows.len() as i64 == limit)
        .then(|| rows.last().map(|r| r.contract_id))
        .flatten();
    Ok((rows.into_iter().map(Entry::from).collect(), next))
}
