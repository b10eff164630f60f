//! Applications for opportunities: the evidence per criterion, the practitioners offered,
//! the manager's decision, and the buyer's scores, shortlist, notes and feedback.

use crate::backend::exec;
use crate::sql::{bind_all, SqlBuilder};
use crate::{Exec, Result, Tx};
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

pub struct NewApplication<'s> {
    pub opportunity_id: i64,
    pub org_id: i64,
    pub applicant_id: i64,
    pub team: bool,
    pub rate_pence: i64,
    pub earliest_start: NaiveDate,
    pub evidence: &'s [(i64, String)],
    /// Profile id and minutes for each practitioner offered.
    pub members: &'s [(i64, i64)],
}

/// Sends an application, or sends again one that was edited or withdrawn (it goes back to
/// the manager). Replaces its evidence and members. Returns its id.
pub async fn submit(tx: &mut Tx, a: &NewApplication<'_>, now: DateTime<Utc>) -> Result<i64> {
    let existing = exec!(&mut *tx, c => sqlx::query_scalar::<_, i64>(
        "SELECT id FROM applications WHERE opportunity_id = $1 AND applicant_id = $2")
        .bind(a.opportunity_id).bind(a.applicant_id).fetch_optional(c).await)?;
    let id = match existing {
        Some(id) => {
            exec!(&mut *tx, c => sqlx::query(
                "UPDATE applications SET org_id = $1, team = $2, status = 'submitted', rate_pence = $3,
                     earliest_start = $4, submitted_at = $5, decided_at = NULL, decided_by = NULL,
                     decline_reason = NULL WHERE id = $6")
                .bind(a.org_id).bind(a.team).bind(a.rate_pence).bind(a.earliest_start).bind(now).bind(id)
                .execute(c).await.map(|r| r.rows_affected()))?;
            exec!(&mut *tx, c => sqlx::query("DELETE FROM application_evidence WHERE application_id = $1")
                .bind(id).execute(c).await.map(|r| r.rows_affected()))?;
            exec!(&mut *tx, c => sqlx::query("DELETE FROM application_members WHERE application_id = $1")
                .bind(id).execute(c).await.map(|r| r.rows_affected()))?;
            id
        }
        None => exec!(&mut *tx, c => sqlx::query_scalar::<_, i64>(
            "INSERT INTO applications (opportunity_id, org_id, applicant_id, team, status, rate_pence,
                 earliest_start, submitted_at)
             VALUES ($1, $2, $3, $4, 'submitted', $5, $6, $7) RETURNING id")
            .bind(a.opportunity_id).bind(a.org_id).bind(a.applicant_id).bind(a.team).bind(a.rate_pence)
            .bind(a.earliest_start).bind(now).fetch_one(c).await)?,
    };
    for (criterion, text) in a.evidence {
        exec!(&mut *tx, c => sqlx::query(
            "INSERT INTO application_evidence (application_id, criterion_id, evidence) VALUES ($1, $2, $3)")
            .bind(id).bind(*criterion).bind(text.as_str()).execute(c).await.map(|r| r.rows_affected()))?;
    }
    for (profile, minutes) in a.members {
        exec!(&mut *tx, c => sqlx::query(
            "INSERT INTO application_members (application_id, profile_id, minutes) VALUES ($1, $2, $3)")
            .bind(id).bind(*profile).bind(*minutes).execute(c).await.map(|r| r.rows_affected()))?;
    }
    Ok(id)
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Application {
    pub id: i64,
    pub opportunity_id: i64,
    pub opportunity_title: String,
    pub opportunity_org_id: i64,
    pub opportunity_org_name: String,
    #[sqlx(try_from = "String")]
    pub opportunity_status: domain::opportunities::Status,
    pub org_id: i64,
    pub org_name: String,
    pub applicant_id: i64,
    pub applicant_name: String,
    pub team: bool,
    #[sqlx(try_from = "String")]
    pub status: domain::opportunities::ApplicationStatus,
    pub rate_pence: i64,
    pub earliest_start: NaiveDate,
    pub submitted_at: DateTime<Utc>,
    pub decided_at: Option<DateTime<Utc>>,
    pub decided_by: Option<i64>,
    pub decided_by_name: Option<String>,
    pub decline_reason: Option<String>,
    pub shortlisted: bool,
    pub cultural_score: Option<i64>,
    pub notes: Option<String>,
    pub feedback: Option<String>,
    pub minutes: i64,
}

const SELECT: &str = "SELECT a.id, a.opportunity_id, o.title AS opportunity_title, o.org_id AS opportunity_org_id,
        og.name AS opportunity_org_name, o.status AS opportunity_status, a.org_id, g.name AS org_name,
        a.applicant_id, u.display_name AS applicant_name, a.team, a.status, a.rate_pence, a.earliest_start,
        a.submitted_at, a.decided_at, a.decided_by, d.display_name AS decided_by_name, a.decline_reason, a.shortlisted,
        a.cultural_score, a.notes, a.feedback,
        CAST(COALESCE((SELECT SUM(m.minutes) FROM application_members m WHERE m.application_id = a.id), 0) AS BIGINT) AS minutes
    FROM applications a
    JOIN opportunities o ON o.id = a.opportunity_id
    JOIN organisations og ON og.id = o.org_id
    JOIN organisations g ON g.id = a.org_id
    JOIN users u ON u.id = a.applicant_id
    LEFT JOIN users d ON d.id = a.decided_by";

pub async fn find<'a>(exec: impl Into<Exec<'a>>, id: i64) -> Result<Option<Application>> {
    Ok(
        exec!(exec, c => sqlx::query_as::<_, Application>(sqlx::AssertSqlSafe(format!("{SELECT} WHERE a.id = $1")))
        .bind(id).fetch_optional(c).await)?,
    )
}

pub async fn find_by_applicant<'a>(
    exec: impl Into<Exec<'a>>,
    opportunity_id: i64,
    applicant_id: i64,
) -> Result<Option<Application>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, Application>(
        sqlx::AssertSqlSafe(format!("{SELECT} WHERE a.opportunity_id = $1 AND a.applicant_id = $2")))
        .bind(opportunity_id).bind(applicant_id).fetch_optional(c).await)?)
}

