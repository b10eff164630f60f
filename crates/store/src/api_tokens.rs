//! Personal access tokens for the API.

use crate::backend::exec;
use crate::{Exec, Result};
use chrono::{DateTime, Utc};
use serde::Serialize;

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct ApiToken {
    pub id: i64,
    pub user_id: i64,
    pub name: String,
    pub scopes: String,
    pub created_at: DateTime<Utc>,
    pub last_used_at: Option<DateTime<Utc>>,
    pub revoked_at: Option<DateTime<Utc>>,
    pub expires_at: DateTime<Utc>,
}

const COLUMNS: &str = "id, user_id, name, scopes, created_at, last_used_at, revoked_at, expires_at";

pub struct NewToken<'s> {
    pub user_id: i64,
    pub name: &'s str,
    pub hash: &'s str,
    pub scopes: &'s str,
    pub expires_at: DateTime<Utc>,
}

pub async fn create<'a>(exec: impl Into<Exec<'a>>, new: &NewToken<'_>, now: DateTime<Utc>) -> Result<i64> {
    Ok(exec!(exec, c => sqlx::query_scalar::<_, i64>(
        "INSERT INTO api_tokens (user_id, name, token_hash, scopes, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id")
        .bind(new.user_id).bind(new.name).bind(new.hash).bind(new.scopes).bind(now).bind(new.expires_at)
        .fetch_one(c).await)?)
}

/// The live token with this hash: not revoked and not expired at `now`.
pub async fn find_live<'a>(exec: impl Into<Exec<'a>>, hash: &str, now: DateTime<Utc>) -> Result<Option<ApiToken>> {
    let sql =
        format!("SELECT {COLUMNS} FROM api_tokens WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > $2");
    Ok(
        exec!(exec, c => sqlx::query_as::<_, ApiToken>(sqlx::AssertSqlSafe(sql.as_str())).bind(hash).bind(now).fetch_optional(c).await)?,
    )
}

/// Revokes every live token of the person (password reset, "sign out everywhere").
/// Whether the token with this hash is one of `user_id`'s (live or not).
pub async fn belongs_to<'a>(exec: impl Into<Exec<'a>>, user_id: i64, hash: &str) -> Result<bool> {
    Ok(exec!(exec, c => sqlx::query_scalar::<_, i64>(
        "SELECT COUNT(*) FROM api_tokens WHERE token_hash = $1 AND user_id = $2")
        .bind(hash).bind(user_id).fetch_one(c).await)?
        > 0)
}

pub async fn revoke_all_for_user<'a>(exec: impl Into<Exec<'a>>, user_id: i64, now: DateTime<Utc>) -> Result<u64> {
    Ok(exec!(exec, c => sqlx::query(
        "UPDATE api_tokens SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL AND expires_at > $1")
        .bind(now).bind(user_id).execute(c).await.map(|r| r.rows_affected()))?)
}

pub async fn list_for_user<'a>(exec: impl Into<Exec<'a>>, user_id: i64) -> Result<Vec<ApiToken>> {
    let sql = format!("SELECT {COLUMNS} FROM api_tokens WHERE user_id = $1 ORDER BY id DESC");
    Ok(
        exec!(exec, c => sqlx::query_as::<_, ApiToken>(sqlx::AssertSqlSafe(sql.as_str())).bind(user_id).fetch_all(c).await)?,
    )
}

/// Revokes one of the person's own tokens; false if they have no such live token.
pub async fn revoke<'a>(exec: impl Into<Exec<'a>>, user_id: i64, id: i64, now: DateTime<Utc>) -> Result<bool> {
    let n = exec!(exec, c => sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND user_id = $3 AND revoked_at IS NULL")
        .bind(now).bind(id).bind(user_id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

pub async fn touch<'a>(exec: impl Into<Exec<'a>>, id: i64, now: DateTime<Utc>) -> Result<()> {
    exec!(exec, c => sqlx::query("UPDATE api_tokens SET last_used_at = $1 WHERE id = $2")
        .bind(now).bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(())
}
