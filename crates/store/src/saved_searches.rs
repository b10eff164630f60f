//! Practitioners' saved opportunity searches, and when each was last sent.

use crate::backend::exec;
use crate::{Exec, Result, Tx};
use chrono::{DateTime, Utc};
use serde::Serialize;

pub struct NewSavedSearch<'s> {
    pub user_id: i64,
    pub name: &'s str,
    pub words: &'s str,
    pub kind: Option<&'s str>,
    pub role_id: Option<i64>,
    pub lgsl_id: Option<i64>,
    pub region: Option<&'s str>,
    pub frequency: &'s str,
}

pub async fn create(tx: &mut Tx, s: &NewSavedSearch<'_>, now: DateTime<Utc>) -> Result<i64> {
    Ok(exec!(&mut *tx, c => sqlx::query_scalar::<_, i64>(
        "INSERT INTO saved_searches (user_id, name, words, kind, role_id, lgsl_id, region, frequency, created_at,
             last_sent_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id")
        .bind(s.user_id).bind(s.name).bind(s.words).bind(s.kind).bind(s.role_id).bind(s.lgsl_id).bind(s.region)
        .bind(s.frequency).bind(now).fetch_one(c).await)?)
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct SavedSearch {
    pub id: i64,
    pub user_id: i64,
    pub email: String,
    pub name: String,
    pub words: String,
    pub kind: Option<String>,
    pub role_id: Option<i64>,
    pub role_name: Option<String>,
    pub lgsl_id: Option<i64>,
    pub service_label: Option<String>,
    pub region: Option<String>,
    #[sqlx(try_from = "String")]
    pub frequency: domain::opportunities::AlertFrequency,
    pub last_sent_at: Option<DateTime<Utc>>,
}

const SELECT: &str = "SELECT s.id, s.user_id, u.email, s.name, s.words, s.kind, s.role_id, r.name AS role_name,
        s.lgsl_id, l.label AS service_label, s.region, s.frequency, s.last_sent_at
    FROM saved_searches s JOIN users u ON u.id = s.user_id
    LEFT JOIN ddat_roles r ON r.id = s.role_id LEFT JOIN lgsl_services l ON l.id = s.lgsl_id";

pub async fn of_user<'a>(exec: impl Into<Exec<'a>>, user_id: i64) -> Result<Vec<SavedSearch>> {
    Ok(
        exec!(exec, c => sqlx::query_as::<_, SavedSearch>(sqlx::AssertSqlSafe(format!("{SELECT} WHERE s.user_id = $1 ORDER BY s.id")))
        .bind(user_id).fetch_all(c).await)?,
    )
}

/// Every search sent at `frequency` (immediate ones when an opportunity is published;
/// daily ones last sent before `before`).
pub async fn due<'a>(exec: impl Into<Exec<'a>>, frequency: &str, before: DateTime<Utc>) -> Result<Vec<SavedSearch>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, SavedSearch>(
        sqlx::AssertSqlSafe(format!("{SELECT} WHERE s.frequency = $1 AND (s.last_sent_at IS NULL OR s.last_sent_at < $2) ORDER BY s.id")))
        .bind(frequency).bind(before).fetch_all(c).await)?)
}

/// Marks a search sent, if it was last sent when the caller saw it (so two instances
/// sending the daily digest send it once).
pub async fn mark_sent(tx: &mut Tx, id: i64, seen: Option<DateTime<Utc>>, now: DateTime<Utc>) -> Result<bool> {
    let n = exec!(&mut *tx, c => sqlx::query(
        "UPDATE saved_searches SET last_sent_at = $1 WHERE id = $2
             AND (last_sent_at = $3 OR (last_sent_at IS NULL AND $4))")
        .bind(now).bind(id).bind(seen).bind(seen.is_none()).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

pub async fn set_frequency(tx: &mut Tx, id: i64, user_id: i64, frequency: &str) -> Result<bool> {
    let n = exec!(&mut *tx, c => sqlx::query("UPDATE saved_searches SET frequency = $1 WHERE id = $2 AND user_id = $3")
        .bind(frequency).bind(id).bind(user_id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

pub async fn delete(tx: &mut Tx, id: i64, user_id: i64) -> Result<bool> {
    let n = exec!(&mut *tx, c => sqlx::query("DELETE FROM saved_searches WHERE id = $1 AND user_id = $2")
        .bind(id).bind(user_id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}
