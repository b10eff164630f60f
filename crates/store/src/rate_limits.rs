//! Rate-limit counters that every instance shares: one row per bucket, subject and window,
//! incremented in one statement, so concurrent requests on any instance count once each.

use crate::backend::exec;
use crate::{Exec, Result};
use chrono::{DateTime, Utc};

/// Counts one hit and returns the window's hits so far, this one included.
pub async fn hit<'a>(
    exec: impl Into<Exec<'a>>,
    bucket: &str,
    subject: &str,
    window_start: DateTime<Utc>,
) -> Result<u64> {
    let hits = exec!(exec, c => sqlx::query_scalar::<_, i64>(
        "INSERT INTO rate_limit_hits (bucket, subject, window_start, hits) VALUES ($1, $2, $3, 1)
         ON CONFLICT (bucket, subject, window_start) DO UPDATE SET hits = rate_limit_hits.hits + 1
         RETURNING hits")
        .bind(bucket).bind(subject).bind(window_start).fetch_one(c).await)?;
    Ok(u64::try_from(hits).unwrap_or(0))
}

/// Forgets windows that started before `before` (housekeeping).
pub async fn delete_older_than<'a>(exec: impl Into<Exec<'a>>, before: DateTime<Utc>) -> Result<u64> {
    Ok(
        exec!(exec, c => sqlx::query("DELETE FROM rate_limit_hits WHERE window_start < $1")
        .bind(before).execute(c).await.map(|r| r.rows_affected()))?,
    )
}
