//! People with an account.

use crate::backend::exec;
use crate::{Exec, Result};
use chrono::{DateTime, Utc};
use serde::Serialize;

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    #[serde(skip)]
    pub password_hash: Option<String>,
    pub platform_admin: bool,
    pub email_verified_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    /// The language they chose ('en' or 'cy'), if they have.
    pub language: Option<String>,
}

const COLUMNS: &str = "id, email, display_name, password_hash, platform_admin, email_verified_at, created_at, language";

pub async fn find_by_email<'a>(exec: impl Into<Exec<'a>>, email: &str) -> Result<Option<User>> {
    let sql = format!("SELECT {COLUMNS} FROM users WHERE email = $1");
    Ok(
        exec!(exec, c => sqlx::query_as::<_, User>(sqlx::AssertSqlSafe(sql.as_str())).bind(email).fetch_optional(c).await)?,
    )
}

pub async fn find_by_id<'a>(exec: impl Into<Exec<'a>>, id: i64) -> Result<Option<User>> {
    let sql = format!("SELECT {COLUMNS} FROM users WHERE id = $1");
    Ok(exec!(exec, c => sqlx::query_as::<_, User>(sqlx::AssertSqlSafe(sql.as_str())).bind(id).fetch_optional(c).await)?)
}

pub struct NewUser<'s> {
    pub email: &'s str,
    pub display_name: &'s str,
    pub password_hash: &'s str,
    pub platform_admin: bool,
}

/// Creates a person whose email address has just been verified.
pub async fn create<'a>(exec: impl Into<Exec<'a>>, user: &NewUser<'_>, now: DateTime<Utc>) -> Result<i64> {
    Ok(exec!(exec, c => sqlx::query_scalar::<_, i64>(
        "INSERT INTO users (email, display_name, password_hash, platform_admin, email_verified_at, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $5, $5) RETURNING id")
        .bind(user.email)
        .bind(user.display_name)
        .bind(user.password_hash)
        .bind(user.platform_admin)
        .bind(now)
        .fetch_one(c)
        .await)?)
}

/// Creates a person their council's sign-in provider vouched for: no password here.
pub async fn create_without_password<'a>(
    exec: impl Into<Exec<'a>>,
    email: &str,
    display_name: &str,
    now: DateTime<Utc>,
) -> Result<i64> {
    Ok(exec!(exec, c => sqlx::query_scalar::<_, i64>(
        "INSERT INTO users (email, display_name, platform_admin, email_verified_at, created_at, updated_at)
         VALUES ($1, $2, FALSE, $3, $3, $3) RETURNING id")
        .bind(email).bind(display_name).bind(now).fetch_one(c).await)?)
}

pub async fn set_password<'a>(exec: impl Into<Exec<'a>>, user_id: i64, hash: &str, now: DateTime<Utc>) -> Result<()> {
    exec!(exec, c => sqlx::query("UPDATE users SET password_hash = $1, updated_at = $2 WHERE id = $3")
        .bind(hash)
        .bind(now)
        .bind(user_id)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Records the language a person chose for pages and emails ('en' or 'cy').
pub async fn set_language<'a>(
    exec: impl Into<Exec<'a>>,
    user_id: i64,
    language: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    exec!(exec, c => sqlx::query("UPDATE users SET language = $1, updated_at = $2 WHERE id = $3")
        .bind(language)
        .bind(now)
        .bind(user_id)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

/// What decides the language of a person's emails: the language they chose, if any, and
/// whether they belong to a council in Wales.
pub async fn email_language<'a>(exec: impl Into<Exec<'a>>, user_id: i64) -> Result<(Option<String>, bool)> {
    let found = exec!(exec, c => sqlx::query_as::<_, (Option<String>, bool)>(
        "SELECT u.language, EXISTS (SELECT 1 FROM memberships m JOIN organisations o ON o.id = m.org_id
                                    WHERE m.user_id = u.id AND o.nation = $2)
         FROM users u WHERE u.id = $1")
        .bind(user_id).bind(domain::language::WALES).fetch_optional(c).await)?;
    Ok(found.unwrap_or((None, false)))
}
