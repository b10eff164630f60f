//! Server-side sessions. The cookie holds a random token; only its SHA-256 is stored, so
//! a copy of the database cannot be used to sign in.

use crate::backend::exec;
use crate::{Exec, Result};
use chrono::{DateTime, Utc};

pub struct NewSession<'s> {
    pub id_hash: &'s str,
    pub user_id: i64,
    pub expires_at: DateTime<Utc>,
    pub client_ip: Option<&'s str>,
    pub user_agent: Option<&'s str>,
}

pub async fn create<'a>(exec: impl Into<Exec<'a>>, s: &NewSession<'_>, now: DateTime<Utc>) -> Result<()> {
    exec!(exec, c => sqlx::query(
        "INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at, client_ip, user_agent)
         VALUES ($1, $2, $3, $3, $4, $5, $6)")
        .bind(s.id_hash).bind(s.user_id).bind(now).bind(s.expires_at).bind(s.client_ip).bind(s.user_agent)
        .execute(c).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// A live session with its person and their unread notifications: what every signed-in
/// request needs, in one statement.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct LiveSession {
    pub user_id: i64,
    pub last_seen_at: DateTime<Utc>,
    pub email: String,
    pub display_name: String,
    pub platform_admin: bool,
    pub unread_notifications: i64,
}

pub async fn find_live_user<'a>(
    exec: impl Into<Exec<'a>>,
    id_hash: &str,
    now: DateTime<Utc>,
) -> Result<Option<LiveSession>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, LiveSession>(
        "SELECT s.user_id, s.last_seen_at, u.email, u.display_name, u.platform_admin,
                (SELECT COUNT(*) FROM notifications n WHERE n.user_id = u.id AND n.read_at IS NULL) AS unread_notifications
         FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = $1 AND s.expires_at > $2")
        .bind(id_hash).bind(now).fetch_optional(c).await)?)
}

/// Slides the session's expiry forward. Callers throttle how often they call it.
pub async fn touch<'a>(
    exec: impl Into<Exec<'a>>,
    id_hash: &str,
    now: DateTime<Utc>,
    expires_at: DateTime<Utc>,
) -> Result<()> {
    exec!(exec, c => sqlx::query("UPDATE sessions SET last_seen_at = $1, expires_at = $2 WHERE id = $3")
        .bind(now).bind(expires_at).bind(id_hash).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(())
}

pub async fn delete<'a>(exec: impl Into<Exec<'a>>, id_hash: &str) -> Result<()> {
    exec!(exec, c => sqlx::query("DELETE FROM sessions WHERE id = $1").bind(id_hash).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// Ends every session of one person ("sign out everywhere", password reset). Returns how many.
pub async fn delete_all_for_user<'a>(exec: impl Into<Exec<'a>>, user_id: i64) -> Result<u64> {
    let done = exec!(exec, c => sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(user_id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(done)
}

pub async fn delete_expired<'a>(exec: impl Into<Exec<'a>>, now: DateTime<Utc>) -> Result<u64> {
    let done = exec!(exec, c => sqlx::query("DELETE FROM sessions WHERE expires_at <= $1").bind(now).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(done)
}
