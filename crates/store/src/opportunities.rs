//! Opportunities: drafts saved a section at a time, the published brief and its criteria,
//! invited councils, the change history and clarification questions. Status changes are
//! conditional on the status the caller saw, so the closing job, a withdrawal and two
//! awards racing each other cannot both take effect.

use crate::backend::exec;
use crate::{Exec, Result, Tx};
use chrono::{DateTime, NaiveDate, Utc};
use domain::opportunities::Brief;
use serde::Serialize;

/// A new draft, empty but for its kind.
pub async fn create(tx: &mut Tx, org_id: i64, by: i64, kind: &str, now: DateTime<Utc>) -> Result<i64> {
    let (language, stems) = crate::full_text::opportunity_words(tx.backend(), [None; 4]);
    Ok(exec!(&mut *tx, c => sqlx::query_scalar::<_, i64>(
        "INSERT INTO opportunities (org_id, created_by, status, kind, words_in, word_stems, created_at, updated_at)
         VALUES ($1, $2, 'draft', $3, $4, $5, $6, $6) RETURNING id")
        .bind(org_id).bind(by).bind(kind).bind(language.as_str()).bind(stems).bind(now).fetch_one(c).await)?)
}

/// A new draft with everything of an earlier opportunity but its timing.
pub async fn copy(tx: &mut Tx, from: i64, org_id: i64, by: i64, now: DateTime<Utc>) -> Result<i64> {
    let id = exec!(&mut *tx, c => sqlx::query_scalar::<_, i64>(
        "INSERT INTO opportunities (org_id, created_by, copied_from, status, kind, title, summary, background, work,
             role_id, band, lgsl_id, region, work_mode, arrangements, security_clearance, minutes, max_rate_pence,
             technical_weight, cultural_weight, price_weight, evaluate_count, visibility, audience,
             words_in, word_stems, created_at, updated_at)
         SELECT $1, $2, id, 'draft', kind, title, summary, background, work, role_id, band, lgsl_id, region, work_mode,
             arrangements, security_clearance, minutes, max_rate_pence, technical_weight, cultural_weight,
             price_weight, evaluate_count, visibility, audience, words_in, word_stems, $3, $3
         FROM opportunities WHERE id = $4 RETURNING id")
        .bind(org_id).bind(by).bind(now).bind(from).fetch_one(c).await)?;
    exec!(&mut *tx, c => sqlx::query(
        "INSERT INTO opportunity_criteria (opportunity_id, essential, position, body)
         SELECT $1, essential, position, body FROM opportunity_criteria WHERE opportunity_id = $2")
        .bind(id).bind(from).execute(c).await.map(|r| r.rows_affected()))?;
    exec!(&mut *tx, c => sqlx::query(
        "INSERT INTO opportunity_invites (opportunity_id, org_id)
         SELECT $1, org_id FROM opportunity_invites WHERE opportunity_id = $2")
        .bind(id).bind(from).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(id)
}

/// Writes every field of a draft's brief (criteria separately). Only while a draft.
pub async fn save_draft(tx: &mut Tx, id: i64, b: &Brief, now: DateTime<Utc>) -> Result<bool> {
    let (language, stems) = crate::full_text::opportunity_words(
        tx.backend(),
        [
            b.title.as_deref(),
            b.summary.as_deref(),
            b.background.as_deref(),
            b.work.as_deref(),
        ],
    );
    let n = exec!(&mut *tx, c => sqlx::query(
        "UPDATE opportunities SET kind = $1, title = $2, summary = $3, background = $4, work = $5, role_id = $6,
             lgsl_id = $7, region = $8, work_mode = $9, arrangements = $10, security_clearance = $11, minutes = $12,
             max_rate_pence = $13, earliest_start = $14, latest_end = $15, technical_weight = $16,
             cultural_weight = $17, price_weight = $18, evaluate_count = $19, questions_deadline = $20,
             closes_at = $21, visibility = $22, audience = $23, updated_at = $24, words_in = $26, word_stems = $27,
             band = $28
         WHERE id = $25 AND status = 'draft'")
        .bind(b.kind.map(|k| k.as_str())).bind(b.title.as_deref()).bind(b.summary.as_deref())
        .bind(b.background.as_deref()).bind(b.work.as_deref()).bind(b.role_id).bind(b.lgsl_id)
        .bind(b.region.as_deref()).bind(b.work_mode.map(|m| m.as_str())).bind(b.arrangements.as_deref())
        .bind(b.security_clearance.as_deref()).bind(b.minutes).bind(b.max_rate_pence).bind(b.earliest_start)
        .bind(b.latest_end).bind(b.technical_weight).bind(b.cultural_weight).bind(b.price_weight)
        .bind(b.evaluate_count).bind(b.questions_deadline).bind(b.closes_at).bind(b.visibility.map(|v| v.as_str()))
        .bind(b.audience.map(|a| a.as_str())).bind(now).bind(id).bind(language.as_str()).bind(stems.as_deref())
        .bind(b.band).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Replaces a draft's criteria.
pub async fn set_criteria(tx: &mut Tx, id: i64, essential: &[String], nice: &[String]) -> Result<()> {
    exec!(&mut *tx, c => sqlx::query("DELETE FROM opportunity_criteria WHERE opportunity_id = $1")
        .bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    for (is_essential, list) in [(true, essential), (false, nice)] {
        for (i, body) in list.iter().enumerate() {
            exec!(&mut *tx, c => sqlx::query(
                "INSERT INTO opportunity_criteria (opportunity_id, essential, position, body) VALUES ($1, $2, $3, $4)")
                .bind(id).bind(is_essential).bind(i as i64 + 1).bind(body.as_str()).execute(c).await.map(|r| r.rows_affected()))?;
        }
    }
    Ok(())
}

/// An opportunity as pages show it.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Opportunity {
    pub id: i64,
    pub org_id: i64,
    pub org_name: String,
    pub org_code: String,
    pub created_by: i64,
    pub copied_from: Option<i64>,
    #[sqlx(try_from = "String")]
    pub status: domain::opportunities::Status,
    pub kind: Option<String>,
    pub title: Option<String>,
    pub summary: Option<String>,
    pub background: Option<String>,
    pub work: Option<String>,
    pub role_id: Option<i64>,
    pub role_name: Option<String>,
    /// The level of the role asked for, as a DDaT band.
    pub band: Option<i64>,
    pub lgsl_id: Option<i64>,
    pub service_label: Option<String>,
    pub region: Option<String>,
    pub work_mode: Option<String>,
    pub arrangements: Option<String>,
    pub security_clearance: Option<String>,
    pub minutes: Option<i64>,
    pub max_rate_pence: Option<i64>,
    pub earliest_start: Option<NaiveDate>,
    pub latest_end: Option<NaiveDate>,
    pub technical_weight: Option<i64>,
    pub cultural_weight: Option<i64>,
    pub price_weight: Option<i64>,
    pub evaluate_count: Option<i64>,
    pub questions_deadline: Option<DateTime<Utc>>,
    pub closes_at: Option<DateTime<Utc>>,
    pub visibility: Option<String>,
    pub audience: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub published_at: Option<DateTime<Utc>>,
    pub closed_at: Option<DateTime<Utc>>,
    pub outcome_at: Option<DateTime<Utc>>,
    pub outcome_reason: Option<String>,
    /// When a platform admin hid it (domain::moderation), while hidden.
    pub hidden_at: Option<DateTime<Utc>>,
    /// Applications that were sent and not withdrawn (the public page shows the number).
    pub applications: i64,
}

const SELECT: &str = "SELECT o.id, o.org_id, g.name AS org_name, g.code AS org_code, o.created_by, o.copied_from,
        o.status, o.kind, o.title, o.summary, o.background, o.work, o.role_id, r.name AS role_name, o.band, o.lgsl_id,
        s.label AS service_label, o.region, o.work_mode, o.arrangements, o.security_clearance, o.minutes,
        o.max_rate_pence, o.earliest_start, o.latest_end, o.technical_weight, o.cultural_weight, o.price_weight,
        o.evaluate_count, o.questions_deadline, o.closes_at, o.visibility, o.audience, o.created_at, o.updated_at,
        o.published_at, o.closed_at, o.outcome_at, o.outcome_reason, o.hidden_at,
        CAST(o.applications_count AS BIGINT) AS applications
    FROM opportunities o
    JOIN organisations g ON g.id = o.org_id
    LEFT JOIN ddat_roles r ON r.id = o.role_id
    LEFT JOIN lgsl_services s ON s.id = o.lgsl_id";

pub async fn find<'a>(exec: impl Into<Exec<'a>>, id: i64) -> Result<Option<Opportunity>> {
    Ok(
        exec!(exec, c => sqlx::query_as::<_, Opportunity>(sqlx::AssertSqlSafe(format!("{SELECT} WHERE o.id = $1")))
        .bind(id).fetch_optional(c).await)?,
    )
}

impl Opportunity {
    /// The brief as the domain checks it, from the stored columns and the criteria.
    pub fn brief(&self, criteria: &[Criterion]) -> Brief {
        let list = |essential: bool| {
            criteria
                .iter()
                .filter(|c| c.essential == essential)
                .map(|c| c.body.clone())
                .collect()
        };
        Brief {
            kind: self.kind.as_deref().and_then(|k| k.parse().ok()),
            title: self.title.clone(),
            summary: self.summary.clone(),
            background: self.background.clone(),
            work: self.work.clone(),
            role_id: self.role_id,
            band: self.band,
            lgsl_id: self.lgsl_id,
            region: self.region.clone(),
            work_mode: self.work_mode.as_deref().and_then(|m| m.parse().ok()),
            arrangements: self.arrangements.clone(),
            security_clearance: self.security_clearance.clone(),
            minutes: self.minutes,
            max_rate_pence: self.max_rate_pence,
            earliest_start: self.earliest_start,
            latest_end: self.latest_end,
            essential: list(true),
            nice: list(false),
            technical_weight: self.technical_weight,
            cultural_weight: self.cultural_weight,
            price_weight: self.price_weight,
            evaluate_count: self.evaluate_count,
            questions_deadline: self.questions_deadline,
            closes_at: self.closes_at,
            visibility: self.visibility.as_deref().and_then(|v| v.parse().ok()),
            audience: self.audience.as_deref().and_then(|a| a.parse().ok()),
        }
    }
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Criterion {
    pub id: i64,
    pub essential: bool,
    pub position: i64,
    pub body: String,
}

/// Essential criteria first, each list in the order the buyer wrote it.
pub async fn criteria<'a>(exec: impl Into<Exec<'a>>, id: i64) -> Result<Vec<Criterion>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, Criterion>(
        "SELECT id, essential, position, body FROM opportunity_criteria WHERE opportunity_id = $1
         ORDER BY essential DESC, position")
        .bind(id).fetch_all(c).await)?)
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Invite {
    pub org_id: i64,
    pub name: String,
    pub code: String,
}

pub async fn invites<'a>(exec: impl Into<Exec<'a>>, id: i64) -> Result<Vec<Invite>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, Invite>(
        "SELECT i.org_id, g.name, g.code FROM opportunity_invites i JOIN organisations g ON g.id = i.org_id
         WHERE i.opportunity_id = $1 ORDER BY g.name")
        .bind(id).fetch_all(c).await)?)
}

pub async fn is_invited<'a>(exec: impl Into<Exec<'a>>, id: i64, org_id: i64) -> Result<bool> {
    Ok(exec!(exec, c => sqlx::query_scalar::<_, i64>(
        "SELECT COUNT(*) FROM opportunity_invites WHERE opportunity_id = $1 AND org_id = $2")
        .bind(id).bind(org_id).fetch_one(c).await)?
        > 0)
}

pub async fn set_invites(tx: &mut Tx, id: i64, orgs: &[i64]) -> Result<()> {
    exec!(&mut *tx, c => sqlx::query("DELETE FROM opportunity_invites WHERE opportunity_id = $1")
        .bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    for org in orgs {
        exec!(&mut *tx, c => sqlx::query("INSERT INTO opportunity_invites (opportunity_id, org_id) VALUES ($1, $2)")
            .bind(id).bind(*org).execute(c).await.map(|r| r.rows_affected()))?;
    }
    Ok(())
}

/// A status change, made only if the opportunity is still in `from`; stamps the time the
/// new status calls for. Returns false when someone else changed it first.
pub async fn transition(
    tx: &mut Tx,
    id: i64,
    from: &str,
    to: &str,
    by: Option<i64>,
    reason: Option<&str>,
    now: DateTime<Utc>,
) -> Result<bool> {
    let n = exec!(&mut *tx, c => sqlx::query(
        "UPDATE opportunities SET status = $1, updated_at = $2,
             published_at = CASE WHEN $1 = 'live' THEN $2 ELSE published_at END,
             closed_at = CASE WHEN $1 IN ('closed', 'withdrawn') THEN $2 ELSE closed_at END,
             outcome_at = CASE WHEN $1 IN ('awarded', 'unsuccessful', 'cancelled') THEN $2 ELSE outcome_at END,
             outcome_by = CASE WHEN $1 IN ('awarded', 'unsuccessful', 'cancelled', 'withdrawn') THEN $3
                 ELSE outcome_by END,
             outcome_reason = COALESCE($4, outcome_reason)
         WHERE id = $5 AND status = $6")
        .bind(to).bind(now).bind(by).bind(reason).bind(id).bind(from)
        .execute(c).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Live opportunities whose closing time has passed, oldest first.
pub async fn due_to_close<'a>(exec: impl Into<Exec<'a>>, now: DateTime<Utc>, limit: i64) -> Result<Vec<i64>> {
    Ok(exec!(exec, c => sqlx::query_scalar::<_, i64>(
        "SELECT id FROM opportunities WHERE status = 'live' AND closes_at <= $1 ORDER BY closes_at LIMIT $2")
        .bind(now).bind(limit).fetch_all(c).await)?)
}

/// Closed opportunities with no outcome since before `cutoff`, whose buyers were not reminded.
pub async fn due_reminder<'a>(exec: impl Into<Exec<'a>>, cutoff: DateTime<Utc>, limit: i64) -> Result<Vec<i64>> {
    Ok(exec!(exec, c => sqlx::query_scalar::<_, i64>(
        "SELECT id FROM opportunities WHERE status = 'closed' AND closed_at <= $1 AND reminded_at IS NULL
         ORDER BY closed_at LIMIT $2")
        .bind(cutoff).bind(limit).fetch_all(c).await)?)
}

/// Marks the reminder sent; false if another instance sent it first.
pub async fn mark_reminded(tx: &mut Tx, id: i64, now: DateTime<Utc>) -> Result<bool> {
    let n = exec!(&mut *tx, c => sqlx::query(
        "UPDATE opportunities SET reminded_at = $1 WHERE id = $2 AND reminded_at IS NULL AND status = 'closed'")
        .bind(now).bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Moves a live opportunity's closing time, only later and only while live.
pub async fn extend_closing(tx: &mut Tx, id: i64, closes_at: DateTime<Utc>, now: DateTime<Utc>) -> Result<bool> {
    let n = exec!(&mut *tx, c => sqlx::query(
        "UPDATE opportunities SET closes_at = $1, updated_at = $2 WHERE id = $3 AND status = 'live' AND closes_at < $1")
        .bind(closes_at).bind(now).bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

pub async fn correct_summary(tx: &mut Tx, id: i64, summary: &str, now: DateTime<Utc>) -> Result<bool> {
    let Some((title, background, work)) = exec!(&mut *tx, c => sqlx::query_as::<_, (Option<String>, Option<String>, Option<String>)>(
        "SELECT title, background, work FROM opportunities WHERE id = $1")
        .bind(id).fetch_optional(c).await)?
    else {
        return Ok(false);
    };
    let (language, stems) = crate::full_text::opportunity_words(
        tx.backend(),
        [title.as_deref(), Some(summary), background.as_deref(), work.as_deref()],
    );
    let n = exec!(&mut *tx, c => sqlx::query(
        "UPDATE opportunities SET summary = $1, updated_at = $2, words_in = $3, word_stems = $4
         WHERE id = $5 AND status = 'live'")
        .bind(summary).bind(now).bind(language.as_str()).bind(stems.as_deref()).bind(id)
        .execute(c).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Change {
    pub id: i64,
    #[sqlx(try_from = "String")]
    pub kind: domain::opportunities::ChangeKind,
    pub body: String,
    pub previous: Option<String>,
    pub made_at: DateTime<Utc>,
}

pub async fn add_change(
    tx: &mut Tx,
    id: i64,
    kind: &str,
    body: &str,
    previous: Option<&str>,
    by: i64,
    now: DateTime<Utc>,
) -> Result<()> {
    exec!(&mut *tx, c => sqlx::query(
        "INSERT INTO opportunity_changes (opportunity_id, kind, body, previous, made_by, made_at)
         VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(id).bind(kind).bind(body).bind(previous).bind(by).bind(now).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(())
}

pub async fn changes<'a>(exec: impl Into<Exec<'a>>, id: i64) -> Result<Vec<Change>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, Change>(
        "SELECT id, kind, body, previous, made_at FROM opportunity_changes WHERE opportunity_id = $1 ORDER BY id")
        .bind(id).fetch_all(c).await)?)
}

/// A clarification question; the asker is kept for the record but never shown.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Question {
    pub id: i64,
    #[serde(skip)]
    pub asked_by: i64,
    pub asked_at: DateTime<Utc>,
    pub question: String,
    pub answer: Option<String>,
    pub answered_at: Option<DateTime<Utc>>,
}

pub async fn ask(tx: &mut Tx, id: i64, by: i64, question: &str, now: DateTime<Utc>) -> Result<i64> {
    Ok(exec!(&mut *tx, c => sqlx::query_scalar::<_, i64>(
        "INSERT INTO opportunity_questions (opportunity_id, asked_by, asked_at, question) VALUES ($1, $2, $3, $4)
         RETURNING id")
        .bind(id).bind(by).bind(now).bind(question).fetch_one(c).await)?)
}

/// Publishes the answer to a question not yet answered; false if it was answered meanwhile.
pub async fn answer(
    tx: &mut Tx,
    opportunity_id: i64,
    question_id: i64,
    answer: &str,
    by: i64,
    now: DateTime<Utc>,
) -> Result<bool> {
    let n = exec!(&mut *tx, c => sqlx::query(
        "UPDATE opportunity_questions SET answer = $1, answered_by = $2, answered_at = $3
         WHERE id = $4 AND opportunity_id = $5 AND answer IS NULL")
        .bind(answer).bind(by).bind(now).bind(question_id).bind(opportunity_id)
        .execute(c).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Every question (for the buyer) or only the answered ones (for everyone else).
pub async fn questions<'a>(exec: impl Into<Exec<'a>>, id: i64, answered_only: bool) -> Result<Vec<Question>> {
    let filter = if answered_only { " AND answer IS NOT NULL" } else { "" };
    let sql = format!(
        "SELECT id, asked_by, asked_at, question, answer, answered_at FROM opportunity_questions
         WHERE opportunity_id = $1 AND hidden_at IS NULL{filter} ORDER BY id"
    );
    Ok(exec!(exec, c => sqlx::query_as::<_, Question>(sqlx::AssertSqlSafe(sql.as_str())).bind(id).fetch_all(c).await)?)
}

/// The people who asked questions (to tell them of changes).
pub async fn askers<'a>(exec: impl Into<Exec<'a>>, id: i64) -> Result<Vec<i64>> {
    Ok(exec!(exec, c => sqlx::query_scalar::<_, i64>(
        "SELECT DISTINCT asked_by FROM opportunity_questions WHERE opportunity_id = $1")
        .bind(id).fetch_all(c).await)?)
}

/// A council's own opportunities in every status, newest first.
pub async fn list_for_org<'a>(exec: impl Into<Exec<'a>>, org_id: i64) -> Result<Vec<Opportunity>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, Opportunity>(
        sqlx::AssertSqlSafe(format!("{SELECT} WHERE o.org_id = $1 ORDER BY o.id DESC")))
        .bind(org_id).fetch_all(c).await)?)
}

/// Live opportunities published after `since` and not hidden, oldest first (for the
/// daily digest).
pub async fn published_since<'a>(exec: impl Into<Exec<'a>>, since: DateTime<Utc>) -> Result<Vec<Opportunity>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, Opportunity>(
        sqlx::AssertSqlSafe(format!("{SELECT} WHERE o.status = 'live' AND o.hidden_at IS NULL AND o.published_at > $1
            ORDER BY o.published_at LIMIT 200")))
        .bind(since).fetch_all(c).await)?)
}

/// How many opportunities exist (for deciding whether demo opportunities are loaded).
pub async fn count<'a>(exec: impl Into<Exec<'a>>) -> Result<i64> {
    Ok(exec!(exec, c => sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM opportunities").fetch_one(c).await)?)
}