/// Whose applications a list shows.
#[derive(Debug, Clone, Copy)]
pub enum Scope {
    /// One opportunity's applications the buyer may see: approved and beyond.
    ForBuyer(i64),
    /// Every application to one opportunity, whatever its status (for telling people).
    AllFor(i64),
    /// A council's applications (for its managers).
    Council(i64),
    /// One person's applications.
    Applicant(i64),
}

pub async fn list<'a>(exec: impl Into<Exec<'a>>, scope: Scope) -> Result<Vec<Application>> {
    let (filter, id) = match scope {
        Scope::ForBuyer(o) => (
            "a.opportunity_id = $1 AND a.status IN ('approved', 'awarded', 'unsuccessful')",
            o,
        ),
        Scope::AllFor(o) => ("a.opportunity_id = $1", o),
        Scope::Council(org) => ("a.org_id = $1", org),
        Scope::Applicant(user) => ("a.applicant_id = $1", user),
    };
    let sql = format!("{SELECT} WHERE {filter} ORDER BY a.id DESC LIMIT 500");
    Ok(
        exec!(exec, c => sqlx::query_as::<_, Application>(sqlx::AssertSqlSafe(sql.as_str())).bind(id).fetch_all(c).await)?,
    )
}

/// A status change, made only from one of `from`. Returns false when it was not.
pub async fn transition(
    tx: &mut Tx,
    id: i64,
    from: &[&str],
    to: &str,
    by: Option<i64>,
    reason: Option<&str>,
    now: DateTime<Utc>,
) -> Result<bool> {
    let list = from.iter().map(|s| format!("'{s}'")).collect::<Vec<_>>().join(", ");
    debug_assert!(from
        .iter()
        .all(|s| s.chars().all(|c| c.is_ascii_lowercase() || c == '_')));
    let manager_step = matches!(to, "approved" | "declined");
    let sql = format!(
        "UPDATE applications SET status = $1,
             decided_at = CASE WHEN $2 THEN $3 ELSE decided_at END,
             decided_by = CASE WHEN $2 THEN $4 ELSE decided_by END,
             decline_reason = CASE WHEN $2 THEN $5 ELSE decline_reason END
         WHERE id = $6 AND status IN ({list})"
    );
    let n = exec!(&mut *tx, c => sqlx::query(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(to).bind(manager_step).bind(now).bind(by).bind(reason).bind(id)
        .execute(c).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Every approved application of an opportunity becomes `to` (the outcome for those not
/// awarded). Returns their ids.
pub async fn settle_remaining(tx: &mut Tx, opportunity_id: i64, to: &str) -> Result<Vec<i64>> {
    let ids = exec!(&mut *tx, c => sqlx::query_scalar::<_, i64>(
        "SELECT id FROM applications WHERE opportunity_id = $1 AND status = 'approved' ORDER BY id")
        .bind(opportunity_id).fetch_all(c).await)?;
    exec!(&mut *tx, c => sqlx::query(
        "UPDATE applications SET status = $1 WHERE opportunity_id = $2 AND status = 'approved'")
        .bind(to).bind(opportunity_id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(ids)
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Evidence {
    pub criterion_id: i64,
    pub evidence: String,
    pub score: Option<i64>,
}

pub async fn evidence<'a>(exec: impl Into<Exec<'a>>, id: i64) -> Result<Vec<Evidence>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, Evidence>(
        "SELECT criterion_id, evidence, score FROM application_evidence WHERE application_id = $1")
        .bind(id).fetch_all(c).await)?)
}

/// Scores for one opportunity's applications: (application, criterion, score).
pub async fn scores_for<'a>(exec: impl Into<Exec<'a>>, opportunity_id: i64) -> Result<Vec<(i64, i64, Option<i64>)>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, (i64, i64, Option<i64>)>(
        "SELECT e.application_id, e.criterion_id, e.score FROM application_evidence e
         JOIN applications a ON a.id = e.application_id WHERE a.opportunity_id = $1")
        .bind(opportunity_id).fetch_all(c).await)?)
}

