//! One-click unsubscribe links (RFC 8058) of digests and alerts: a secret per email, kept
//! as a hash, naming whose emails of which scope it turns off.

use crate::backend::exec;
use crate::{Exec, Result};
use chrono::{DateTime, Utc};

/// Records a link's secret hash for `user_id` and `scope` (a kind, or `digest`).
pub async fn add<'a>(
    exec: impl Into<Exec<'a>>,
    token_hash: &str,
    user_id: i64,
    scope: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    exec!(exec, c => sqlx::query(
        "INSERT INTO email_unsubscribes (token_hash, user_id, scope, created_at) VALUES ($1, $2, $3, $4)")
        .bind(token_hash).bind(user_id).bind(scope).bind(now).execute(c).await.map(|_| ()))?;
    Ok(())
}

/// Whose emails, and of which scope, the link with this secret hash turns off, if it was
/// made after `since`.
pub async fn find<'a>(
    exec: impl Into<Exec<'a>>,
    token_hash: &str,
    since: DateTime<Utc>,
) -> Result<Option<(i64, String)>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, (i64, String)>(
        "SELECT user_id, scope FROM email_unsubscribes WHERE token_hash = $1 AND created_at > $2")
        .bind(token_hash).bind(since).fetch_optional(c).await)?)
}

/// Forgets links made before `before`; returns how many.
pub async fn delete_before<'a>(exec: impl Into<Exec<'a>>, before: DateTime<Utc>) -> Result<u64> {
    Ok(
        exec!(exec, c => sqlx::query("DELETE FROM email_unsubscribes WHERE created_at < $1")
        .bind(before).execute(c).await.map(|r| r.rows_affected()))?,
    )
}
