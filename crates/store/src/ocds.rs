//! What open contracting data (OCDS, SPEC §4.10) is made from: the dated events of each
//! published contracting process (an awarded opportunity, or a contract booked directly
//! from the pool) in date order, and a process's parts. Releases are built from these by
//! `app::open_contracting`; nothing here is personal data.

use crate::backend::exec;
use crate::sql::{bind_all, Bind, SqlBuilder};
use crate::{Db, Exec, Result};
use chrono::{DateTime, NaiveDate, Utc};

/// The two kinds of contracting process.
pub const OPPORTUNITY: &str = "opportunity";
pub const BOOKING: &str = "booking";

/// One dated event of a process, which is one release: `release` is `tender`,
/// `amendment` (a change to a published opportunity), `award`, `contract` or `variation`;
/// `subject` the id of the opportunity, change, contract or contract version.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Event {
    pub at: DateTime<Utc>,
    pub process: String,
    /// The opportunity's id, or (for a booking) the contract's.
    pub process_id: i64,
    pub release: String,
    pub subject: i64,
}

/// Every event, as one statement to filter and order: an opportunity's publication, its
/// changes and its award (for awarded opportunities only); each contract's making; each
/// accepted variation.
const EVENTS: &str = "
    SELECT o.published_at AS at, 'opportunity' AS process, o.id AS process_id, 'tender' AS release, o.id AS subject
        FROM opportunities o WHERE o.status = 'awarded' AND o.hidden_at IS NULL
    UNION ALL
    SELECT c.made_at, 'opportunity', o.id, 'amendment', c.id
        FROM opportunity_changes c JOIN opportunities o ON o.id = c.opportunity_id WHERE o.status = 'awarded' AND o.hidden_at IS NULL
    UNION ALL
    SELECT o.outcome_at, 'opportunity', o.id, 'award', o.id FROM opportunities o WHERE o.status = 'awarded' AND o.hidden_at IS NULL
    UNION ALL
    SELECT k.created_at, CASE WHEN k.booking_id IS NULL THEN 'opportunity' ELSE 'booking' END,
           COALESCE(a.opportunity_id, k.id), 'contract', k.id
        FROM contracts k
        LEFT JOIN application_members m ON m.contract_id = k.id
        LEFT JOIN applications a ON a.id = m.application_id
    UNION ALL
    SELECT v.answered_at, CASE WHEN k.booking_id IS NULL THEN 'opportunity' ELSE 'booking' END,
           COALESCE(a.opportunity_id, k.id), 'variation', v.id
        FROM contract_versions v
        JOIN contracts k ON k.id = v.contract_id
        LEFT JOIN application_members m ON m.contract_id = k.id
        LEFT JOIN applications a ON a.id = m.application_id
        WHERE v.version > 1 AND v.status = 'accepted'";

/// Up to `limit` events dated in [`since`, `until`), oldest first, after `after` (the last
/// event of the page before).
pub async fn events(
    db: &Db,
    since: DateTime<Utc>,
    until: DateTime<Utc>,
    after: Option<&Event>,
    limit: i64,
) -> Result<Vec<Event>> {
    let mut b = SqlBuilder::default();
    let s = b.bind(Bind::Time(since));
    let u = b.bind(Bind::Time(until));
    b.push(&format!(
        "SELECT at, process, process_id, release, subject FROM ({EVENTS}) e WHERE at >= {s} AND at < {u}"
    ));
    if let Some(a) = after {
        let at = b.bind(Bind::Time(a.at));
        let process = b.bind(Bind::Text(a.process.clone()));
        let pid = b.bind(Bind::I64(a.process_id));
        let release = b.bind(Bind::Text(a.release.clone()));
        let subject = b.bind(Bind::I64(a.subject));
        b.push(&format!(
            " AND (at, process, process_id, release, subject) > ({at}, {process}, {pid}, {release}, {subject})"
        ));
    }
    let l = b.bind(Bind::I64(limit));
    b.push(&format!(
        " ORDER BY at, process, process_id, release, subject LIMIT {l}"
    ));
    Ok(
        exec!(db, c => bind_all!(sqlx::query_as::<_, Event>(sqlx::AssertSqlSafe(b.sql.as_str())), &b.binds).fetch_all(c).await)?,
    )
}

