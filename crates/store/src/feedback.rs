//! Feedback each side of a completed contract leaves once, and what profiles show of it.

use crate::backend::exec;
use crate::{Exec, Result, Tx};
use chrono::{DateTime, Utc};
use serde::Serialize;

/// Records one side's feedback; false if that side has given it already.
pub async fn give(
    tx: &mut Tx,
    contract_id: i64,
    side: &str,
    rating: i64,
    comment: &str,
    by: i64,
    now: DateTime<Utc>,
) -> Result<bool> {
    let n = exec!(&mut *tx, c => sqlx::query(
        "INSERT INTO contract_feedback (contract_id, side, rating, comment, given_by, given_at)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (contract_id, side) DO NOTHING")
        .bind(contract_id).bind(side).bind(rating).bind(comment).bind(by).bind(now)
        .execute(c).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Feedback {
    #[sqlx(try_from = "String")]
    pub side: domain::contracts::Side,
    pub rating: i64,
    pub comment: String,
    pub given_by_name: String,
    pub given_at: DateTime<Utc>,
}

pub async fn for_contract<'a>(exec: impl Into<Exec<'a>>, contract_id: i64) -> Result<Vec<Feedback>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, Feedback>(
        "SELECT f.side, f.rating, f.comment, u.display_name AS given_by_name, f.given_at
         FROM contract_feedback f JOIN users u ON u.id = f.given_by WHERE f.contract_id = $1 ORDER BY f.side")
        .bind(contract_id).fetch_all(c).await)?)
}

/// The sum and count of the ratings buyers gave a profile's contracts.
pub async fn for_profile<'a>(exec: impl Into<Exec<'a>>, profile_id: i64) -> Result<(i64, i64)> {
    Ok(exec!(exec, c => sqlx::query_as::<_, (i64, i64)>(
        "SELECT CAST(COALESCE(SUM(f.rating), 0) AS BIGINT), CAST(COUNT(f.rating) AS BIGINT)
         FROM contract_feedback f JOIN contracts k ON k.id = f.contract_id
         WHERE k.profile_id = $1 AND f.side = 'buyer'")
        .bind(profile_id).fetch_one(c).await)?)
}
