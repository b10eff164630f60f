//! People's iCalendar feeds of their meetings: one secret address each, kept as a hash.

use crate::backend::exec;
use crate::{Exec, Result, Tx};
use chrono::{DateTime, Utc};

/// Gives a person a feed with this secret's hash, replacing (and so revoking) any other.
pub async fn set(tx: &mut Tx, user_id: i64, token_hash: &str, now: DateTime<Utc>) -> Result<()> {
    exec!(&mut *tx, q => sqlx::query(
        "INSERT INTO calendar_feeds (user_id, token_hash, created_at) VALUES ($1, $2, $3)
         ON CONFLICT (user_id) DO UPDATE SET token_hash = $2, created_at = $3")
        .bind(user_id).bind(token_hash).bind(now)
        .execute(q).await.map(|_| ()))?;
    Ok(())
}

/// Turns a person's feed off; false when they had none.
pub async fn remove(tx: &mut Tx, user_id: i64) -> Result<bool> {
    let n = exec!(&mut *tx, q => sqlx::query("DELETE FROM calendar_feeds WHERE user_id = $1")
        .bind(user_id).execute(q).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Whose feed has this secret's hash.
pub async fn owner<'a>(exec: impl Into<Exec<'a>>, token_hash: &str) -> Result<Option<i64>> {
    Ok(exec!(exec, q => sqlx::query_scalar::<_, i64>(
        "SELECT user_id FROM calendar_feeds WHERE token_hash = $1")
        .bind(token_hash).fetch_optional(q).await)?)
}

/// When a person's feed was made, if they have one.
pub async fn made_at<'a>(exec: impl Into<Exec<'a>>, user_id: i64) -> Result<Option<DateTime<Utc>>> {
    Ok(exec!(exec, q => sqlx::query_scalar::<_, DateTime<Utc>>(
        "SELECT created_at FROM calendar_feeds WHERE user_id = $1")
        .bind(user_id).fetch_optional(q).await)?)
}
