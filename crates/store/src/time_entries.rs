//! Time entries: one per contract and day. Practitioners change them only while draft or
//! queried; status changes are conditional on the status the caller saw, so an approval
//! racing another (or a deemed approval) takes effect once.

use crate::backend::exec;
use crate::{Exec, Result, Tx};
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

/// Records or changes a day's time while it is still the practitioner's to change; false
/// when the day's entry is submitted or approved.
pub async fn put(
    tx: &mut Tx,
    contract_id: i64,
    practitioner_id: i64,
    date: NaiveDate,
    minutes: i64,
    description: &str,
    now: DateTime<Utc>,
) -> Result<bool> {
    let n = exec!(&mut *tx, c => sqlx::query(
        "INSERT INTO time_entries (contract_id, practitioner_id, work_date, minutes, description, status, created_at,
             updated_at)
         VALUES ($1, $2, $3, $4, $5, 'draft', $6, $6)
         ON CONFLICT (contract_id, work_date) DO UPDATE SET minutes = excluded.minutes,
             description = excluded.description, updated_at = excluded.updated_at
         WHERE time_entries.status IN ('draft', 'queried')")
        .bind(contract_id).bind(practitioner_id).bind(date).bind(minutes).bind(description).bind(now)
        .execute(c).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Clears a day's time while it is still the practitioner's to change.
pub async fn clear(tx: &mut Tx, contract_id: i64, date: NaiveDate) -> Result<()> {
    exec!(&mut *tx, c => sqlx::query(
        "DELETE FROM time_entries WHERE contract_id = $1 AND work_date = $2 AND status IN ('draft', 'queried')")
        .bind(contract_id).bind(date).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(())
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct TimeEntry {
    pub id: i64,
    pub contract_id: i64,
    pub practitioner_id: i64,
    pub practitioner_name: String,
    pub buyer_org_id: i64,
    pub supplier_org_id: i64,
    pub work_date: NaiveDate,
    pub minutes: i64,
    pub description: String,
    #[sqlx(try_from = "String")]
    pub status: domain::timesheets::TimeStatus,
    pub submitted_at: Option<DateTime<Utc>>,
    pub decided_at: Option<DateTime<Utc>>,
    pub deemed: bool,
    pub query_comment: Option<String>,
    pub invoice_id: Option<i64>,
}

const SELECT: &str = "SELECT t.id, t.contract_id, t.practitioner_id, u.display_name AS practitioner_name,
        k.buyer_org_id, k.supplier_org_id, t.work_date, t.minutes, t.description, t.status, t.submitted_at,
        t.decided_at, t.deemed, t.query_comment, t.invoice_id
    FROM time_entries t
    JOIN contracts k ON k.id = t.contract_id
    JOIN users u ON u.id = t.practitioner_id";

/// A practitioner's entries for the days from `first` to `last`.
pub async fn for_practitioner<'a>(
    exec: impl Into<Exec<'a>>,
    practitioner_id: i64,
    first: NaiveDate,
    last: NaiveDate,
) -> Result<Vec<TimeEntry>> {
    Ok(
        exec!(exec, c => sqlx::query_as::<_, TimeEntry>(sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE t.practitioner_id = $1 AND t.work_date BETWEEN $2 AND $3 ORDER BY t.work_date, t.contract_id")))
        .bind(practitioner_id).bind(first).bind(last).fetch_all(c).await)?,
    )
}

/// One contract's entries, newest day first.
pub async fn for_contract<'a>(exec: impl Into<Exec<'a>>, contract_id: i64) -> Result<Vec<TimeEntry>> {
    Ok(
        exec!(exec, c => sqlx::query_as::<_, TimeEntry>(sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE t.contract_id = $1 ORDER BY t.work_date DESC")))
        .bind(contract_id).fetch_all(c).await)?,
    )
}

/// Entries waiting for a buying council's answer, oldest first.
pub async fn submitted_to<'a>(exec: impl Into<Exec<'a>>, buyer_org_id: i64) -> Result<Vec<TimeEntry>> {
    Ok(
        exec!(exec, c => sqlx::query_as::<_, TimeEntry>(sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE k.buyer_org_id = $1 AND t.status = 'submitted' ORDER BY t.submitted_at, t.id LIMIT 500")))
        .bind(buyer_org_id).fetch_all(c).await)?,
    )
}

pub async fn find<'a>(exec: impl Into<Exec<'a>>, id: i64) -> Result<Option<TimeEntry>> {
    Ok(
        exec!(exec, c => sqlx::query_as::<_, TimeEntry>(sqlx::AssertSqlSafe(format!("{SELECT} WHERE t.id = $1")))
        .bind(id).fetch_optional(c).await)?,
    )
}

/// Minutes a contract's submitted and approved time takes.
pub async fn used_minutes<'a>(exec: impl Into<Exec<'a>>, contract_id: i64) -> Result<i64> {
    Ok(exec!(exec, c => sqlx::query_scalar::<_, i64>(
        "SELECT CAST(COALESCE(SUM(minutes), 0) AS BIGINT) FROM time_entries
         WHERE contract_id = $1 AND status IN ('submitted', 'approved')")
        .bind(contract_id).fetch_one(c).await)?)
}

/// Makes the rest of the caller's transaction the only one submitting time on this
/// contract (PostgreSQL advisory lock; SQLite's single writer does this already), so two
/// submissions cannot both fit under the cap that only one fits under.
pub async fn lock_contract_time(tx: &mut Tx, contract_id: i64) -> Result<()> {
    if tx.backend() == crate::Backend::Postgres {
        exec!(&mut *tx, c => sqlx::query("SELECT pg_advisory_xact_lock(7710004, CAST($1 AS INTEGER))")
            .bind(contract_id).execute(c).await.map(|r| r.rows_affected()))?;
    }
    Ok(())
}

/// Submits a contract's draft and queried entries on the given days; returns how many.
pub async fn submit(
    tx: &mut Tx,
    contract_id: i64,
    first: NaiveDate,
    last: NaiveDate,
    now: DateTime<Utc>,
) -> Result<u64> {
    Ok(exec!(&mut *tx, c => sqlx::query(
        "UPDATE time_entries SET status = 'submitted', submitted_at = $1, updated_at = $1, query_comment = NULL
         WHERE contract_id = $2 AND work_date BETWEEN $3 AND $4 AND status IN ('draft', 'queried')")
        .bind(now).bind(contract_id).bind(first).bind(last).execute(c).await.map(|r| r.rows_affected()))?)
}

/// Approves or queries a submitted entry; false when it was no longer submitted.
pub async fn decide(
    tx: &mut Tx,
    id: i64,
    approve: bool,
    by: Option<i64>,
    comment: Option<&str>,
    now: DateTime<Utc>,
) -> Result<bool> {
    let to = if approve { "approved" } else { "queried" };
    let n = exec!(&mut *tx, c => sqlx::query(
        "UPDATE time_entries SET status = $1, decided_at = $2, decided_by = $3, query_comment = $4,
             deemed = $5, updated_at = $2
         WHERE id = $6 AND status = 'submitted'")
        .bind(to).bind(now).bind(by).bind(comment).bind(approve && by.is_none()).bind(id)
        .execute(c).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// A submitted entry whose buying council deems time approved after some working days.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Deemable {
    pub id: i64,
    pub submitted_at: DateTime<Utc>,
    pub days: i64,
    /// The buying council's nation, whose bank holidays do not count.
    pub buyer_nation: String,
}

/// Up to `limit` deemable entries after `after` (submitted time, id), oldest first: the
/// caller decides which are due, and pages through them all.
pub async fn deemable<'a>(
    exec: impl Into<Exec<'a>>,
    after: Option<(DateTime<Utc>, i64)>,
    limit: i64,
) -> Result<Vec<Deemable>> {
    let (at, id) = after.unzip();
    Ok(exec!(exec, c => sqlx::query_as::<_, Deemable>(
        "SELECT t.id, t.submitted_at, s.deemed_approval_days AS days, o.nation AS buyer_nation
         FROM time_entries t
         JOIN contracts k ON k.id = t.contract_id
         JOIN time_settings s ON s.org_id = k.buyer_org_id AND s.deemed_approval_days IS NOT NULL
         JOIN organisations o ON o.id = k.buyer_org_id
         WHERE t.status = 'submitted'
           AND ($1 IS NULL OR t.submitted_at > $1 OR (t.submitted_at = $1 AND t.id > $2))
         ORDER BY t.submitted_at, t.id LIMIT $3")
        .bind(at).bind(id).bind(limit).fetch_all(c).await)?)
}

pub async fn deemed_days<'a>(exec: impl Into<Exec<'a>>, org_id: i64) -> Result<Option<i64>> {
    Ok(exec!(exec, c => sqlx::query_scalar::<_, Option<i64>>(
        "SELECT deemed_approval_days FROM time_settings WHERE org_id = $1")
        .bind(org_id).fetch_optional(c).await)?
    .flatten())
}

pub async fn set_deemed_days(tx: &mut Tx, org_id: i64, days: Option<i64>, by: i64, now: DateTime<Utc>) -> Result<()> {
    exec!(&mut *tx, c => sqlx::query(
        "INSERT INTO time_settings (org_id, deemed_approval_days, updated_by, updated_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (org_id) DO UPDATE SET deemed_approval_days = $2, updated_by = $3, updated_at = $4")
        .bind(org_id).bind(days).bind(by).bind(now).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// How many time entries exist (for deciding whether the demo year is loaded).
pub async fn count<'a>(exec: impl Into<Exec<'a>>) -> Result<i64> {
    Ok(exec!(exec, c => sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM time_entries").fetch_one(c).await)?)
}
