//! Booking requests and the weeks they ask for. Status changes are conditional on the
//! status the caller saw, so two answers racing each other cannot both take effect.

use crate::backend::exec;
use crate::{Exec, Result, Tx};
use chrono::{DateTime, NaiveDate, Utc};
use domain::bookings::Schedule;
use domain::weeks::Week;
use serde::Serialize;

pub struct NewBooking<'s> {
    pub profile_id: i64,
    pub practitioner_id: i64,
    pub buyer_org_id: i64,
    pub supplier_org_id: i64,
    pub requested_by: i64,
    pub purpose: &'s str,
    pub lgsl_id: Option<i64>,
    pub po_number: Option<&'s str>,
    pub settlement: &'s str,
    pub rate_pence: i64,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub expires_at: DateTime<Utc>,
}

/// Records a request and its weeks (holding the hours is the caller's next step).
pub async fn create(tx: &mut Tx, b: &NewBooking<'_>, schedule: &Schedule, now: DateTime<Utc>) -> Result<i64> {
    let minutes: i64 = schedule.values().sum();
    let id = exec!(&mut *tx, c => sqlx::query_scalar::<_, i64>(
        "INSERT INTO bookings (profile_id, practitioner_id, buyer_org_id, supplier_org_id, requested_by, status,
             purpose, lgsl_id, po_number, settlement, rate_pence, start_date, end_date, minutes, requested_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, 'requested', $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id")
        .bind(b.profile_id).bind(b.practitioner_id).bind(b.buyer_org_id).bind(b.supplier_org_id).bind(b.requested_by)
        .bind(b.purpose).bind(b.lgsl_id).bind(b.po_number).bind(b.settlement).bind(b.rate_pence)
        .bind(b.start).bind(b.end).bind(minutes).bind(now).bind(b.expires_at).fetch_one(c).await)?;
    for (week, minutes) in schedule {
        exec!(&mut *tx, c => sqlx::query("INSERT INTO booking_weeks (booking_id, week_start, minutes) VALUES ($1, $2, $3)")
            .bind(id).bind(week.monday()).bind(*minutes).execute(c).await.map(|r| r.rows_affected()))?;
    }
    Ok(id)
}

/// A booking request as pages show it, with the names of the councils and people.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Booking {
    pub id: i64,
    pub profile_id: i64,
    pub practitioner_id: i64,
    pub practitioner_name: String,
    pub buyer_org_id: i64,
    pub buyer_org_name: String,
    pub supplier_org_id: i64,
    pub supplier_org_name: String,
    pub requested_by: i64,
    pub requested_by_name: String,
    #[sqlx(try_from = "String")]
    pub status: domain::bookings::BookingStatus,
    pub purpose: String,
    pub lgsl_id: Option<i64>,
    pub service_label: Option<String>,
    pub po_number: Option<String>,
    #[sqlx(try_from = "String")]
    pub settlement: domain::bookings::Settlement,
    pub rate_pence: i64,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    pub minutes: i64,
    pub requested_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub accepted_at: Option<DateTime<Utc>>,
    pub decided_at: Option<DateTime<Utc>>,
    pub decided_by_name: Option<String>,
    pub decline_reason: Option<String>,
    pub contract_id: Option<i64>,
}

const SELECT: &str = "SELECT b.id, b.profile_id, b.practitioner_id, p.display_name AS practitioner_name,
        b.buyer_org_id, bo.name AS buyer_org_name, b.supplier_org_id, so.name AS supplier_org_name,
        b.requested_by, ru.display_name AS requested_by_name, b.status, b.purpose, b.lgsl_id,
        s.label AS service_label, b.po_number, b.settlement, b.rate_pence, b.start_date, b.end_date, b.minutes,
        b.requested_at, b.expires_at, b.accepted_at, b.decided_at, du.display_name AS decided_by_name,
        b.decline_reason, b.contract_id
    FROM bookings b
    JOIN profiles p ON p.id = b.profile_id
    JOIN organisations bo ON bo.id = b.buyer_org_id
    JOIN organisations so ON so.id = b.supplier_org_id
    JOIN users ru ON ru.id = b.requested_by
    LEFT JOIN users du ON du.id = b.decided_by
    LEFT JOIN lgsl_services s ON s.id = b.lgsl_id";

