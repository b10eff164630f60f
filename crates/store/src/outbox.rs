//! The email outbox (SPEC §4.9). A message is written in the same transaction as the
//! change that causes it, then sent by the background worker, which claims rows with a
//! lease so that several instances never send one message twice, and a crashed worker's
//! claim runs out and is taken up again.

use crate::backend::exec;
use crate::{Backend, Db, Exec, Result};
use chrono::{DateTime, Duration, Utc};
use serde::Serialize;

pub struct NewEmail<'s> {
    pub recipient: &'s str,
    pub subject: &'s str,
    pub body_text: &'s str,
    /// The body holds a one-time link: it is emptied once the message is sent (or given
    /// up), keeping the recipient, subject, state and times.
    pub one_time_link: bool,
    /// The one-click unsubscribe address (RFC 8058) of a digest or an alert.
    pub unsubscribe_url: Option<&'s str>,
}

pub async fn enqueue<'a>(exec: impl Into<Exec<'a>>, email: &NewEmail<'_>, now: DateTime<Utc>) -> Result<i64> {
    Ok(exec!(exec, c => sqlx::query_scalar::<_, i64>(
        "INSERT INTO outbox_emails (recipient, subject, body_text, status, attempts, next_attempt_at, created_at,
             one_time_link, unsubscribe_url)
         VALUES ($1, $2, $3, 'pending', 0, $4, $4, $5, $6) RETURNING id")
        .bind(email.recipient).bind(email.subject).bind(email.body_text).bind(now).bind(email.one_time_link)
        .bind(email.unsubscribe_url)
        .fetch_one(c).await)?)
}

/// What a message given up on keeps of its body: nothing if it held a one-time link, else
/// all of it, for an operator to see what failed. A sent message keeps no body at all
/// (the retention schedule).
const REDACT: &str = "body_text = CASE WHEN one_time_link THEN '' ELSE body_text END,
             redacted_at = CASE WHEN one_time_link THEN $1 ELSE redacted_at END";

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct OutboxEmail {
    pub id: i64,
    pub recipient: String,
    pub subject: String,
    pub body_text: String,
    #[sqlx(try_from = "String")]
    pub status: domain::email::OutboxStatus,
    pub attempts: i64,
    pub next_attempt_at: DateTime<Utc>,
    pub last_error: Option<String>,
    pub created_at: DateTime<Utc>,
    pub sent_at: Option<DateTime<Utc>>,
    /// When the body (which held a one-time link) was emptied.
    pub redacted_at: Option<DateTime<Utc>>,
    pub unsubscribe_url: Option<String>,
}

const COLUMNS: &str =
    "id, recipient, subject, body_text, status, attempts, next_attempt_at, last_error, created_at, sent_at, redacted_at,
     unsubscribe_url";

