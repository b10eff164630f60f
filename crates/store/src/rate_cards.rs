//! Each council's hourly rates by DDaT role level.

use crate::backend::exec;
use crate::profiles::{refresh_rates, RateScope};
use crate::{Exec, Result, Tx};
use chrono::{DateTime, Utc};
use serde::Serialize;

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Rate {
    pub level_id: i64,
    pub level_name: String,
    pub role_name: String,
    pub band: i64,
    pub rate_pence: i64,
    pub updated_at: DateTime<Utc>,
}

pub async fn list<'a>(exec: impl Into<Exec<'a>>, org_id: i64) -> Result<Vec<Rate>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, Rate>(
        "SELECT rc.level_id, l.name AS level_name, r.name AS role_name, l.band, rc.rate_pence, rc.updated_at
         FROM rate_cards rc JOIN ddat_levels l ON l.id = rc.level_id JOIN ddat_roles r ON r.id = l.role_id
         WHERE rc.org_id = $1 ORDER BY r.name, l.band, l.name")
        .bind(org_id).fetch_all(c).await)?)
}

pub async fn rate<'a>(exec: impl Into<Exec<'a>>, org_id: i64, level_id: i64) -> Result<Option<i64>> {
    Ok(
        exec!(exec, c => sqlx::query_scalar::<_, i64>("SELECT rate_pence FROM rate_cards WHERE org_id = $1 AND level_id = $2")
        .bind(org_id).bind(level_id).fetch_optional(c).await)?,
    )
}

/// Sets one rate (or removes it with None) and updates the rates buyers see.
pub async fn set(
    tx: &mut Tx,
    org_id: i64,
    level_id: i64,
    rate_pence: Option<i64>,
    by: Option<i64>,
    now: DateTime<Utc>,
) -> Result<()> {
    match rate_pence {
        Some(rate) => exec!(&mut *tx, c => sqlx::query(
            "INSERT INTO rate_cards (org_id, level_id, rate_pence, updated_at, updated_by) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (org_id, level_id) DO UPDATE SET rate_pence = $3, updated_at = $4, updated_by = $5")
            .bind(org_id).bind(level_id).bind(rate).bind(now).bind(by).execute(c).await.map(|r| r.rows_affected()))?,
        None => exec!(&mut *tx, c => sqlx::query("DELETE FROM rate_cards WHERE org_id = $1 AND level_id = $2")
            .bind(org_id).bind(level_id).execute(c).await.map(|r| r.rows_affected()))?,
    };
    refresh_rates(tx, RateScope::Council(org_id)).await
}

/// Sets a rate without recomputing profiles' rates: for loading rate cards before any
/// profile exists (generated data).
pub async fn set_without_refresh(
    tx: &mut Tx,
    org_id: i64,
    level_id: i64,
    rate_pence: i64,
    now: DateTime<Utc>,
) -> Result<()> {
    exec!(&mut *tx, c => sqlx::query(
        "INSERT INTO rate_cards (org_id, level_id, rate_pence, updated_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (org_id, level_id) DO UPDATE SET rate_pence = $3, updated_at = $4")
        .bind(org_id).bind(level_id).bind(rate_pence).bind(now).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(())
}
