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
    /// Held for the person's next daily digest instead of emailed now.
    pub for_digest: bool,
}

pub async fn add<'a>(exec: impl Into<Exec<'a>>, n: &NewNotification<'_>, now: DateTime<Utc>) -> Result<i64> {
    Ok(exec!(exec, c => sqlx::query_scalar::<_, i64>(
        "INSERT INTO notifications (user_id, message_key, args_json, link, created_at, digest_pending)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id")
        .bind(n.user_id).bind(n.message_key).bind(n.args.to_string()).bind(n.link).bind(now).bind(n.for_digest)
        .fetch_one(c).await)?)
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

/// How the person wants `topic`'s notifications emailed, when they chose (none: at once).
pub async fn delivery_for<'a>(exec: impl Into<Exec<'a>>, user_id: i64, topic: &str) -> Result<Option<String>> {
    Ok(exec!(exec, c => sqlx::query_scalar::<_, String>(
        "SELECT delivery FROM email_choices WHERE user_id = $1 AND topic = $2")
        .bind(user_id).bind(topic).fetch_optional(c).await)?)
}

/// The person's choices, `(topic, delivery)`, for the kinds they chose for.
pub async fn email_choices<'a>(exec: impl Into<Exec<'a>>, user_id: i64) -> Result<Vec<(String, String)>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, (String, String)>(
        "SELECT topic, delivery FROM email_choices WHERE user_id = $1 ORDER BY topic")
        .bind(user_id).fetch_all(c).await)?)
}

/// Saves how `topic`'s notifications are emailed to the person.
pub async fn set_delivery<'a>(exec: impl Into<Exec<'a>>, user_id: i64, topic: &str, delivery: &str) -> Result<()> {
    exec!(exec, c => sqlx::query(
        "INSERT INTO email_choices (user_id, topic, delivery) VALUES ($1, $2, $3)
         ON CONFLICT (user_id, topic) DO UPDATE SET delivery = excluded.delivery")
        .bind(user_id).bind(topic).bind(delivery).execute(c).await.map(|_| ()))?;
    Ok(())
}

/// Turns off emails of every kind the person has in the daily digest; returns those kinds.
pub async fn stop_daily<'a>(exec: impl Into<Exec<'a>>, user_id: i64) -> Result<Vec<String>> {
    let mut kinds = exec!(exec, c => sqlx::query_scalar::<_, String>(
        "UPDATE email_choices SET delivery = 'off' WHERE user_id = $1 AND delivery = 'daily' RETURNING topic")
        .bind(user_id).fetch_all(c).await)?;
    kinds.sort();
    Ok(kinds)
}

/// Takes every notification of the person out of the digest queue (they stopped digests).
pub async fn leave_digest<'a>(exec: impl Into<Exec<'a>>, user_id: i64) -> Result<u64> {
    Ok(exec!(exec, c => sqlx::query(
        "UPDATE notifications SET digest_pending = FALSE WHERE user_id = $1 AND digest_pending")
        .bind(user_id).execute(c).await.map(|r| r.rows_affected()))?)
}

/// Up to `limit` people with notifications from before `cutoff` waiting for a digest.
pub async fn digest_due<'a>(exec: impl Into<Exec<'a>>, cutoff: DateTime<Utc>, limit: i64) -> Result<Vec<i64>> {
    Ok(exec!(exec, c => sqlx::query_scalar::<_, i64>(
        "SELECT DISTINCT user_id FROM notifications WHERE digest_pending AND created_at < $1 ORDER BY user_id LIMIT $2")
        .bind(cutoff).bind(limit).fetch_all(c).await)?)
}

/// Takes the person's notifications from before `cutoff` out of the digest queue and
/// returns them, oldest first. Another instance taking them first leaves none here, so
/// each goes into one digest.
pub async fn take_for_digest<'a>(
    exec: impl Into<Exec<'a>>,
    user_id: i64,
    cutoff: DateTime<Utc>,
) -> Result<Vec<Notification>> {
    let mut taken = exec!(exec, c => sqlx::query_as::<_, Notification>(
        "UPDATE notifications SET digest_pending = FALSE
         WHERE user_id = $1 AND digest_pending AND created_at < $2
         RETURNING id, message_key, args_json, link, created_at, read_at")
        .bind(user_id).bind(cutoff).fetch_all(c).await)?;
    taken.sort_by_key(|n| n.id);
    Ok(taken)
}