/// Claims up to `limit` messages that are due, for `lease`. Only the claimer may then
/// mark them sent or failed.
pub async fn claim_due(
    db: &Db,
    claim: &str,
    now: DateTime<Utc>,
    lease: Duration,
    limit: i64,
) -> Result<Vec<OutboxEmail>> {
    // PostgreSQL skips rows another instance is claiming; SQLite has one writer, so
    // the plain sub-select is already exclusive.
    let lock = match db.backend() {
        Backend::Postgres => "FOR UPDATE SKIP LOCKED",
        Backend::Sqlite => "",
    };
    let sql = format!(
        "UPDATE outbox_emails SET locked_until = $1, claim = $2
         WHERE id IN (SELECT id FROM outbox_emails
                      WHERE status = 'pending' AND next_attempt_at <= $3
                        AND (locked_until IS NULL OR locked_until <= $3)
                      ORDER BY id LIMIT $4 {lock})
         RETURNING {COLUMNS}"
    );
    let mut tx = db.begin().await?;
    let mut rows = exec!(&mut tx, c => sqlx::query_as::<_, OutboxEmail>(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(now + lease).bind(claim).bind(now).bind(limit).fetch_all(c).await)?;
    tx.commit().await?;
    rows.sort_by_key(|r| r.id);
    Ok(rows)
}

/// Marks a message sent, and empties its body: the retention schedule keeps no body once
/// sent.
pub async fn mark_sent(db: &Db, id: i64, claim: &str, now: DateTime<Utc>) -> Result<bool> {
    let mut tx = db.begin().await?;
    let done = exec!(&mut tx, c => sqlx::query(
        "UPDATE outbox_emails SET status = 'sent', sent_at = $1, attempts = attempts + 1, locked_until = NULL,
             last_error = NULL, body_text = '', redacted_at = $1
         WHERE id = $2 AND claim = $3 AND status = 'pending'")
        .bind(now).bind(id).bind(claim).execute(c).await.map(|r| r.rows_affected()))?;
    tx.commit().await?;
    Ok(done == 1)
}

/// Records a failed attempt. The message stays pending and is retried at `retry_at`,
/// or is marked failed when `retry_at` is None (too many attempts): it stays visible.
pub async fn mark_attempt_failed(
    db: &Db,
    id: i64,
    claim: &str,
    error: &str,
    retry_at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Result<()> {
    let mut tx = db.begin().await?;
    match retry_at {
        Some(retry_at) => {
            exec!(&mut tx, c => sqlx::query(
                "UPDATE outbox_emails SET attempts = attempts + 1, last_error = $1, locked_until = NULL,
                     next_attempt_at = $2
                 WHERE id = $3 AND claim = $4 AND status = 'pending'")
                .bind(error).bind(retry_at).bind(id).bind(claim).execute(c).await.map(|r| r.rows_affected()))?;
        }
        None => {
            // A message given up on has its link removed too: nobody will send it now.
            let sql = format!(
                "UPDATE outbox_emails SET status = 'failed', attempts = attempts + 1, last_error = $2,
                     locked_until = NULL, {REDACT}
                 WHERE id = $3 AND claim = $4 AND status = 'pending'"
            );
            exec!(&mut tx, c => sqlx::query(sqlx::AssertSqlSafe(sql.as_str()))
                .bind(now).bind(error).bind(id).bind(claim).execute(c).await.map(|r| r.rows_affected()))?;
        }
    }
    tx.commit().await?;
    Ok(())
}

/// Messages waiting to be sent, and those given up on, for monitoring.
#[derive(Debug, Clone, Copy, Default)]
pub struct Backlog {
    pub pending: i64,
    pub failed: i64,
}

pub async fn backlog(db: &Db) -> Result<Backlog> {
    let rows = exec!(db, c => sqlx::query_as::<_, (String, i64)>(
        "SELECT status, COUNT(*) FROM outbox_emails WHERE status IN ('pending', 'failed') GROUP BY status")
        .fetch_all(c).await)?;
    let count = |s: &str| rows.iter().find(|(status, _)| status == s).map_or(0, |(_, n)| *n);
    Ok(Backlog {
        pending: count("pending"),
        failed: count("failed"),
    })
}

/// The newest messages first, for the outbox page and for tests.
pub async fn recent<'a>(exec: impl Into<Exec<'a>>, limit: i64) -> Result<Vec<OutboxEmail>> {
    let sql = format!("SELECT {COLUMNS} FROM outbox_emails ORDER BY id DESC LIMIT $1");
    Ok(
        exec!(exec, c => sqlx::query_as::<_, OutboxEmail>(sqlx::AssertSqlSafe(sql.as_str())).bind(limit).fetch_all(c).await)?,
    )
}

/// The latest emails that could not be sent after every attempt, newest first.
pub async fn failed<'a>(exec: impl Into<Exec<'a>>, limit: i64) -> Result<Vec<OutboxEmail>> {
    let sql = format!("SELECT {COLUMNS} FROM outbox_emails WHERE status = 'failed' ORDER BY id DESC LIMIT $1");
    Ok(
        exec!(exec, c => sqlx::query_as::<_, OutboxEmail>(sqlx::AssertSqlSafe(sql.as_str())).bind(limit).fetch_all(c).await)?,
    )
}

pub async fn find<'a>(exec: impl Into<Exec<'a>>, id: i64) -> Result<Option<OutboxEmail>> {
    let sql = format!("SELECT {COLUMNS} FROM outbox_emails WHERE id = $1");
    Ok(
        exec!(exec, c => sqlx::query_as::<_, OutboxEmail>(sqlx::AssertSqlSafe(sql.as_str())).bind(id).fetch_optional(c).await)?,
    )
}
