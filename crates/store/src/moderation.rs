//! Moderations (domain::moderation): hiding a post, the owner's appeal and the decision,
//! and the `hidden_at` mark each kind's lists read.

use crate::backend::exec;
use crate::{Exec, Result, Tx};
use chrono::{DateTime, Utc};
use domain::moderation::{Decision, Kind, Standing};

/// What a moderation needs to know of the post: whose it is and what to call it.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Subject {
    pub org_id: Option<i64>,
    pub owner_id: Option<i64>,
    pub title: String,
    /// A profile listed in the pool.
    pub listed: bool,
}

/// The post `id` of `kind`, if it exists.
pub async fn subject<'a>(exec: impl Into<Exec<'a>>, kind: Kind, id: i64) -> Result<Option<Subject>> {
    let sql = match kind {
        Kind::Profile => {
            "SELECT org_id, user_id AS owner_id, display_name AS title, status = 'listed' AS listed
             FROM profiles WHERE id = $1"
        }
        Kind::Opportunity => {
            "SELECT org_id, created_by AS owner_id, COALESCE(title, '') AS title, FALSE AS listed
             FROM opportunities WHERE id = $1"
        }
        Kind::Question => {
            "SELECT o.org_id, q.asked_by AS owner_id, q.question AS title, FALSE AS listed
             FROM opportunity_questions q JOIN opportunities o ON o.id = q.opportunity_id WHERE q.id = $1"
        }
        Kind::Problem => "SELECT org_id, posted_by AS owner_id, title, FALSE AS listed FROM problems WHERE id = $1",
        Kind::Project => "SELECT org_id, posted_by AS owner_id, title, FALSE AS listed FROM projects WHERE id = $1",
    };
    Ok(exec!(exec, c => sqlx::query_as::<_, Subject>(sql).bind(id).fetch_optional(c).await)?)
}

/// Hides the post and records why; None when a moderation already hides it. A listed
/// profile is paused as well, so that everything reading the pool passes it by.
pub async fn hide(
    tx: &mut Tx,
    kind: Kind,
    subject_id: i64,
    subject: &Subject,
    reason: &str,
    by: i64,
    now: DateTime<Utc>,
) -> Result<Option<i64>> {
    let id = exec!(&mut *tx, c => sqlx::query_scalar::<_, i64>(
        "INSERT INTO moderations (kind, subject_id, org_id, owner_id, title, was_listed, reason, hidden_by, hidden_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING RETURNING id")
        .bind(kind.as_str()).bind(subject_id).bind(subject.org_id).bind(subject.owner_id).bind(&subject.title)
        .bind(subject.listed).bind(reason).bind(by).bind(now).fetch_optional(c).await)?;
    if id.is_none() {
        return Ok(None);
    }
    set_hidden(tx, kind, subject_id, Some(now)).await?;
    if kind == Kind::Profile && subject.listed {
        exec!(&mut *tx, c => sqlx::query(
            "UPDATE profiles SET status = 'paused', updated_at = $2 WHERE id = $1 AND status = 'listed'")
            .bind(subject_id).bind(now).execute(c).await.map(|r| r.rows_affected()))?;
    }
    Ok(id)
}

/// Shows the post again; a profile that was listed when hidden, and is still paused, is
/// listed again.
pub async fn restore(tx: &mut Tx, m: &Moderation, now: DateTime<Utc>) -> Result<()> {
    set_hidden(tx, m.kind, m.subject_id, None).await?;
    if m.kind == Kind::Profile && m.was_listed {
        exec!(&mut *tx, c => sqlx::query(
            "UPDATE profiles SET status = 'listed', updated_at = $2 WHERE id = $1 AND status = 'paused'")
            .bind(m.subject_id).bind(now).execute(c).await.map(|r| r.rows_affected()))?;
    }
    Ok(())
}

