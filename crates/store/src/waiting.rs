//! Counts of what waits for someone to act on, for people's home pages. Each count stops
//! at `WAITING_BOUND` (the page says "100 or more"), so a council with a long backlog costs
//! no more than one with a short one; each reads an index that starts with the council.

use crate::backend::exec;
use crate::{Exec, Result};
use chrono::NaiveDate;

/// The most a count counts to.
pub const WAITING_BOUND: i64 = 100;

/// What waits in one council, whoever is asked to act on it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, sqlx::FromRow)]
pub struct CouncilWaiting {
    pub bookings_to_approve: i64,
    pub applications_to_approve: i64,
    pub profiles_to_review: i64,
    pub time_to_approve: i64,
    pub questions_to_answer: i64,
    pub invoices_to_issue: i64,
    pub overdue_sent: i64,
    pub overdue_received: i64,
}

/// Everything waiting in council `org`, as of `today` (Europe/London) for due dates.
pub async fn in_council<'a>(exec: impl Into<Exec<'a>>, org: i64, today: NaiveDate) -> Result<CouncilWaiting> {
    Ok(exec!(exec, c => sqlx::query_as::<_, CouncilWaiting>(
        "SELECT
           (SELECT COUNT(*) FROM (SELECT 1 FROM bookings
               WHERE supplier_org_id = $1 AND status = 'accepted' LIMIT $3) b) AS bookings_to_approve,
           (SELECT COUNT(*) FROM (SELECT 1 FROM applications
               WHERE org_id = $1 AND status = 'submitted' LIMIT $3) a) AS applications_to_approve,
           (SELECT COUNT(*) FROM (SELECT 1 FROM profiles
               WHERE org_id = $1 AND status = 'awaiting_approval' LIMIT $3) p) AS profiles_to_review,
           (SELECT COUNT(*) FROM (SELECT 1 FROM contracts k
               WHERE k.buyer_org_id = $1
                 AND EXISTS (SELECT 1 FROM time_entries t WHERE t.contract_id = k.id AND t.status = 'submitted')
               LIMIT $3) t) AS time_to_approve,
           (SELECT COUNT(*) FROM (SELECT 1 FROM opportunities o
               JOIN opportunity_questions q ON q.opportunity_id = o.id
               WHERE o.org_id = $1 AND o.status = 'live' AND q.answer IS NULL LIMIT $3) q) AS questions_to_answer,
           (SELECT COUNT(*) FROM (SELECT 1 FROM invoices
               WHERE supplier_org_id = $1 AND status = 'draft' LIMIT $3) d) AS invoices_to_issue,
           (SELECT COUNT(*) FROM (SELECT 1 FROM invoices
               WHERE supplier_org_id = $1 AND status = 'issued' AND due_date < $2 LIMIT $3) s) AS overdue_sent,
           (SELECT COUNT(*) FROM (SELECT 1 FROM invoices
               WHERE buyer_org_id = $1 AND status = 'issued' AND due_date < $2 LIMIT $3) r) AS overdue_received")
        .bind(org).bind(today).bind(WAITING_BOUND).fetch_one(c).await)?)
}

/// Booking requests for `user`'s own hours that wait for their answer.
pub async fn booking_requests<'a>(exec: impl Into<Exec<'a>>, user: i64) -> Result<i64> {
    Ok(exec!(exec, c => sqlx::query_scalar::<_, i64>(
        "SELECT COUNT(*) FROM (SELECT 1 FROM bookings WHERE practitioner_id = $1 AND status = 'requested' LIMIT $2) b")
        .bind(user).bind(WAITING_BOUND).fetch_one(c).await)?)
}