/// Records the buyer's scores (a criterion with no evidence is recorded as evidence-less,
/// so that it can carry a score of 0), cultural fit, notes and shortlisting.
pub async fn record_evaluation(
    tx: &mut Tx,
    id: i64,
    scores: &[(i64, Option<i64>)],
    cultural: Option<i64>,
    notes: Option<&str>,
    shortlisted: bool,
) -> Result<()> {
    for (criterion, score) in scores {
        let n = exec!(&mut *tx, c => sqlx::query(
            "UPDATE application_evidence SET score = $1 WHERE application_id = $2 AND criterion_id = $3")
            .bind(*score).bind(id).bind(*criterion).execute(c).await.map(|r| r.rows_affected()))?;
        if n == 0 {
            exec!(&mut *tx, c => sqlx::query(
                "INSERT INTO application_evidence (application_id, criterion_id, evidence, score) VALUES ($1, $2, '', $3)")
                .bind(id).bind(*criterion).bind(*score).execute(c).await.map(|r| r.rows_affected()))?;
        }
    }
    exec!(&mut *tx, c => sqlx::query(
        "UPDATE applications SET cultural_score = $1, notes = $2, shortlisted = $3 WHERE id = $4")
        .bind(cultural).bind(notes).bind(shortlisted).bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(())
}

pub async fn set_feedback(tx: &mut Tx, id: i64, feedback: Option<&str>) -> Result<()> {
    exec!(&mut *tx, c => sqlx::query("UPDATE applications SET feedback = $1 WHERE id = $2")
        .bind(feedback).bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(())
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Member {
    pub profile_id: i64,
    pub user_id: i64,
    pub display_name: String,
    pub minutes: i64,
    pub contract_id: Option<i64>,
}

pub async fn members<'a>(exec: impl Into<Exec<'a>>, id: i64) -> Result<Vec<Member>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, Member>(
        "SELECT m.profile_id, p.user_id, p.display_name, m.minutes, m.contract_id FROM application_members m
         JOIN profiles p ON p.id = m.profile_id WHERE m.application_id = $1 ORDER BY p.display_name")
        .bind(id).fetch_all(c).await)?)
}