async fn set_hidden(tx: &mut Tx, kind: Kind, id: i64, at: Option<DateTime<Utc>>) -> Result<()> {
    let sql = format!("UPDATE {} SET hidden_at = $2 WHERE id = $1", kind.table());
    exec!(&mut *tx, c => sqlx::query(sqlx::AssertSqlSafe(sql.as_str())).bind(id).bind(at)
        .execute(c).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// Records the owner's appeal; false when they already appealed or it was decided.
pub async fn appeal(tx: &mut Tx, id: i64, text: &str, now: DateTime<Utc>) -> Result<bool> {
    let n = exec!(&mut *tx, c => sqlx::query(
        "UPDATE moderations SET appeal = $2, appealed_at = $3
         WHERE id = $1 AND appealed_at IS NULL AND decision IS NULL")
        .bind(id).bind(text).bind(now).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Records the decision on an appeal; false when there is none waiting.
pub async fn decide(tx: &mut Tx, id: i64, decision: Decision, note: &str, by: i64, now: DateTime<Utc>) -> Result<bool> {
    let n = exec!(&mut *tx, c => sqlx::query(
        "UPDATE moderations SET decision = $2, decision_note = $3, decided_by = $4, decided_at = $5
         WHERE id = $1 AND appealed_at IS NOT NULL AND decision IS NULL")
        .bind(id).bind(decision.as_str()).bind(note).bind(by).bind(now)
        .execute(c).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct Moderation {
    pub id: i64,
    #[sqlx(try_from = "String")]
    pub kind: Kind,
    pub subject_id: i64,
    pub org_id: Option<i64>,
    pub owner_id: Option<i64>,
    pub title: String,
    pub was_listed: bool,
    pub reason: String,
    pub hidden_at: DateTime<Utc>,
    pub appeal: Option<String>,
    pub appealed_at: Option<DateTime<Utc>>,
    pub decision: Option<String>,
    pub decision_note: Option<String>,
    pub decided_at: Option<DateTime<Utc>>,
}

impl Moderation {
    pub fn standing(&self) -> Standing {
        Standing {
            appealed: self.appealed_at.is_some(),
            decision: self.decision.as_deref().and_then(|d| d.parse().ok()),
        }
    }
}

const COLUMNS: &str = "id, kind, subject_id, org_id, owner_id, title, was_listed, reason, hidden_at, appeal,
    appealed_at, decision, decision_note, decided_at";

pub async fn find<'a>(exec: impl Into<Exec<'a>>, id: i64) -> Result<Option<Moderation>> {
    let sql = format!("SELECT {COLUMNS} FROM moderations WHERE id = $1");
    Ok(
        exec!(exec, c => sqlx::query_as::<_, Moderation>(sqlx::AssertSqlSafe(sql.as_str())).bind(id)
        .fetch_optional(c).await)?,
    )
}

/// Appeals waiting for a decision, the longest waiting first.
pub async fn appeals_waiting<'a>(exec: impl Into<Exec<'a>>, limit: i64) -> Result<Vec<Moderation>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM moderations WHERE appealed_at IS NOT NULL AND decision IS NULL
         ORDER BY appealed_at, id LIMIT $1"
    );
    Ok(
        exec!(exec, c => sqlx::query_as::<_, Moderation>(sqlx::AssertSqlSafe(sql.as_str())).bind(limit)
        .fetch_all(c).await)?,
    )
}

/// What is hidden now, newest first, older than `before` when given (keyset).
pub async fn hidden<'a>(exec: impl Into<Exec<'a>>, before: Option<i64>, limit: i64) -> Result<Vec<Moderation>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM moderations WHERE (decision IS NULL OR decision = 'upheld') AND id < $1
         ORDER BY id DESC LIMIT $2"
    );
    Ok(
        exec!(exec, c => sqlx::query_as::<_, Moderation>(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(before.unwrap_or(i64::MAX)).bind(limit).fetch_all(c).await)?,
    )
}