pub async fn find<'a>(exec: impl Into<Exec<'a>>, id: i64) -> Result<Option<Booking>> {
    Ok(
        exec!(exec, c => sqlx::query_as::<_, Booking>(sqlx::AssertSqlSafe(format!("{SELECT} WHERE b.id = $1")))
        .bind(id).fetch_optional(c).await)?,
    )
}

/// Whose bookings a list shows.
#[derive(Debug, Clone, Copy)]
pub enum Scope {
    /// Requests a council sent.
    Buyer(i64),
    /// Requests for a council's people.
    Supplier(i64),
    /// Requests for one practitioner's hours.
    Practitioner(i64),
}

/// Newest first; `open_only` keeps those still waiting for an answer.
pub async fn list<'a>(exec: impl Into<Exec<'a>>, scope: Scope, open_only: bool, limit: i64) -> Result<Vec<Booking>> {
    let (column, id) = match scope {
        Scope::Buyer(org) => ("b.buyer_org_id", org),
        Scope::Supplier(org) => ("b.supplier_org_id", org),
        Scope::Practitioner(user) => ("b.practitioner_id", user),
    };
    let open = if open_only {
        " AND b.status IN ('requested', 'accepted')"
    } else {
        ""
    };
    let sql = format!("{SELECT} WHERE {column} = $1{open} ORDER BY b.id DESC LIMIT $2");
    Ok(
        exec!(exec, c => sqlx::query_as::<_, Booking>(sqlx::AssertSqlSafe(sql.as_str())).bind(id).bind(limit).fetch_all(c).await)?,
    )
}

/// Newest first: every booking `visible` takes in, at most `limit`.
pub async fn list_visible<'a>(
    exec: impl Into<Exec<'a>>,
    visible: &crate::sql::DealsVisible,
    limit: i64,
) -> Result<Vec<Booking>> {
    let mut b = crate::sql::SqlBuilder::default();
    b.push(SELECT).push(" WHERE ");
    visible.push_condition(&mut b, "b");
    let limit = b.bind(crate::sql::Bind::I64(limit));
    b.push(&format!(" ORDER BY b.id DESC LIMIT {limit}"));
    Ok(exec!(exec, c => crate::sql::bind_all!(
        sqlx::query_as::<_, Booking>(sqlx::AssertSqlSafe(b.sql.as_str())), &b.binds).fetch_all(c).await)?)
}

/// The weeks a request asks for.
pub async fn weeks<'a>(exec: impl Into<Exec<'a>>, id: i64) -> Result<Schedule> {
    let rows = exec!(exec, c => sqlx::query_as::<_, (NaiveDate, i64)>(
        "SELECT week_start, minutes FROM booking_weeks WHERE booking_id = $1 ORDER BY week_start")
        .bind(id).fetch_all(c).await)?;
    Ok(rows
        .into_iter()
        .filter_map(|(monday, minutes)| Week::starting(monday).map(|w| (w, minutes)))
        .collect())
}

/// A status change, made only if the request is still in `from`. Returns false when
/// someone else changed it first.
pub struct Transition<'s> {
    pub id: i64,
    pub from: &'s str,
    pub to: &'s str,
    pub by: Option<i64>,
    pub reason: Option<&'s str>,
}