pub async fn link_contract(tx: &mut Tx, id: i64, profile_id: i64, contract_id: i64) -> Result<()> {
    exec!(&mut *tx, c => sqlx::query(
        "UPDATE application_members SET contract_id = $1 WHERE application_id = $2 AND profile_id = $3")
        .bind(contract_id).bind(id).bind(profile_id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// The published outcome of an awarded opportunity: who supplies, the value and the start.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Award {
    pub application_id: i64,
    pub org_name: String,
    pub value_pence: i64,
    pub start_date: NaiveDate,
}

pub async fn awards<'a>(exec: impl Into<Exec<'a>>, opportunity_id: i64) -> Result<Vec<Award>> {
    Ok(awards_of(exec, &[opportunity_id])
        .await?
        .into_iter()
        .map(|a| a.award)
        .collect())
}

/// An award with the opportunity it was made on.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AwardOn {
    pub opportunity_id: i64,
    #[sqlx(flatten)]
    pub award: Award,
}

/// The awards made on each of `opportunity_ids` (a page of a list), in one statement.
pub async fn awards_of<'a>(exec: impl Into<Exec<'a>>, opportunity_ids: &[i64]) -> Result<Vec<AwardOn>> {
    if opportunity_ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut b = SqlBuilder::default();
    b.push(
        "SELECT a.opportunity_id, a.id AS application_id, g.name AS org_name,
             CAST(COALESCE(SUM(v.value_cap_pence), 0) AS BIGINT) AS value_pence, MIN(v.start_date) AS start_date
         FROM applications a
         JOIN organisations g ON g.id = a.org_id
         JOIN application_members m ON m.application_id = a.id
         JOIN contracts k ON k.id = m.contract_id
         JOIN contract_versions v ON v.contract_id = k.id AND v.version = 1
         WHERE a.status = 'awarded' AND a.opportunity_id IN (",
    );
    b.push_ids(opportunity_ids.iter().copied());
    b.push(") GROUP BY a.opportunity_id, a.id, g.name ORDER BY a.opportunity_id, a.id");
    Ok(
        exec!(exec, c => bind_all!(sqlx::query_as::<_, AwardOn>(sqlx::AssertSqlSafe(b.sql.as_str())), &b.binds).fetch_all(c).await)?,
    )
}

/// An application still in play, with what its withdrawal depends on.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct InPlay {
    pub id: i64,
    pub opportunity_id: i64,
    pub opportunity_title: Option<String>,
    /// `live` (the buyer sees nothing yet) or `closed` (being evaluated).
    pub opportunity_status: String,
    pub buyer_id: i64,
}

/// A person's applications for a council that are submitted or approved on opportunities
/// still open or being evaluated.
pub async fn in_play_by<'a>(exec: impl Into<Exec<'a>>, applicant_id: i64, org_id: i64) -> Result<Vec<InPlay>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, InPlay>(
        "SELECT a.id, a.opportunity_id, o.title AS opportunity_title, o.status AS opportunity_status,
                o.created_by AS buyer_id
         FROM applications a JOIN opportunities o ON o.id = a.opportunity_id
         WHERE a.applicant_id = $1 AND a.org_id = $2 AND a.status IN ('submitted', 'approved')
           AND o.status IN ('live', 'closed')
         ORDER BY a.id")
        .bind(applicant_id).bind(org_id).fetch_all(c).await)?)
}

/// The applications on an opportunity still waiting for its outcome (submitted or
/// approved), as (application, applicant): whom to tell when it is hidden or shown again.
pub async fn waiting_on<'a>(exec: impl Into<Exec<'a>>, opportunity_id: i64) -> Result<Vec<(i64, i64)>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, (i64, i64)>(
        "SELECT id, applicant_id FROM applications
         WHERE opportunity_id = $1 AND status IN ('submitted', 'approved') ORDER BY id")
        .bind(opportunity_id).fetch_all(c).await)?)
}
