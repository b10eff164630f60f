//! Posts waiting for peer groups' webhooks: queued in the transaction of the change they
//! announce, claimed by a worker with a lease, retried with backoff. The address is the
//! group's, read when claiming; it is never copied into a delivery.

use crate::backend::exec;
use crate::{Backend, Db, Exec, Result, Tx};
use chrono::{DateTime, Duration, Utc};

/// Queues a post of `payload` (JSON) to the group's webhook.
/// Queues a post to the group's webhook, if it has one (its address is not copied: the
/// sender reads it when it sends). Returns the post's id; None when the group has none.
pub async fn enqueue(
    tx: &mut Tx,
    group_id: i64,
    event: &str,
    payload: &str,
    now: DateTime<Utc>,
) -> Result<Option<i64>> {
    Ok(exec!(&mut *tx, q => sqlx::query_scalar::<_, i64>(
        "INSERT INTO webhook_deliveries (group_id, event, payload, next_attempt_at, created_at)
         SELECT g.id, $2, $3, $4, $4 FROM peer_groups g WHERE g.id = $1 AND g.webhook_url IS NOT NULL
         RETURNING id")
        .bind(group_id).bind(event).bind(payload).bind(now)
        .fetch_optional(q).await)?)
}

/// A post claimed for sending, with where to send it (None: the group has no webhook now).
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Due {
    pub id: i64,
    pub group_id: i64,
    pub payload: String,
    pub attempts: i64,
    pub url: Option<String>,
}

/// Claims up to `limit` posts due now for `lease`; another instance skips them meanwhile.
pub async fn claim_due(db: &Db, claim: &str, now: DateTime<Utc>, lease: Duration, limit: i64) -> Result<Vec<Due>> {
    let lock = match db.backend() {
        Backend::Postgres => "FOR UPDATE SKIP LOCKED",
        Backend::Sqlite => "",
    };
    let sql = format!(
        "UPDATE webhook_deliveries SET locked_until = $1, claim = $2
         WHERE id IN (SELECT id FROM webhook_deliveries
                      WHERE status = 'pending' AND next_attempt_at <= $3
                        AND (locked_until IS NULL OR locked_until <= $3)
                      ORDER BY id LIMIT $4 {lock})
         RETURNING id"
    );
    let mut tx = db.begin().await?;
    let ids = exec!(&mut tx, c => sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(now + lease).bind(claim).bind(now).bind(limit).fetch_all(c).await)?;
    tx.commit().await?;
    let mut due = Vec::with_capacity(ids.len());
    for id in ids {
        let row = exec!(db, c => sqlx::query_as::<_, Due>(
            "SELECT d.id, d.group_id, d.payload, CAST(d.attempts AS BIGINT) AS attempts, g.webhook_url AS url
             FROM webhook_deliveries d JOIN peer_groups g ON g.id = d.group_id WHERE d.id = $1")
            .bind(id).fetch_optional(c).await)?;
        due.extend(row);
    }
    Ok(due)
}

pub async fn mark_sent(db: &Db, id: i64, claim: &str, now: DateTime<Utc>) -> Result<bool> {
    let n = exec!(db, c => sqlx::query(
        "UPDATE webhook_deliveries SET status = 'sent', sent_at = $1, attempts = attempts + 1, locked_until = NULL,
             last_error = NULL
         WHERE id = $2 AND claim = $3 AND status = 'pending'")
        .bind(now).bind(id).bind(claim).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Records a failed attempt: retried at `retry_at`, or (None) given up and kept as failed.
pub async fn mark_attempt_failed(
    db: &Db,
    id: i64,
    claim: &str,
    error: &str,
    retry_at: Option<DateTime<Utc>>,
) -> Result<()> {
    let status = if retry_at.is_some() { "pending" } else { "failed" };
    exec!(db, c => sqlx::query(
        "UPDATE webhook_deliveries SET status = $1, attempts = attempts + 1, last_error = $2, locked_until = NULL,
             next_attempt_at = COALESCE($3, next_attempt_at)
         WHERE id = $4 AND claim = $5 AND status = 'pending'")
        .bind(status).bind(error).bind(retry_at).bind(id).bind(claim).execute(c).await.map(|_| ()))?;
    Ok(())
}

/// A post as a test or an operator sees it.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Delivery {
    pub id: i64,
    pub group_id: i64,
    pub event: String,
    pub payload: String,
    pub status: String,
    pub attempts: i64,
    pub last_error: Option<String>,
}

/// A group's latest posts, newest first.
pub async fn recent<'a>(exec: impl Into<Exec<'a>>, group_id: i64, limit: i64) -> Result<Vec<Delivery>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, Delivery>(
        "SELECT id, group_id, event, payload, status, CAST(attempts AS BIGINT) AS attempts, last_error
         FROM webhook_deliveries WHERE group_id = $1 ORDER BY id DESC LIMIT $2")
        .bind(group_id).bind(limit).fetch_all(c).await)?)
}

/// The groups that post to a webhook among those `org_id` is a member of.
pub async fn groups_of_council<'a>(exec: impl Into<Exec<'a>>, org_id: i64) -> Result<Vec<(i64, String)>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, (i64, String)>(
        "SELECT g.id, g.name FROM peer_group_councils c JOIN peer_groups g ON g.id = c.group_id
         WHERE c.org_id = $1 AND c.standing = 'member' AND g.webhook_url IS NOT NULL ORDER BY g.id")
        .bind(org_id).fetch_all(c).await)?)
}
