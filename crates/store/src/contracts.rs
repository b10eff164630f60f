//! Microcontracts and their numbered versions. Version 1 holds the terms as approved; each
//! variation adds a version, accepted or not, and none is ever rewritten.

use crate::backend::exec;
use crate::{Exec, Result, Tx};
use chrono::{DateTime, NaiveDate, Utc};
use domain::bookings::Schedule;
use domain::contracts::{Side, Terms};
use domain::weeks::Week;
use serde::Serialize;

pub struct NewContract<'s> {
    pub buyer_org_id: i64,
    pub supplier_org_id: i64,
    pub profile_id: i64,
    pub practitioner_id: i64,
    pub booking_id: Option<i64>,
    pub purpose: &'s str,
    pub lgsl_id: Option<i64>,
    pub agreement_version_id: i64,
    pub buyer_contact_id: Option<i64>,
    pub supplier_contact_id: Option<i64>,
}

/// A proposed contract at version 1 (whose terms the caller adds next).
pub async fn create(tx: &mut Tx, c: &NewContract<'_>, now: DateTime<Utc>) -> Result<i64> {
    Ok(exec!(&mut *tx, conn => sqlx::query_scalar::<_, i64>(
        "INSERT INTO contracts (buyer_org_id, supplier_org_id, profile_id, practitioner_id, booking_id, status,
             current_version, purpose, lgsl_id, agreement_version_id, buyer_contact_id, supplier_contact_id, created_at)
         VALUES ($1, $2, $3, $4, $5, 'proposed', 1, $6, $7, $8, $9, $10, $11) RETURNING id")
        .bind(c.buyer_org_id).bind(c.supplier_org_id).bind(c.profile_id).bind(c.practitioner_id).bind(c.booking_id)
        .bind(c.purpose).bind(c.lgsl_id).bind(c.agreement_version_id).bind(c.buyer_contact_id)
        .bind(c.supplier_contact_id).bind(now).fetch_one(conn).await)?)
}

pub struct NewVersion<'s> {
    pub contract_id: i64,
    pub version: i64,
    /// `accepted` for version 1 (accepted with the contract), `proposed` for a variation.
    pub status: &'s str,
    pub terms: &'s Terms,
    pub summary: &'s str,
    pub proposed_by_side: Side,
    pub proposed_by: i64,
}

/// Records a version of the terms with its weekly hours; returns the version's row id.
pub async fn add_version(tx: &mut Tx, v: &NewVersion<'_>, now: DateTime<Utc>) -> Result<i64> {
    let t = v.terms;
    let id = exec!(&mut *tx, c => sqlx::query_scalar::<_, i64>(
        "INSERT INTO contract_versions (contract_id, version, status, rate_pence, hours_cap_minutes, value_cap_pence,
             start_date, end_date, settlement, invoicing, po_number, vat_treatment, payment_terms_days, legal_basis_id,
             summary, proposed_by_side, proposed_by, proposed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) RETURNING id")
        .bind(v.contract_id).bind(v.version).bind(v.status).bind(t.rate_pence).bind(t.hours_cap_minutes())
        .bind(t.value_cap_pence()).bind(t.start).bind(t.end).bind(t.settlement.as_str()).bind(t.invoicing.as_str())
        .bind(t.po_number.as_deref()).bind(t.vat.as_str()).bind(t.payment_terms_days).bind(t.legal_basis_id)
        .bind(v.summary).bind(v.proposed_by_side.as_str()).bind(v.proposed_by).bind(now).fetch_one(c).await)?;
    for (week, minutes) in t.schedule.iter().filter(|(_, m)| **m > 0) {
        exec!(&mut *tx, c => sqlx::query(
            "INSERT INTO contract_version_weeks (version_id, week_start, minutes) VALUES ($1, $2, $3)")
            .bind(id).bind(week.monday()).bind(*minutes).execute(c).await.map(|r| r.rows_affected()))?;
    }
    Ok(id)
}

