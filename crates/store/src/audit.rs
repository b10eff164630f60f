//! The append-only audit log (SPEC §4.1): who did what, when, with the state before and
//! after. Rows are written in the same transaction as the change they record; database
//! triggers refuse any UPDATE or DELETE.

use crate::backend::exec;
use crate::{Exec, Result};
use chrono::{DateTime, Utc};
use serde::Serialize;

pub struct NewEvent<'s> {
    pub actor_user_id: Option<i64>,
    pub org_id: Option<i64>,
    pub action: &'s str,
    pub subject_type: &'s str,
    pub subject_id: String,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
    pub client_ip: Option<&'s str>,
}

pub async fn record<'a>(exec: impl Into<Exec<'a>>, e: NewEvent<'_>, now: DateTime<Utc>) -> Result<()> {
    let before = e.before.map(|v| v.to_string());
    let after = e.after.map(|v| v.to_string());
    exec!(exec, c => sqlx::query(
        "INSERT INTO audit_events (occurred_at, actor_user_id, org_id, action, subject_type, subject_id, before_json, after_json, client_ip)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)")
        .bind(now).bind(e.actor_user_id).bind(e.org_id).bind(e.action).bind(e.subject_type)
        .bind(&e.subject_id).bind(before.as_deref()).bind(after.as_deref()).bind(e.client_ip)
        .execute(c).await.map(|r| r.rows_affected()))?;
    Ok(())
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Event {
    pub id: i64,
    pub occurred_at: DateTime<Utc>,
    pub actor_name: Option<String>,
    pub actor_email: Option<String>,
    pub org_name: Option<String>,
    pub action: String,
    pub subject_type: String,
    pub subject_id: String,
    pub before_json: Option<String>,
    pub after_json: Option<String>,
}

/// The newest events first, older than `before_id` when given. `org_id` None means every council.
pub async fn list<'a>(
    exec: impl Into<Exec<'a>>,
    org_id: Option<i64>,
    before_id: Option<i64>,
    limit: i64,
) -> Result<Vec<Event>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, Event>(
        "SELECT e.id, e.occurred_at, u.display_name AS actor_name, u.email AS actor_email, o.name AS org_name,
                e.action, e.subject_type, e.subject_id, e.before_json, e.after_json
         FROM audit_events e
         LEFT JOIN users u ON u.id = e.actor_user_id
         LEFT JOIN organisations o ON o.id = e.org_id
         WHERE ($1 IS NULL OR e.org_id = $1) AND ($2 IS NULL OR e.id < $2)
         ORDER BY e.id DESC LIMIT $3")
        .bind(org_id).bind(before_id).bind(limit).fetch_all(c).await)?)
}

/// The support request under which `actor` last opened `profile_id` in full, if they did so
/// at or after `since`.
pub async fn recent_support_access<'a>(
    exec: impl Into<Exec<'a>>,
    actor: i64,
    profile_id: i64,
    since: DateTime<Utc>,
) -> Result<Option<String>> {
    let after: Option<Option<String>> = exec!(exec, c => sqlx::query_scalar(
        "SELECT after_json FROM audit_events
         WHERE actor_user_id = $1 AND action = 'profile-viewed-for-support'
           AND subject_type = 'profile' AND subject_id = $2 AND occurred_at >= $3
         ORDER BY id DESC LIMIT 1")
        .bind(actor).bind(profile_id.to_string()).bind(since).fetch_optional(c).await)?;
    Ok(after.flatten().and_then(|json| {
        serde_json::from_str::<serde_json::Value>(&json)
            .ok()?
            .get("support_request")?
            .as_str()
            .map(str::to_string)
    }))
}