/// A change made to a published opportunity.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Change {
    pub id: i64,
    pub kind: String,
    /// What the buyer published: the new summary, the clarification or the new closing time.
    pub body: String,
    pub made_at: DateTime<Utc>,
}

pub async fn changes<'a>(exec: impl Into<Exec<'a>>, opportunity_id: i64) -> Result<Vec<Change>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, Change>(
        "SELECT id, kind, body, made_at FROM opportunity_changes WHERE opportunity_id = $1 ORDER BY made_at, id")
        .bind(opportunity_id).fetch_all(c).await)?)
}

/// A contract of a process: its parties, dates and terms as first agreed.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ContractPart {
    pub id: i64,
    /// The application it was awarded on (None for a booking).
    pub application_id: Option<i64>,
    pub buyer_org_id: i64,
    pub supplier_org_id: i64,
    pub created_at: DateTime<Utc>,
    pub activated_at: Option<DateTime<Utc>>,
    pub ended_at: Option<DateTime<Utc>>,
    pub lgsl_label: Option<String>,
}

/// One agreed version of a contract's terms (version 1 as first agreed, then each accepted
/// variation).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TermsPart {
    pub id: i64,
    pub contract_id: i64,
    pub version: i64,
    pub value_cap_pence: i64,
    pub hours_cap_minutes: i64,
    pub rate_pence: i64,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    pub answered_at: Option<DateTime<Utc>>,
    /// The legal basis the version was agreed under, by name.
    pub legal_basis: String,
}

const CONTRACT_PART: &str = "SELECT k.id, m.application_id, k.buyer_org_id, k.supplier_org_id, k.created_at,
        k.activated_at, k.ended_at, s.label AS lgsl_label
    FROM contracts k
    LEFT JOIN application_members m ON m.contract_id = k.id
    LEFT JOIN lgsl_services s ON s.id = k.lgsl_id";

/// The contracts awarded on an opportunity's applications.
pub async fn awarded_contracts<'a>(exec: impl Into<Exec<'a>>, opportunity_id: i64) -> Result<Vec<ContractPart>> {
    let sql = format!(
        "{CONTRACT_PART} JOIN applications a ON a.id = m.application_id
         WHERE a.opportunity_id = $1 AND a.status = 'awarded' ORDER BY k.id"
    );
    Ok(
        exec!(exec, c => sqlx::query_as::<_, ContractPart>(sqlx::AssertSqlSafe(sql.as_str())).bind(opportunity_id).fetch_all(c).await)?,
    )
}

/// A contract booked directly from the pool (None for one awarded on an opportunity).
pub async fn booked_contract<'a>(exec: impl Into<Exec<'a>>, contract_id: i64) -> Result<Option<ContractPart>> {
    let sql = format!("{CONTRACT_PART} WHERE k.id = $1 AND k.booking_id IS NOT NULL");
    Ok(
        exec!(exec, c => sqlx::query_as::<_, ContractPart>(sqlx::AssertSqlSafe(sql.as_str())).bind(contract_id).fetch_optional(c).await)?,
    )
}

/// The agreed versions of these contracts, oldest first.
pub async fn agreed_terms<'a>(exec: impl Into<Exec<'a>>, contract_ids: &[i64]) -> Result<Vec<TermsPart>> {
    if contract_ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut b = SqlBuilder::default();
    b.push(
        "SELECT v.id, v.contract_id, v.version, v.value_cap_pence, v.hours_cap_minutes, v.rate_pence, v.start_date,
                v.end_date, v.answered_at, l.name AS legal_basis
         FROM contract_versions v JOIN legal_bases l ON l.id = v.legal_basis_id
         WHERE (v.version = 1 OR v.status = 'accepted') AND v.contract_id IN (",
    );
    b.push_ids(contract_ids.iter().copied());
    b.push(") ORDER BY v.contract_id, v.version");
    Ok(
        exec!(exec, c => bind_all!(sqlx::query_as::<_, TermsPart>(sqlx::AssertSqlSafe(b.sql.as_str())), &b.binds).fetch_all(c).await)?,
    )
}