/// A contract as pages show it, with the parties' and people's names and its current terms.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Contract {
    pub id: i64,
    pub buyer_org_id: i64,
    pub buyer_org_name: String,
    pub supplier_org_id: i64,
    pub supplier_org_name: String,
    pub profile_id: i64,
    pub practitioner_id: i64,
    pub practitioner_name: String,
    pub booking_id: Option<i64>,
    #[sqlx(try_from = "String")]
    pub status: domain::contracts::ContractStatus,
    pub current_version: i64,
    pub purpose: String,
    pub lgsl_id: Option<i64>,
    pub service_label: Option<String>,
    pub agreement_version_id: i64,
    pub agreement_version: String,
    pub agreement_title: String,
    pub buyer_contact_name: Option<String>,
    pub buyer_contact_email: Option<String>,
    pub supplier_contact_name: Option<String>,
    pub supplier_contact_email: Option<String>,
    pub buyer_accepted_at: Option<DateTime<Utc>>,
    pub buyer_accepted_by_name: Option<String>,
    pub supplier_accepted_at: Option<DateTime<Utc>>,
    pub supplier_accepted_by_name: Option<String>,
    pub created_at: DateTime<Utc>,
    pub activated_at: Option<DateTime<Utc>>,
    pub ended_at: Option<DateTime<Utc>>,
    pub ended_by_name: Option<String>,
    pub end_reason: Option<String>,
    pub rate_pence: i64,
    pub hours_cap_minutes: i64,
    pub value_cap_pence: i64,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    #[sqlx(try_from = "String")]
    pub settlement: domain::bookings::Settlement,
}

const SELECT: &str = "SELECT k.id, k.buyer_org_id, bo.name AS buyer_org_name, k.supplier_org_id,
        so.name AS supplier_org_name, k.profile_id, k.practitioner_id, p.display_name AS practitioner_name,
        k.booking_id, k.status, k.current_version, k.purpose, k.lgsl_id, s.label AS service_label,
        k.agreement_version_id, a.version AS agreement_version, a.title AS agreement_title,
        bc.display_name AS buyer_contact_name, bc.email AS buyer_contact_email,
        sc.display_name AS supplier_contact_name, sc.email AS supplier_contact_email,
        k.buyer_accepted_at, ba.display_name AS buyer_accepted_by_name,
        k.supplier_accepted_at, sa.display_name AS supplier_accepted_by_name,
        k.created_at, k.activated_at, k.ended_at, eu.display_name AS ended_by_name, k.end_reason,
        v.rate_pence, v.hours_cap_minutes, v.value_cap_pence, v.start_date, v.end_date, v.settlement
    FROM contracts k
    JOIN contract_versions v ON v.contract_id = k.id AND v.version = k.current_version
    JOIN profiles p ON p.id = k.profile_id
    JOIN organisations bo ON bo.id = k.buyer_org_id
    JOIN organisations so ON so.id = k.supplier_org_id
    JOIN agreement_versions a ON a.id = k.agreement_version_id
    LEFT JOIN lgsl_services s ON s.id = k.lgsl_id
    LEFT JOIN users bc ON bc.id = k.buyer_contact_id
    LEFT JOIN users sc ON sc.id = k.supplier_contact_id
    LEFT JOIN users ba ON ba.id = k.buyer_accepted_by
    LEFT JOIN users sa ON sa.id = k.supplier_accepted_by
    LEFT JOIN users eu ON eu.id = k.ended_by";

pub async fn find<'a>(exec: impl Into<Exec<'a>>, id: i64) -> Result<Option<Contract>> {
    Ok(
        exec!(exec, c => sqlx::query_as::<_, Contract>(sqlx::AssertSqlSafe(format!("{SELECT} WHERE k.id = $1")))
        .bind(id).fetch_optional(c).await)?,
    )
}

/// Whose contracts a list shows.
#[derive(Debug, Clone, Copy)]
pub enum Scope {
    /// Either party is this council.
    Council(i64),
    /// The council buys.
    Buyer(i64),
    /// The council supplies.
    Supplier(i64),
    /// One practitioner's contracts.
    Practitioner(i64),
}