pub async fn transition(tx: &mut Tx, t: &Transition<'_>, now: DateTime<Utc>) -> Result<bool> {
    let accepted = t.to == "accepted";
    let n = exec!(&mut *tx, c => sqlx::query(
        "UPDATE bookings SET status = $1,
             accepted_at = CASE WHEN $2 THEN $3 ELSE accepted_at END,
             decided_at = CASE WHEN $2 THEN decided_at ELSE $3 END,
             decided_by = CASE WHEN $2 THEN decided_by ELSE $4 END,
             decline_reason = COALESCE($5, decline_reason)
         WHERE id = $6 AND status = $7")
        .bind(t.to).bind(accepted).bind(now).bind(t.by).bind(t.reason).bind(t.id).bind(t.from)
        .execute(c).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

pub async fn link_contract(tx: &mut Tx, id: i64, contract_id: i64) -> Result<()> {
    exec!(&mut *tx, c => sqlx::query("UPDATE bookings SET contract_id = $1 WHERE id = $2")
        .bind(contract_id).bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// Open requests whose time to answer has run out, oldest first.
pub async fn lapsed<'a>(exec: impl Into<Exec<'a>>, now: DateTime<Utc>, limit: i64) -> Result<Vec<(i64, String)>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, (i64, String)>(
        "SELECT id, status FROM bookings WHERE status IN ('requested', 'accepted') AND expires_at <= $1
         ORDER BY expires_at LIMIT $2")
        .bind(now).bind(limit).fetch_all(c).await)?)
}

/// How many booking requests exist (for deciding whether demo deals are loaded already).
pub async fn count<'a>(exec: impl Into<Exec<'a>>) -> Result<i64> {
    Ok(exec!(exec, c => sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM bookings").fetch_one(c).await)?)
}

/// Requests still waiting for an answer or approval, for a calendar: those `visible` takes
/// in that end on or after `since`, earliest start first, at most `limit`.
pub async fn waiting_on_calendar<'a>(
    exec: impl Into<Exec<'a>>,
    visible: &crate::sql::DealsVisible,
    since: NaiveDate,
    limit: i64,
) -> Result<Vec<Booking>> {
    let mut b = crate::sql::SqlBuilder::default();
    b.push(SELECT).push(" WHERE ");
    visible.push_condition(&mut b, "b");
    let since = b.bind(crate::sql::Bind::Date(since));
    let limit = b.bind(crate::sql::Bind::I64(limit));
    b.push(&format!(
        " AND b.status IN ('requested', 'accepted') AND b.end_date >= {since} ORDER BY b.start_date, b.id LIMIT {limit}"
    ));
    Ok(exec!(exec, c => crate::sql::bind_all!(
        sqlx::query_as::<_, Booking>(sqlx::AssertSqlSafe(b.sql.as_str())), &b.binds).fetch_all(c).await)?)
}

/// The weeks each request asks for: (booking, Monday, minutes).
pub async fn weeks_of<'a>(exec: impl Into<Exec<'a>>, booking_ids: &[i64]) -> Result<Vec<(i64, NaiveDate, i64)>> {
    if booking_ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut b = crate::sql::SqlBuilder::default();
    b.push("SELECT booking_id, week_start, minutes FROM booking_weeks WHERE booking_id IN (");
    b.push_ids(booking_ids.iter().copied());
    b.push(") ORDER BY booking_id, week_start");
    Ok(exec!(exec, c => crate::sql::bind_all!(
        sqlx::query_as::<_, (i64, NaiveDate, i64)>(sqlx::AssertSqlSafe(b.sql.as_str())), &b.binds).fetch_all(c).await)?)
}

/// The open requests (waiting for the practitioner or their manager) for a practitioner's
/// time from one council.
pub async fn open_for_practitioner<'a>(
    exec: impl Into<Exec<'a>>,
    practitioner_id: i64,
    supplier_org_id: i64,
) -> Result<Vec<i64>> {
    Ok(exec!(exec, c => sqlx::query_scalar::<_, i64>(
        "SELECT id FROM bookings WHERE practitioner_id = $1 AND supplier_org_id = $2
           AND status IN ('requested', 'accepted') ORDER BY id")
        .bind(practitioner_id).bind(supplier_org_id).fetch_all(c).await)?)
}
