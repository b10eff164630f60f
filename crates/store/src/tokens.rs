//! One-time links sent by email: verifying a new address, resetting a password. Only the
//! SHA-256 of each token is stored.

use crate::backend::exec;
use crate::{Exec, Result};
use chrono::{DateTime, Utc};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    SignUp,
    ResetPassword,
}

impl Purpose {
    fn as_str(self) -> &'static str {
        match self {
            Purpose::SignUp => "sign_up",
            Purpose::ResetPassword => "reset_password",
        }
    }
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct EmailToken {
    pub token_hash: String,
    pub email: String,
    pub display_name: Option<String>,
    pub org_id: Option<i64>,
    pub grant_council_admin: bool,
    pub expires_at: DateTime<Utc>,
}

pub struct NewToken<'s> {
    pub token_hash: &'s str,
    pub purpose: Purpose,
    pub email: &'s str,
    pub display_name: Option<&'s str>,
    pub org_id: Option<i64>,
    pub grant_council_admin: bool,
    pub expires_at: DateTime<Utc>,
}

pub async fn create<'a>(exec: impl Into<Exec<'a>>, t: &NewToken<'_>, now: DateTime<Utc>) -> Result<()> {
    exec!(exec, c => sqlx::query(
        "INSERT INTO email_tokens (token_hash, purpose, email, display_name, org_id, grant_council_admin, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)")
        .bind(t.token_hash).bind(t.purpose.as_str()).bind(t.email).bind(t.display_name)
        .bind(t.org_id).bind(t.grant_council_admin).bind(now).bind(t.expires_at)
        .execute(c).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// The unused, unexpired token with this hash and purpose.
pub async fn find_usable<'a>(
    exec: impl Into<Exec<'a>>,
    token_hash: &str,
    purpose: Purpose,
    now: DateTime<Utc>,
) -> Result<Option<EmailToken>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, EmailToken>(
        "SELECT token_hash, email, display_name, org_id, grant_council_admin, expires_at FROM email_tokens
         WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3")
        .bind(token_hash).bind(purpose.as_str()).bind(now).fetch_optional(c).await)?)
}

/// Marks the token used. Returns false when it was already used (someone else won a race).
pub async fn consume<'a>(exec: impl Into<Exec<'a>>, token_hash: &str, now: DateTime<Utc>) -> Result<bool> {
    let done = exec!(exec, c => sqlx::query("UPDATE email_tokens SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL")
        .bind(now).bind(token_hash).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(done == 1)
}

/// Removes links that expired before `before`; they can never be used again.
pub async fn delete_expired<'a>(exec: impl Into<Exec<'a>>, before: DateTime<Utc>) -> Result<u64> {
    Ok(
        exec!(exec, c => sqlx::query("DELETE FROM email_tokens WHERE expires_at < $1")
        .bind(before)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?,
    )
}