/// Newest first; `open_only` keeps proposed and active ones.
pub async fn list<'a>(exec: impl Into<Exec<'a>>, scope: Scope, open_only: bool, limit: i64) -> Result<Vec<Contract>> {
    let (condition, id) = match scope {
        Scope::Council(org) => ("(k.buyer_org_id = $1 OR k.supplier_org_id = $1)", org),
        Scope::Buyer(org) => ("k.buyer_org_id = $1", org),
        Scope::Supplier(org) => ("k.supplier_org_id = $1", org),
        Scope::Practitioner(user) => ("k.practitioner_id = $1", user),
    };
    let open = if open_only {
        " AND k.status IN ('proposed', 'active')"
    } else {
        ""
    };
    let sql = format!("{SELECT} WHERE {condition}{open} ORDER BY k.id DESC LIMIT $2");
    Ok(
        exec!(exec, c => sqlx::query_as::<_, Contract>(sqlx::AssertSqlSafe(sql.as_str())).bind(id).bind(limit).fetch_all(c).await)?,
    )
}

/// Newest first: every contract `visible` takes in, at most `limit`.
pub async fn list_visible<'a>(
    exec: impl Into<Exec<'a>>,
    visible: &crate::sql::DealsVisible,
    limit: i64,
) -> Result<Vec<Contract>> {
    let mut b = crate::sql::SqlBuilder::default();
    b.push(SELECT).push(" WHERE ");
    visible.push_condition(&mut b, "k");
    let limit = b.bind(crate::sql::Bind::I64(limit));
    b.push(&format!(" ORDER BY k.id DESC LIMIT {limit}"));
    Ok(exec!(exec, c => crate::sql::bind_all!(
        sqlx::query_as::<_, Contract>(sqlx::AssertSqlSafe(b.sql.as_str())), &b.binds).fetch_all(c).await)?)
}

/// One version of the terms, as the version history shows it.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Version {
    pub id: i64,
    pub contract_id: i64,
    pub version: i64,
    #[sqlx(try_from = "String")]
    pub status: domain::contracts::VariationStatus,
    pub rate_pence: i64,
    pub hours_cap_minutes: i64,
    pub value_cap_pence: i64,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    #[sqlx(try_from = "String")]
    pub settlement: domain::bookings::Settlement,
    #[sqlx(try_from = "String")]
    pub invoicing: domain::contracts::InvoicingFrequency,
    pub po_number: Option<String>,
    #[sqlx(try_from = "String")]
    pub vat_treatment: domain::contracts::VatTreatment,
    pub payment_terms_days: i64,
    pub legal_basis_id: i64,
    pub legal_basis_name: String,
    pub summary: String,
    #[sqlx(try_from = "String")]
    pub proposed_by_side: domain::contracts::Side,
    pub proposed_by_name: String,
    pub proposed_at: DateTime<Utc>,
    pub answered_by_name: Option<String>,
    pub answered_at: Option<DateTime<Utc>>,
}

const VERSION: &str = "SELECT v.id, v.contract_id, v.version, v.status, v.rate_pence, v.hours_cap_minutes,
        v.value_cap_pence, v.start_date, v.end_date, v.settlement, v.invoicing, v.po_number, v.vat_treatment,
        v.payment_terms_days, v.legal_basis_id, l.name AS legal_basis_name, v.summary, v.proposed_by_side,
        pu.display_name AS proposed_by_name, v.proposed_at, au.display_name AS answered_by_name, v.answered_at
    FROM contract_versions v
    JOIN legal_bases l ON l.id = v.legal_basis_id
    JOIN users pu ON pu.id = v.proposed_by
    LEFT JOIN users au ON au.id = v.answered_by";

