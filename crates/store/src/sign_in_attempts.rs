//! Sign-in attempts, kept in the database so throttling holds across instances. An attempt
//! is counted as failed before its password is checked, and marked as succeeded after, so
//! that concurrent guesses cannot all slip in before any is counted.

use crate::backend::exec;
use crate::{Exec, Result, Tx};
use chrono::{DateTime, Utc};
use domain::throttle::Failures;

/// Makes the caller's transaction the only one counting attempts on `email` until it ends.
/// SQLite transactions already take the one write lock at BEGIN (`Db::begin`); PostgreSQL
/// takes an advisory lock on the address.
pub async fn lock_account(tx: &mut Tx, email: &str) -> Result<()> {
    if let Tx::Postgres(tx) = tx {
        sqlx::query("SELECT pg_advisory_xact_lock(hashtextextended($1, 7))")
            .bind(email)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

/// Records an attempt, as failed until `mark_succeeded` says otherwise; returns its id.
pub async fn record<'a>(
    exec: impl Into<Exec<'a>>,
    email: &str,
    client_ip: &str,
    succeeded: bool,
    now: DateTime<Utc>,
) -> Result<i64> {
    let id = exec!(exec, c => sqlx::query_scalar::<_, i64>(
        "INSERT INTO sign_in_attempts (email, client_ip, attempted_at, succeeded) VALUES ($1, $2, $3, $4)
         RETURNING id")
        .bind(email).bind(client_ip).bind(now).bind(succeeded).fetch_one(c).await)?;
    Ok(id)
}

/// The password matched: the attempt no longer counts as a failure.
pub async fn mark_succeeded<'a>(exec: impl Into<Exec<'a>>, id: i64) -> Result<()> {
    exec!(exec, c => sqlx::query("UPDATE sign_in_attempts SET succeeded = TRUE WHERE id = $1")
        .bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct FailureRow {
    count: i64,
    latest: Option<DateTime<Utc>>,
}

fn failures(row: FailureRow) -> Failures {
    Failures {
        count: u32::try_from(row.count).unwrap_or(u32::MAX),
        latest: row.latest,
    }
}

/// Failures for the account since `since`, not counting any before its last success.
pub async fn account_failures<'a>(exec: impl Into<Exec<'a>>, email: &str, since: DateTime<Utc>) -> Result<Failures> {
    let row = exec!(exec, c => sqlx::query_as::<_, FailureRow>(
        "SELECT COUNT(*) AS count, MAX(attempted_at) AS latest FROM sign_in_attempts
         WHERE email = $1 AND NOT succeeded AND attempted_at > $2
           AND attempted_at > COALESCE((SELECT MAX(attempted_at) FROM sign_in_attempts WHERE email = $1 AND succeeded), $2)")
        .bind(email).bind(since).fetch_one(c).await)?;
    Ok(failures(row))
}

/// Failures from the client address since `since`, across all accounts.
pub async fn address_failures<'a>(
    exec: impl Into<Exec<'a>>,
    client_ip: &str,
    since: DateTime<Utc>,
) -> Result<Failures> {
    let row = exec!(exec, c => sqlx::query_as::<_, FailureRow>(
        "SELECT COUNT(*) AS count, MAX(attempted_at) AS latest FROM sign_in_attempts
         WHERE client_ip = $1 AND NOT succeeded AND attempted_at > $2")
        .bind(client_ip).bind(since).fetch_one(c).await)?;
    Ok(failures(row))
}

/// Forgets attempts older than `before` (the privacy notice promises 90 days).
pub async fn delete_older_than<'a>(exec: impl Into<Exec<'a>>, before: DateTime<Utc>) -> Result<u64> {
    Ok(
        exec!(exec, c => sqlx::query("DELETE FROM sign_in_attempts WHERE attempted_at < $1")
        .bind(before)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?,
    )
}
