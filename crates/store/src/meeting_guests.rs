//! Guests invited to one meeting by email (SPEC §4.8): the invitation, the account it was
//! taken up with, and whether the guest agreed to be named in the write-up.

use crate::backend::exec;
use crate::{Exec, Result, Tx};
use chrono::{DateTime, Utc};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, Serialize)]
pub struct Guest {
    pub id: i64,
    pub meeting_id: i64,
    pub email: String,
    pub name: String,
    pub organisation: String,
    pub user_id: Option<i64>,
    pub may_name: bool,
    pub invited_at: DateTime<Utc>,
    pub accepted_at: Option<DateTime<Utc>>,
    pub withdrawn_at: Option<DateTime<Utc>>,
}

const COLUMNS: &str =
    "id, meeting_id, email, name, organisation, user_id, may_name, invited_at, accepted_at, withdrawn_at";

pub struct NewGuest<'s> {
    pub meeting_id: i64,
    pub email: &'s str,
    pub name: &'s str,
    pub organisation: &'s str,
    pub token_hash: &'s str,
    pub invited_by: i64,
}

/// Invites a guest, or invites again one whose invitation was withdrawn (with a new link).
/// None when the address holds a live invitation to the meeting already.
pub async fn invite(tx: &mut Tx, g: &NewGuest<'_>, now: DateTime<Utc>) -> Result<Option<i64>> {
    Ok(exec!(&mut *tx, q => sqlx::query_scalar::<_, i64>(
        "INSERT INTO meeting_guests (meeting_id, email, name, organisation, token_hash, invited_by, invited_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (meeting_id, email) DO UPDATE SET name = excluded.name,
             organisation = excluded.organisation, token_hash = excluded.token_hash,
             invited_by = excluded.invited_by, invited_at = excluded.invited_at, user_id = NULL,
             may_name = FALSE, accepted_at = NULL, withdrawn_at = NULL
         WHERE meeting_guests.withdrawn_at IS NOT NULL
         RETURNING id")
        .bind(g.meeting_id).bind(g.email).bind(g.name).bind(g.organisation).bind(g.token_hash)
        .bind(g.invited_by).bind(now)
        .fetch_optional(q).await)?)
}

/// The live invitation an emailed link stands for, taken up or not.
pub async fn by_token<'a>(exec: impl Into<Exec<'a>>, token_hash: &str) -> Result<Option<Guest>> {
    Ok(exec!(exec, q => sqlx::query_as::<_, Guest>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM meeting_guests WHERE token_hash = $1 AND withdrawn_at IS NULL")))
        .bind(token_hash).fetch_optional(q).await)?)
}

pub async fn find<'a>(exec: impl Into<Exec<'a>>, meeting_id: i64, id: i64) -> Result<Option<Guest>> {
    Ok(exec!(exec, q => sqlx::query_as::<_, Guest>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM meeting_guests WHERE id = $1 AND meeting_id = $2")))
        .bind(id).bind(meeting_id).fetch_optional(q).await)?)
}

/// Takes up an invitation for `user_id`, once: the link stops working.
pub async fn accept(tx: &mut Tx, id: i64, user_id: i64, may_name: bool, now: DateTime<Utc>) -> Result<bool> {
    let done = exec!(&mut *tx, q => sqlx::query(
        "UPDATE meeting_guests SET user_id = $1, may_name = $2, accepted_at = $3, token_hash = NULL
         WHERE id = $4 AND accepted_at IS NULL AND withdrawn_at IS NULL")
        .bind(user_id).bind(may_name).bind(now).bind(id)
        .execute(q).await.map(|r| r.rows_affected()))?;
    Ok(done == 1)
}

/// The guest changes whether the write-up may name them.
pub async fn set_may_name(tx: &mut Tx, meeting_id: i64, user_id: i64, may_name: bool) -> Result<bool> {
    let done = exec!(&mut *tx, q => sqlx::query(
        "UPDATE meeting_guests SET may_name = $1 WHERE meeting_id = $2 AND user_id = $3 AND withdrawn_at IS NULL")
        .bind(may_name).bind(meeting_id).bind(user_id)
        .execute(q).await.map(|r| r.rows_affected()))?;
    Ok(done == 1)
}

/// Withdraws an invitation: its link and the guest's access to the meeting end.
pub async fn withdraw(tx: &mut Tx, id: i64, now: DateTime<Utc>) -> Result<bool> {
    let done = exec!(&mut *tx, q => sqlx::query(
        "UPDATE meeting_guests SET withdrawn_at = $1, token_hash = NULL WHERE id = $2 AND withdrawn_at IS NULL")
        .bind(now).bind(id)
        .execute(q).await.map(|r| r.rows_affected()))?;
    Ok(done == 1)
}

/// The person's live invitation to the meeting, if they took one up.
pub async fn of_person<'a>(exec: impl Into<Exec<'a>>, meeting_id: i64, user_id: i64) -> Result<Option<Guest>> {
    Ok(exec!(exec, q => sqlx::query_as::<_, Guest>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM meeting_guests
         WHERE user_id = $1 AND meeting_id = $2 AND withdrawn_at IS NULL")))
        .bind(user_id).bind(meeting_id).fetch_optional(q).await)?)
}

/// A meeting's guests, withdrawn ones left out, in the order they were invited.
pub async fn of_meeting<'a>(exec: impl Into<Exec<'a>>, meeting_id: i64) -> Result<Vec<Guest>> {
    Ok(exec!(exec, q => sqlx::query_as::<_, Guest>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM meeting_guests WHERE meeting_id = $1 AND withdrawn_at IS NULL ORDER BY id")))
        .bind(meeting_id).fetch_all(q).await)?)
}

/// The guests a write-up may name: those who agreed and kept a place (or came, once
/// attendance is recorded), by name.
pub async fn named<'a>(exec: impl Into<Exec<'a>>, meeting_id: i64) -> Result<Vec<(String, String)>> {
    Ok(exec!(exec, q => sqlx::query_as::<_, (String, String)>(
        "SELECT g.name, g.organisation FROM meeting_guests g
         JOIN meeting_registrations r ON r.meeting_id = g.meeting_id AND r.user_id = g.user_id
         WHERE g.meeting_id = $1 AND g.may_name AND g.withdrawn_at IS NULL
           AND r.place = 'registered' AND (r.attended IS NULL OR r.attended)
         ORDER BY g.name")
        .bind(meeting_id).fetch_all(q).await)?)
}