/// Every version, oldest first.
pub async fn versions<'a>(exec: impl Into<Exec<'a>>, contract_id: i64) -> Result<Vec<Version>> {
    Ok(
        exec!(exec, c => sqlx::query_as::<_, Version>(sqlx::AssertSqlSafe(format!("{VERSION} WHERE v.contract_id = $1 ORDER BY v.version")))
        .bind(contract_id).fetch_all(c).await)?,
    )
}

pub async fn version<'a>(exec: impl Into<Exec<'a>>, contract_id: i64, version: i64) -> Result<Option<Version>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, Version>(
        sqlx::AssertSqlSafe(format!("{VERSION} WHERE v.contract_id = $1 AND v.version = $2")))
        .bind(contract_id).bind(version).fetch_optional(c).await)?)
}

/// The weekly hours of one version.
pub async fn version_weeks<'a>(exec: impl Into<Exec<'a>>, version_id: i64) -> Result<Schedule> {
    let rows = exec!(exec, c => sqlx::query_as::<_, (NaiveDate, i64)>(
        "SELECT week_start, minutes FROM contract_version_weeks WHERE version_id = $1 ORDER BY week_start")
        .bind(version_id).fetch_all(c).await)?;
    Ok(rows
        .into_iter()
        .filter_map(|(monday, minutes)| Week::starting(monday).map(|w| (w, minutes)))
        .collect())
}

/// The next version number.
pub async fn next_version<'a>(exec: impl Into<Exec<'a>>, contract_id: i64) -> Result<i64> {
    Ok(exec!(exec, c => sqlx::query_scalar::<_, i64>(
        "SELECT COALESCE(MAX(version), 0) + 1 FROM contract_versions WHERE contract_id = $1")
        .bind(contract_id).fetch_one(c).await)?)
}

