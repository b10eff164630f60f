//! What the sector statistics are counted from (domain::statistics): each figure a count
//! or sum over an index range of one quarter, so the page costs a few statements per
//! quarter whatever the platform holds.

use crate::backend::exec;
use crate::{Db, Result};
use chrono::{DateTime, Utc};

/// When each council's first member joined (councils with none are left out).
pub async fn councils_joined(db: &Db) -> Result<Vec<DateTime<Utc>>> {
    Ok(exec!(db, c => sqlx::query_scalar::<_, Option<DateTime<Utc>>>(
        "SELECT (SELECT MIN(m.created_at) FROM memberships m WHERE m.org_id = o.id) FROM organisations o")
        .fetch_all(c).await)?
    .into_iter()
    .flatten()
    .collect())
}

/// Profiles listed now that were first listed before `end`.
pub async fn listed_before(db: &Db, end: DateTime<Utc>) -> Result<i64> {
    Ok(exec!(db, c => sqlx::query_scalar::<_, i64>(
        "SELECT CAST(COUNT(*) AS BIGINT) FROM profiles WHERE status = 'listed' AND listed_at < $1")
        .bind(end).fetch_one(c).await)?)
}

/// Contracts signed from `start` to before `end`, and the hours agreed in them (their
/// current caps), in minutes.
pub async fn contracted(db: &Db, start: DateTime<Utc>, end: DateTime<Utc>) -> Result<(i64, i64)> {
    Ok(exec!(db, c => sqlx::query_as::<_, (i64, i64)>(
        "SELECT CAST(COUNT(*) AS BIGINT), CAST(COALESCE(SUM(v.hours_cap_minutes), 0) AS BIGINT)
         FROM contracts k JOIN contract_versions v ON v.contract_id = k.id AND v.version = k.current_version
         WHERE k.activated_at IS NOT NULL AND k.activated_at >= $1 AND k.activated_at < $2")
        .bind(start).bind(end).fetch_one(c).await)?)
}

/// Approved time worked in the months from `first` to `last` (`YYYY-MM`), in minutes,
/// and the value of the part settled in money.
pub async fn worked(db: &Db, first: &str, last: &str) -> Result<(i64, i64)> {
    Ok(exec!(db, c => sqlx::query_as::<_, (i64, i64)>(
        "SELECT CAST(COALESCE(SUM(minutes), 0) AS BIGINT),
             CAST(COALESCE(SUM(CASE WHEN settlement = 'money' THEN value_pence ELSE 0 END), 0) AS BIGINT)
         FROM lending_monthly WHERE month BETWEEN $1 AND $2")
        .bind(first).bind(last).fetch_one(c).await)?)
}

/// Opportunities published from `start` to before `end` (withdrawn ones left out).
pub async fn published(db: &Db, start: DateTime<Utc>, end: DateTime<Utc>) -> Result<i64> {
    Ok(exec!(db, c => sqlx::query_scalar::<_, i64>(
        "SELECT CAST(COUNT(*) AS BIGINT) FROM opportunities
         WHERE published_at IS NOT NULL AND published_at >= $1 AND published_at < $2 AND status <> 'withdrawn'")
        .bind(start).bind(end).fetch_one(c).await)?)
}

/// Seconds from publication to award of each opportunity awarded from `start` to before
/// `end`.
pub async fn awarded(db: &Db, start: DateTime<Utc>, end: DateTime<Utc>) -> Result<Vec<i64>> {
    let rows = exec!(db, c => sqlx::query_as::<_, (DateTime<Utc>, DateTime<Utc>)>(
        "SELECT published_at, outcome_at FROM opportunities
         WHERE status = 'awarded' AND outcome_at >= $1 AND outcome_at < $2 AND published_at IS NOT NULL")
        .bind(start).bind(end).fetch_all(c).await)?;
    Ok(rows
        .into_iter()
        .map(|(published, awarded)| (awarded - published).num_seconds().max(0))
        .collect())
}
