//! What the platform dashboard shows a platform admin (SPEC §4.12): sign-ups, listings
//! waiting for approval, and workflow items that are stuck (booking requests about to
//! lapse, invoices overdue, emails that failed). Each count stops at `COUNT_BOUND` and each
//! list shows the `LISTED` most pressing items, read through an index in that order, so the
//! page costs the same however much the platform holds.

use crate::backend::exec;
use crate::{Exec, Result};
use chrono::{DateTime, NaiveDate, Utc};

/// The most a count counts to (the page says "1,000 or more").
pub const COUNT_BOUND: i64 = 1000;

/// Items listed under each heading.
pub const LISTED: i64 = 10;

/// The dashboard's counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, sqlx::FromRow)]
pub struct Counts {
    pub signups_week: i64,
    pub signups_month: i64,
    pub profiles_awaiting: i64,
    pub components_proposed: i64,
    pub appeals_waiting: i64,
    pub bookings_lapsing: i64,
    pub invoices_overdue: i64,
    pub emails_failed: i64,
}

/// The instants and day the counts are taken against.
#[derive(Debug, Clone, Copy)]
pub struct AsOf {
    pub week_ago: DateTime<Utc>,
    pub month_ago: DateTime<Utc>,
    /// Requests that lapse before this are "about to lapse".
    pub lapsing_before: DateTime<Utc>,
    /// Europe/London: invoices due before it are overdue.
    pub today: NaiveDate,
}

pub async fn counts<'a>(exec: impl Into<Exec<'a>>, at: AsOf) -> Result<Counts> {
    Ok(exec!(exec, c => sqlx::query_as::<_, Counts>(
        "SELECT
           (SELECT COUNT(*) FROM (SELECT 1 FROM users WHERE created_at >= $1 LIMIT $5) w) AS signups_week,
           (SELECT COUNT(*) FROM (SELECT 1 FROM users WHERE created_at >= $2 LIMIT $5) m) AS signups_month,
           (SELECT COUNT(*) FROM (SELECT 1 FROM profiles WHERE status = 'awaiting_approval' LIMIT $5) p)
             AS profiles_awaiting,
           (SELECT COUNT(*) FROM (SELECT 1 FROM components WHERE status = 'proposed' LIMIT $5) k)
             AS components_proposed,
           (SELECT COUNT(*) FROM (SELECT 1 FROM moderations
               WHERE appealed_at IS NOT NULL AND decision IS NULL LIMIT $5) a) AS appeals_waiting,
           (SELECT COUNT(*) FROM (SELECT 1 FROM bookings
               WHERE status IN ('requested', 'accepted') AND expires_at < $3 LIMIT $5) b) AS bookings_lapsing,
           (SELECT COUNT(*) FROM (SELECT 1 FROM invoices WHERE status = 'issued' AND due_date < $4 LIMIT $5) i)
             AS invoices_overdue,
           (SELECT COUNT(*) FROM (SELECT 1 FROM outbox_emails WHERE status = 'failed' LIMIT $5) e) AS emails_failed")
        .bind(at.week_ago).bind(at.month_ago).bind(at.lapsing_before).bind(at.today).bind(COUNT_BOUND)
        .fetch_one(c).await)?)
}

/// A new account, with the council it belongs to (none until it joins one).
#[derive(Debug, Clone, serde::Serialize, sqlx::FromRow)]
pub struct SignUp {
    pub display_name: String,
    pub org_code: Option<String>,
    pub org_name: Option<String>,
    pub created_at: DateTime<Utc>,
}

/// The latest accounts, newest first.
pub async fn latest_signups<'a>(exec: impl Into<Exec<'a>>) -> Result<Vec<SignUp>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, SignUp>(
        "SELECT u.display_name, g.code AS org_code, g.name AS org_name, u.created_at
         FROM (SELECT id, display_name, created_at FROM users ORDER BY created_at DESC, id DESC LIMIT $1) u
         LEFT JOIN memberships m ON m.id = (SELECT MIN(id) FROM memberships WHERE user_id = u.id)
         LEFT JOIN organisations g ON g.id = m.org_id
         ORDER BY u.created_at DESC, u.id DESC")
        .bind(LISTED).fetch_all(c).await)?)
}

/// A profile waiting for its council's approval.
#[derive(Debug, Clone, serde::Serialize, sqlx::FromRow)]
pub struct AwaitingProfile {
    pub id: i64,
    pub display_name: String,
    pub org_code: String,
    pub org_name: String,
    pub since: DateTime<Utc>,
}

/// Profiles waiting longest for approval first.
pub async fn profiles_awaiting<'a>(exec: impl Into<Exec<'a>>) -> Result<Vec<AwaitingProfile>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, AwaitingProfile>(
        "SELECT p.id, p.display_name, g.code AS org_code, g.name AS org_name, p.updated_at AS since
         FROM (SELECT id, display_name, org_id, updated_at FROM profiles WHERE status = 'awaiting_approval'
               ORDER BY updated_at, id LIMIT $1) p
         JOIN organisations g ON g.id = p.org_id
         ORDER BY p.updated_at, p.id")
        .bind(LISTED).fetch_all(c).await)?)
}

/// A booking request that lapses soon unless someone answers it.
#[derive(Debug, Clone, serde::Serialize, sqlx::FromRow)]
pub struct LapsingBooking {
    pub id: i64,
    pub status: String,
    pub buyer_name: String,
    pub supplier_code: String,
    pub supplier_name: String,
    pub expires_at: DateTime<Utc>,
}

/// Open booking requests that lapse before `before`, the soonest first.
pub async fn bookings_lapsing<'a>(exec: impl Into<Exec<'a>>, before: DateTime<Utc>) -> Result<Vec<LapsingBooking>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, LapsingBooking>(
        "SELECT b.id, b.status, buyer.name AS buyer_name, supplier.code AS supplier_code,
                supplier.name AS supplier_name, b.expires_at
         FROM (SELECT id, status, buyer_org_id, supplier_org_id, expires_at FROM bookings
               WHERE status IN ('requested', 'accepted') AND expires_at < $1
               ORDER BY expires_at, id LIMIT $2) b
         JOIN organisations buyer ON buyer.id = b.buyer_org_id
         JOIN organisations supplier ON supplier.id = b.supplier_org_id
         ORDER BY b.expires_at, b.id")
        .bind(before).bind(LISTED).fetch_all(c).await)?)
}

/// An issued invoice past its due date.
#[derive(Debug, Clone, serde::Serialize, sqlx::FromRow)]
pub struct OverdueInvoice {
    pub id: i64,
    pub number: i64,
    pub supplier_code: String,
    pub supplier_name: String,
    pub buyer_name: String,
    pub due_date: NaiveDate,
    pub total_pence: i64,
}

/// Issued invoices due before `today`, the longest overdue first.
pub async fn invoices_overdue<'a>(exec: impl Into<Exec<'a>>, today: NaiveDate) -> Result<Vec<OverdueInvoice>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, OverdueInvoice>(
        "SELECT i.id, i.number, supplier.code AS supplier_code, supplier.name AS supplier_name,
                buyer.name AS buyer_name, i.due_date, i.total_pence
         FROM (SELECT id, number, supplier_org_id, buyer_org_id, due_date, total_pence FROM invoices
               WHERE status = 'issued' AND due_date < $1 ORDER BY due_date, id LIMIT $2) i
         JOIN organisations supplier ON supplier.id = i.supplier_org_id
         JOIN organisations buyer ON buyer.id = i.buyer_org_id
         ORDER BY i.due_date, i.id")
        .bind(today).bind(LISTED).fetch_all(c).await)?)
}