/// Records one council's acceptance, if the contract is still proposed and that side has
/// not accepted. Returns false when it had changed.
pub async fn record_acceptance(tx: &mut Tx, id: i64, side: Side, by: i64, now: DateTime<Utc>) -> Result<bool> {
    let sql = match side {
        Side::Buyer => {
            "UPDATE contracts SET buyer_accepted_at = $1, buyer_accepted_by = $2
             WHERE id = $3 AND status = 'proposed' AND buyer_accepted_at IS NULL"
        }
        Side::Supplier => {
            "UPDATE contracts SET supplier_accepted_at = $1, supplier_accepted_by = $2
             WHERE id = $3 AND status = 'proposed' AND supplier_accepted_at IS NULL"
        }
    };
    let n =
        exec!(&mut *tx, c => sqlx::query(sql).bind(now).bind(by).bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Makes a proposed contract active once both councils have accepted it.
pub async fn activate_if_accepted(tx: &mut Tx, id: i64, now: DateTime<Utc>) -> Result<bool> {
    let n = exec!(&mut *tx, c => sqlx::query(
        "UPDATE contracts SET status = 'active', activated_at = $1
         WHERE id = $2 AND status = 'proposed' AND buyer_accepted_at IS NOT NULL AND supplier_accepted_at IS NOT NULL")
        .bind(now).bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Ends a contract (completed or terminated) if it is still in `from`.
pub async fn end(
    tx: &mut Tx,
    id: i64,
    from: &str,
    to: &str,
    by: i64,
    reason: Option<&str>,
    now: DateTime<Utc>,
) -> Result<bool> {
    let n = exec!(&mut *tx, c => sqlx::query(
        "UPDATE contracts SET status = $1, ended_at = $2, ended_by = $3, end_reason = $4 WHERE id = $5 AND status = $6")
        .bind(to).bind(now).bind(by).bind(reason).bind(id).bind(from).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Answers (or withdraws) a waiting variation, if it is still waiting.
pub async fn answer_version(tx: &mut Tx, version_id: i64, to: &str, by: i64, now: DateTime<Utc>) -> Result<bool> {
    let n = exec!(&mut *tx, c => sqlx::query(
        "UPDATE contract_versions SET status = $1, answered_by = $2, answered_at = $3 WHERE id = $4 AND status = 'proposed'")
        .bind(to).bind(by).bind(now).bind(version_id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

pub async fn set_current_version(tx: &mut Tx, id: i64, version: i64) -> Result<()> {
    exec!(&mut *tx, c => sqlx::query("UPDATE contracts SET current_version = $1 WHERE id = $2")
        .bind(version).bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// The variation waiting for an answer, if any.
pub async fn waiting_variation<'a>(exec: impl Into<Exec<'a>>, contract_id: i64) -> Result<Option<Version>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, Version>(
        sqlx::AssertSqlSafe(format!("{VERSION} WHERE v.contract_id = $1 AND v.status = 'proposed'")))
        .bind(contract_id).fetch_optional(c).await)?)
}

/// Minutes each practitioner of a council has committed (held by requests and contracts)
/// in each of the given weeks: the manager's view of staff commitments.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Commitment {
    pub profile_id: i64,
    pub display_name: String,
    pub capacity_minutes: i64,
    pub week_start: NaiveDate,
    pub held_minutes: i64,
}

pub async fn staff_commitments<'a>(
    exec: impl Into<Exec<'a>>,
    org_id: i64,
    first: Week,
    last: Week,
) -> Result<Vec<Commitment>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, Commitment>(
        "SELECT p.id AS profile_id, p.display_name, p.capacity_minutes, h.week_start,
                CAST(SUM(h.minutes) AS BIGINT) AS held_minutes
         FROM profiles p JOIN capacity_holds h ON h.profile_id = p.id AND h.released_at IS NULL
         WHERE p.org_id = $1 AND h.week_start >= $2 AND h.week_start <= $3
         GROUP BY p.id, p.display_name, p.capacity_minutes, h.week_start
         ORDER BY p.display_name, p.id, h.week_start")
        .bind(org_id).bind(first.monday()).bind(last.monday()).fetch_all(c).await)?)
}

/// How many contracts exist (a benchmark's data-set size).
pub async fn count<'a>(exec: impl Into<Exec<'a>>) -> Result<i64> {
    Ok(exec!(exec, c => sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM contracts").fetch_one(c).await)?)
}

/// Contracts for a calendar: those `visible` takes in whose current terms end on or after
/// `since`, earliest start first, at most `limit`.
pub async fn on_calendar<'a>(
    exec: impl Into<Exec<'a>>,
    visible: &crate::sql::DealsVisible,
    since: NaiveDate,
    limit: i64,
) -> Result<Vec<Contract>> {
    let mut b = crate::sql::SqlBuilder::default();
    b.push(SELECT).push(" WHERE ");
    visible.push_condition(&mut b, "k");
    let since = b.bind(crate::sql::Bind::Date(since));
    let limit = b.bind(crate::sql::Bind::I64(limit));
    b.push(&format!(
        " AND v.end_date >= {since} ORDER BY v.start_date, k.id LIMIT {limit}"
    ));
    Ok(exec!(exec, c => crate::sql::bind_all!(
        sqlx::query_as::<_, Contract>(sqlx::AssertSqlSafe(b.sql.as_str())), &b.binds).fetch_all(c).await)?)
}

/// The weekly hours of each contract's current terms: (contract, Monday, minutes).
pub async fn current_weeks_of<'a>(
    exec: impl Into<Exec<'a>>,
    contract_ids: &[i64],
) -> Result<Vec<(i64, NaiveDate, i64)>> {
    if contract_ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut b = crate::sql::SqlBuilder::default();
    b.push(
        "SELECT k.id, w.week_start, w.minutes FROM contracts k
         JOIN contract_versions v ON v.contract_id = k.id AND v.version = k.current_version
         JOIN contract_version_weeks w ON w.version_id = v.id
         WHERE k.id IN (",
    );
    b.push_ids(contract_ids.iter().copied());
    b.push(") ORDER BY k.id, w.week_start");
    Ok(exec!(exec, c => crate::sql::bind_all!(
        sqlx::query_as::<_, (i64, NaiveDate, i64)>(sqlx::AssertSqlSafe(b.sql.as_str())), &b.binds).fetch_all(c).await)?)
}
