//! Server-side sessions. The cookie holds a random token; only its SHA-256 is stored, so
//! a copy of the database cannot be used to sign in.

use crate::backend::exec;
use crate::{Exec, Result};
use chrono::{DateTime, Utc};
use domain::roles::Role;

pub struct NewSession<'s> {
    pub id_hash: &'s str,
    pub user_id: i64,
    pub expires_at: DateTime<Utc>,
    pub client_ip: Option<&'s str>,
    pub user_agent: Option<&'s str>,
    /// Started through the council's own sign-in provider.
    pub via_provider: bool,
}

pub async fn create<'a>(exec: impl Into<Exec<'a>>, s: &NewSession<'_>, now: DateTime<Utc>) -> Result<()> {
    exec!(exec, c => sqlx::query(
        "INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at, client_ip, user_agent, via_provider)
         VALUES ($1, $2, $3, $3, $4, $5, $6, $7)")
        .bind(s.id_hash).bind(s.user_id).bind(now).bind(s.expires_at).bind(s.client_ip).bind(s.user_agent)
        .bind(s.via_provider)
        .execute(c).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// A live session with its person, their unread notifications and the councils they belong
/// to: what every signed-in request needs, read in one statement.
#[derive(Debug, Clone)]
pub struct LiveSession {
    pub user_id: i64,
    pub created_at: DateTime<Utc>,
    pub last_seen_at: DateTime<Utc>,
    pub email: String,
    pub display_name: String,
    pub platform_admin: bool,
    pub unread_notifications: i64,
    /// Whether they have a confirmed second factor.
    pub second_factor: bool,
    /// The session started through a council's sign-in provider, which stands for a second factor.
    pub via_provider: bool,
    /// The language they chose ('en' or 'cy'), if they have.
    pub language: Option<String>,
    pub councils: Vec<NamedMembership>,
}

/// A council the person belongs to, named, with their roles there.
#[derive(Debug, Clone)]
pub struct NamedMembership {
    pub org_id: i64,
    pub code: String,
    pub name: String,
    pub roles: Vec<Role>,
    /// The council requires a second factor of its people.
    pub second_factor_required: bool,
}

/// One row per role held (or per council without roles, or one row for a person in no
/// council), each repeating the session's columns.
#[derive(sqlx::FromRow)]
struct LiveRow {
    user_id: i64,
    created_at: DateTime<Utc>,
    last_seen_at: DateTime<Utc>,
    email: String,
    display_name: String,
    platform_admin: bool,
    unread_notifications: i64,
    second_factor: bool,
    via_provider: bool,
    language: Option<String>,
    org_id: Option<i64>,
    code: Option<String>,
    name: Option<String>,
    second_factor_required: Option<bool>,
    role: Option<String>,
}

pub async fn find_live_user<'a>(
    exec: impl Into<Exec<'a>>,
    id_hash: &str,
    now: DateTime<Utc>,
) -> Result<Option<LiveSession>> {
    // MATERIALIZED: the unread count is taken once, not once per membership row.
    let rows = exec!(exec, c => sqlx::query_as::<_, LiveRow>(
        "WITH live AS MATERIALIZED (
             SELECT s.user_id, s.created_at, s.last_seen_at, u.email, u.display_name, u.platform_admin,
                 (SELECT COUNT(*) FROM notifications n WHERE n.user_id = u.id AND n.read_at IS NULL)
                     AS unread_notifications,
                 EXISTS (SELECT 1 FROM second_factors f WHERE f.user_id = u.id AND f.confirmed_at IS NOT NULL)
                     AS second_factor,
                 s.via_provider, u.language
             FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = $1 AND s.expires_at > $2)
         SELECT live.user_id, live.created_at, live.last_seen_at, live.email, live.display_name, live.platform_admin,
             live.unread_notifications, live.second_factor, live.via_provider, live.language, m.org_id, o.code, o.name,
             o.second_factor_required, r.role
         FROM live
         LEFT JOIN memberships m ON m.user_id = live.user_id
         LEFT JOIN organisations o ON o.id = m.org_id
         LEFT JOIN membership_roles r ON r.membership_id = m.id
         ORDER BY m.org_id, r.role")
        .bind(id_hash).bind(now).fetch_all(c).await)?;
    let mut rows = rows.into_iter().peekable();
    let Some(first) = rows.peek() else {
        return Ok(None);
    };
    let mut live = LiveSession {
        user_id: first.user_id,
        created_at: first.created_at,
        last_seen_at: first.last_seen_at,
        email: first.email.clone(),
        display_name: first.display_name.clone(),
        platform_admin: first.platform_admin,
        unread_notifications: first.unread_notifications,
        second_factor: first.second_factor,
        via_provider: first.via_provider,
        language: first.language.clone(),
        councils: Vec::new(),
    };
    for row in rows {
        let (Some(org_id), Some(code), Some(name)) = (row.org_id, row.code, row.name) else {
            continue;
        };
        if live.councils.last().is_none_or(|m| m.org_id != org_id) {
            live.councils.push(NamedMembership {
                org_id,
                code,
                name,
                roles: Vec::new(),
                second_factor_required: row.second_factor_required.unwrap_or(false),
            });
        }
        if let (Some(last), Some(role)) = (live.councils.last_mut(), row.role.and_then(|r| r.parse().ok())) {
            last.roles.push(role);
        }
    }
    for m in &mut live.councils {
        m.roles.sort();
    }
    Ok(Some(live))
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
