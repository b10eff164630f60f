//! In-app notifications (SPEC §4.9). The text is a catalogue key with arguments, so it is
//! shown in the reader's language.

use crate::backend::exec;
use crate::{Exec, Result};
use chrono::{DateTime, Utc};
use serde::Serialize;

pub struct NewNotification<'s> {
    pub user_id: i64,
    pub message_key: &'s str,
    pub args: serde_json::Value,
    pub link: &'s str,
}

pub async fn add<'a>(exec: impl Into<Exec<'a>>, n: &NewNotification<'_>, now: DateTime<Utc>) -> Result<i64> {
    Ok(exec!(exec, c => sqlx::query_scalar::<_, i64>(
        "INSERT INTO notifications (user_id, message_key, args_json, link, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id")
        .bind(n.user_id).bind(n.message_key).bind(n.args.to_string()).bind(n.link).bind(now).fetch_one(c).await)?)
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Notification {
    pub id: i64,
    pub message_key: String,
    pub args_json: String,
    pub link: String,
    pub created_at: DateTime<Utc>,
    pub read_at: Option<DateTime<Utc>>,
}

pub async fn recent<'a>(exec: impl Into<Exec<'a>>, user_id: i64, limit: i64) -> Result<Vec<Notification>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, Notification>(
        "SELECT id, message_key, args_json, link, created_at, read_at FROM notifications
         WHERE user_id = $1 ORDER BY id DESC LIMIT $2")
        .bind(user_id).bind(limit).fetch_all(c).await)?)
}

pub async fn unread_count<'a>(exec: impl Into<Exec<'a>>, user_id: i64) -> Result<i64> {
    Ok(exec!(exec, c => sqlx::query_scalar::<_, i64>(
        "SELECT COUNT(*) FROM notifications WHERE user_id = $1 AND read_at IS NULL")
        .bind(user_id).fetch_one(c).await)?)
}

pub async fn mark_all_read<'a>(exec: impl Into<Exec<'a>>, user_id: i64, now: DateTime<Utc>) -> Result<u64> {
    Ok(
        exec!(exec, c => sqlx::query("UPDATE notifications SET read_at = $1 WHERE user_id = $2 AND read_at IS NULL")
        .bind(now).bind(user_id).execute(c).await.map(|r| r.rows_affected()))?,
    )
}

/// Whether the person wants `topic`'s notifications emailed too (yes, unless they said no).
pub async fn emails_wanted<'a>(exec: impl Into<Exec<'a>>, user_id: i64, topic: &str) -> Result<bool> {
    let saved = exec!(exec, c => sqlx::query_scalar::<_, bool>(
        "SELECT email FROM notification_preferences WHERE user_id = $1 AND topic = $2")
        .bind(user_id).bind(topic).fetch_optional(c).await)?;
    Ok(saved.unwrap_or(true))
}

/// The topics the person turned emails off for.
pub async fn emails_off<'a>(exec: impl Into<Exec<'a>>, user_id: i64) -> Result<Vec<String>> {
    Ok(exec!(exec, c => sqlx::query_scalar::<_, String>(
        "SELECT topic FROM notification_preferences WHERE user_id = $1 AND NOT email ORDER BY topic")
        .bind(user_id).fetch_all(c).await)?)
}

/// Saves whether `topic`'s notifications are emailed to the person.
pub async fn set_emails<'a>(exec: impl Into<Exec<'a>>, user_id: i64, topic: &str, email: bool) -> Result<()> {
    exec!(exec, c => sqlx::query(
        "INSERT INTO notification_preferences (user_id, topic, email) VALUES ($1, $2, $3)
         ON CONFLICT (user_id, topic) DO UPDATE SET email = excluded.email")
        .bind(user_id).bind(topic).bind(email).execute(c).await.map(|_| ()))?;
    Ok(())
}
