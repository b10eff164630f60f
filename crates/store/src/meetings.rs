//! A peer group's meetings (SPEC §4.8): the meeting, its agenda in order, and its
//! registrations with the waiting list. Changes to one meeting's places are serialised by
//! `lock` (on SQLite every write transaction is already exclusive).

use crate::backend::exec;
use crate::{Backend, Exec, Result, Tx};
use chrono::{DateTime, Utc};
use serde::Serialize;

/// A meeting, with its group and host council named.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, Serialize)]
pub struct Meeting {
    pub id: i64,
    pub group_id: i64,
    pub group_slug: String,
    pub group_name: String,
    pub theme: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub host_org_id: Option<i64>,
    pub host_name: Option<String>,
    pub venue: Option<String>,
    pub online_link: Option<String>,
    pub capacity: i64,
    pub status: String,
}

const MEETING_COLUMNS: &str = "m.id, m.group_id, g.slug AS group_slug, g.name AS group_name, m.theme, m.starts_at,
    m.ends_at, m.host_org_id, o.name AS host_name, m.venue, m.online_link, CAST(m.capacity AS BIGINT) AS capacity,
    m.status";
const MEETING_FROM: &str = "meetings m JOIN peer_groups g ON g.id = m.group_id
    LEFT JOIN organisations o ON o.id = m.host_org_id";

/// A meeting's details as they are saved.
pub struct MeetingFields<'s> {
    pub theme: &'s str,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub host_org_id: Option<i64>,
    pub venue: Option<&'s str>,
    pub online_link: Option<&'s str>,
    pub capacity: i64,
}

pub async fn create(tx: &mut Tx, group_id: i64, f: &MeetingFields<'_>, by: i64, now: DateTime<Utc>) -> Result<i64> {
    Ok(exec!(&mut *tx, q => sqlx::query_scalar::<_, i64>(
        "INSERT INTO meetings (group_id, theme, starts_at, ends_at, host_org_id, venue, online_link, capacity,
             created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id")
        .bind(group_id).bind(f.theme).bind(f.starts_at).bind(f.ends_at).bind(f.host_org_id).bind(f.venue)
        .bind(f.online_link).bind(f.capacity).bind(by).bind(now)
        .fetch_one(q).await)?)
}

pub async fn update(tx: &mut Tx, id: i64, f: &MeetingFields<'_>, now: DateTime<Utc>) -> Result<()> {
    exec!(&mut *tx, q => sqlx::query(
        "UPDATE meetings SET theme = $1, starts_at = $2, ends_at = $3, host_org_id = $4, venue = $5,
             online_link = $6, capacity = $7, updated_at = $8
         WHERE id = $9")
        .bind(f.theme).bind(f.starts_at).bind(f.ends_at).bind(f.host_org_id).bind(f.venue)
        .bind(f.online_link).bind(f.capacity).bind(now).bind(id)
        .execute(q).await.map(|_| ()))?;
    Ok(())
}

pub async fn find<'a>(exec: impl Into<Exec<'a>>, id: i64) -> Result<Option<Meeting>> {
    Ok(
        exec!(exec, q => sqlx::query_as::<_, Meeting>(sqlx::AssertSqlSafe(format!(
        "SELECT {MEETING_COLUMNS} FROM {MEETING_FROM} WHERE m.id = $1")))
        .bind(id).fetch_optional(q).await)?,
    )
}

/// A group's meetings that have not ended, soonest first, at most `limit`.
pub async fn upcoming<'a>(
    exec: impl Into<Exec<'a>>,
    group_id: i64,
    now: DateTime<Utc>,
    limit: i64,
) -> Result<Vec<Meeting>> {
    Ok(
        exec!(exec, q => sqlx::query_as::<_, Meeting>(sqlx::AssertSqlSafe(format!(
        "SELECT {MEETING_COLUMNS} FROM {MEETING_FROM}
         WHERE m.group_id = $1 AND m.ends_at > $2 ORDER BY m.starts_at, m.id LIMIT $3")))
        .bind(group_id).bind(now).bind(limit).fetch_all(q).await)?,
    )
}

/// A group's meetings that have ended, latest first, at most `limit`.
pub async fn past<'a>(
    exec: impl Into<Exec<'a>>,
    group_id: i64,
    now: DateTime<Utc>,
    limit: i64,
) -> Result<Vec<Meeting>> {
    Ok(
        exec!(exec, q => sqlx::query_as::<_, Meeting>(sqlx::AssertSqlSafe(format!(
        "SELECT {MEETING_COLUMNS} FROM {MEETING_FROM}
         WHERE m.group_id = $1 AND m.ends_at <= $2 ORDER BY m.starts_at DESC, m.id DESC LIMIT $3")))
        .bind(group_id).bind(now).bind(limit).fetch_all(q).await)?,
    )
}

/// Waits for any other change to this meeting's places to commit (PostgreSQL).
pub async fn lock(tx: &mut Tx, id: i64) -> Result<()> {
    let sql = match tx.backend() {
        Backend::Postgres => "SELECT id FROM meetings WHERE id = $1 FOR UPDATE",
        Backend::Sqlite => "SELECT id FROM meetings WHERE id = $1",
    };
    exec!(tx, c => sqlx::query_scalar::<_, i64>(sql).bind(id).fetch_optional(c).await)?;
    Ok(())
}

/// One item of a meeting's agenda, with its speaker named.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, Serialize)]
pub struct AgendaItem {
    pub id: i64,
    pub meeting_id: i64,
    pub position: i64,
    pub kind: String,
    pub title: String,
    pub speaker_user_id: Option<i64>,
    pub speaker_name: Option<String>,
    pub minutes: i64,
    pub links: String,
    /// Notes taken on the day, and whether the write-up publishes them.
    pub notes: String,
    pub notes_published: bool,
}

/// An agenda item as it is saved: the speaker is a member (by id) or a named guest.
pub struct ItemFields<'s> {
    pub kind: &'s str,
    pub title: &'s str,
    pub speaker_user_id: Option<i64>,
    pub speaker_name: Option<&'s str>,
    pub minutes: i64,
    pub links: &'s str,
}

/// The meeting's agenda in order; a member speaker's name is their account's.
pub async fn agenda<'a>(exec: impl Into<Exec<'a>>, meeting_id: i64) -> Result<Vec<AgendaItem>> {
    Ok(exec!(exec, q => sqlx::query_as::<_, AgendaItem>(
        "SELECT a.id, a.meeting_id, CAST(a.position AS BIGINT) AS position, a.kind, a.title, a.speaker_user_id,
                COALESCE(u.display_name, a.speaker_name) AS speaker_name, CAST(a.minutes AS BIGINT) AS minutes,
                a.links, a.notes, a.notes_published
         FROM agenda_items a LEFT JOIN users u ON u.id = a.speaker_user_id
         WHERE a.meeting_id = $1 ORDER BY a.position")
        .bind(meeting_id).fetch_all(q).await)?)
}

/// Adds an item at the end of the agenda; returns its id.
pub async fn add_item(tx: &mut Tx, meeting_id: i64, f: &ItemFields<'_>) -> Result<i64> {
    Ok(exec!(&mut *tx, q => sqlx::query_scalar::<_, i64>(
        "INSERT INTO agenda_items (meeting_id, position, kind, title, speaker_user_id, speaker_name, minutes, links)
         VALUES ($1, (SELECT COALESCE(MAX(position), 0) + 1 FROM agenda_items WHERE meeting_id = $1),
                 $2, $3, $4, $5, $6, $7)
         RETURNING id")
        .bind(meeting_id).bind(f.kind).bind(f.title).bind(f.speaker_user_id).bind(f.speaker_name)
        .bind(f.minutes).bind(f.links)
        .fetch_one(q).await)?)
}

/// Changes an item of this meeting's agenda; false when it has no such item.
pub async fn update_item(tx: &mut Tx, meeting_id: i64, item_id: i64, f: &ItemFields<'_>) -> Result<bool> {
    let n = exec!(&mut *tx, q => sqlx::query(
        "UPDATE agenda_items SET kind = $1, title = $2, speaker_user_id = $3, speaker_name = $4, minutes = $5,
             links = $6
         WHERE id = $7 AND meeting_id = $8")
        .bind(f.kind).bind(f.title).bind(f.speaker_user_id).bind(f.speaker_name).bind(f.minutes).bind(f.links)
        .bind(item_id).bind(meeting_id)
        .execute(q).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Takes an item off the agenda, closing the gap; false when it has no such item.
pub async fn remove_item(tx: &mut Tx, meeting_id: i64, item_id: i64) -> Result<bool> {
    let position = exec!(&mut *tx, q => sqlx::query_scalar::<_, i64>(
        "DELETE FROM agenda_items WHERE id = $1 AND meeting_id = $2 RETURNING CAST(position AS BIGINT)")
        .bind(item_id).bind(meeting_id).fetch_optional(q).await)?;
    let Some(position) = position else {
        return Ok(false);
    };
    renumber_from(tx, meeting_id, position).await?;
    Ok(true)
}

/// Moves the items after `position` up one place, one at a time (the order is unique).
async fn renumber_from(tx: &mut Tx, meeting_id: i64, position: i64) -> Result<()> {
    let later = exec!(&mut *tx, q => sqlx::query_scalar::<_, i64>(
        "SELECT id FROM agenda_items WHERE meeting_id = $1 AND position > $2 ORDER BY position")
        .bind(meeting_id).bind(position).fetch_all(q).await)?;
    for id in later {
        exec!(&mut *tx, q => sqlx::query("UPDATE agenda_items SET position = position - 1 WHERE id = $1")
            .bind(id).execute(q).await.map(|_| ()))?;
    }
    Ok(())
}

/// Swaps an item with the one before (`up`) or after it; false when there is none.
pub async fn move_item(tx: &mut Tx, meeting_id: i64, item_id: i64, up: bool) -> Result<bool> {
    let here = exec!(&mut *tx, q => sqlx::query_scalar::<_, i64>(
        "SELECT CAST(position AS BIGINT) FROM agenda_items WHERE id = $1 AND meeting_id = $2")
        .bind(item_id).bind(meeting_id).fetch_optional(q).await)?;
    let Some(here) = here else {
        return Ok(false);
    };
    let there = if up { here - 1 } else { here + 1 };
    let other = exec!(&mut *tx, q => sqlx::query_scalar::<_, i64>(
        "SELECT id FROM agenda_items WHERE meeting_id = $1 AND position = $2")
        .bind(meeting_id).bind(there).fetch_optional(q).await)?;
    let Some(other) = other else {
        return Ok(false);
    };
    // Through a free position, as the order is unique at every step.
    for (id, position) in [(item_id, 0), (other, here), (item_id, there)] {
        exec!(&mut *tx, q => sqlx::query("UPDATE agenda_items SET position = $1 WHERE id = $2")
            .bind(position).bind(id).execute(q).await.map(|_| ()))?;
    }
    Ok(true)
}

/// How many people hold places, and how many wait.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, sqlx::FromRow, Serialize)]
pub struct Places {
    pub registered: i64,
    pub waiting: i64,
}

pub async fn places<'a>(exec: impl Into<Exec<'a>>, meeting_id: i64) -> Result<Places> {
    Ok(exec!(exec, q => sqlx::query_as::<_, Places>(
        "SELECT COALESCE(SUM(CASE WHEN place = 'registered' THEN 1 ELSE 0 END), 0) AS registered,
                COALESCE(SUM(CASE WHEN place = 'waiting' THEN 1 ELSE 0 END), 0) AS waiting
         FROM meeting_registrations WHERE meeting_id = $1 AND place <> 'cancelled'")
        .bind(meeting_id).fetch_one(q).await)?)
}

/// Someone's place at a meeting ("registered", "waiting" or "cancelled"), if they ever
/// registered.
pub async fn place_of<'a>(exec: impl Into<Exec<'a>>, meeting_id: i64, user_id: i64) -> Result<Option<String>> {
    Ok(exec!(exec, q => sqlx::query_scalar::<_, String>(
        "SELECT place FROM meeting_registrations WHERE meeting_id = $1 AND user_id = $2")
        .bind(meeting_id).bind(user_id).fetch_optional(q).await)?)
}

/// Records someone's place; someone who cancelled before goes to the back (a new row).
pub async fn register(tx: &mut Tx, meeting_id: i64, user_id: i64, place: &str, now: DateTime<Utc>) -> Result<()> {
    exec!(&mut *tx, q => sqlx::query(
        "DELETE FROM meeting_registrations WHERE meeting_id = $1 AND user_id = $2 AND place = 'cancelled'")
        .bind(meeting_id).bind(user_id).execute(q).await.map(|_| ()))?;
    exec!(&mut *tx, q => sqlx::query(
        "INSERT INTO meeting_registrations (meeting_id, user_id, place, registered_at, changed_at)
         VALUES ($1, $2, $3, $4, $4)")
        .bind(meeting_id).bind(user_id).bind(place).bind(now).execute(q).await.map(|_| ()))?;
    Ok(())
}

/// Cancels someone's place or place on the waiting list; returns what they held.
pub async fn cancel(tx: &mut Tx, meeting_id: i64, user_id: i64, now: DateTime<Utc>) -> Result<Option<String>> {
    let held = place_of(&mut *tx, meeting_id, user_id).await?;
    if held.as_deref().is_none_or(|p| p == "cancelled") {
        return Ok(None);
    }
    exec!(&mut *tx, q => sqlx::query(
        "UPDATE meeting_registrations SET place = 'cancelled', changed_at = $3 WHERE meeting_id = $1 AND user_id = $2")
        .bind(meeting_id).bind(user_id).bind(now).execute(q).await.map(|_| ()))?;
    Ok(held)
}

/// Gives places to the first `count` on the waiting list, in the order they joined it;
/// returns who they are.
pub async fn promote(tx: &mut Tx, meeting_id: i64, count: i64, now: DateTime<Utc>) -> Result<Vec<i64>> {
    let first = exec!(&mut *tx, q => sqlx::query_scalar::<_, i64>(
        "SELECT user_id FROM meeting_registrations WHERE meeting_id = $1 AND place = 'waiting' ORDER BY id LIMIT $2")
        .bind(meeting_id).bind(count).fetch_all(q).await)?;
    for user_id in &first {
        exec!(&mut *tx, q => sqlx::query(
            "UPDATE meeting_registrations SET place = 'registered', changed_at = $3 WHERE meeting_id = $1 AND user_id = $2")
            .bind(meeting_id).bind(user_id).bind(now).execute(q).await.map(|_| ()))?;
    }
    Ok(first)
}

/// Someone who registered, and where they stand.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, Serialize)]
pub struct Registrant {
    pub user_id: i64,
    pub display_name: String,
    pub place: String,
    /// Whether they came, once the lead has recorded it.
    pub attended: Option<bool>,
}

/// Who holds places, then who waits, each in the order they registered.
pub async fn registrants<'a>(exec: impl Into<Exec<'a>>, meeting_id: i64) -> Result<Vec<Registrant>> {
    Ok(exec!(exec, q => sqlx::query_as::<_, Registrant>(
        "SELECT r.user_id, u.display_name, r.place, r.attended FROM meeting_registrations r JOIN users u ON u.id = r.user_id
         WHERE r.meeting_id = $1 AND r.place <> 'cancelled' ORDER BY r.place, r.id")
        .bind(meeting_id).fetch_all(q).await)?)
}

/// A meeting someone registered for, and their place ("registered" or "waiting").
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, Serialize)]
pub struct Registered {
    #[sqlx(flatten)]
    #[serde(flatten)]
    pub meeting: Meeting,
    pub place: String,
}

/// The meetings a person holds a place (or waits) for that end after `since`, soonest
/// first, at most `limit`.
pub async fn registered_for<'a>(
    exec: impl Into<Exec<'a>>,
    user_id: i64,
    since: DateTime<Utc>,
    limit: i64,
) -> Result<Vec<Registered>> {
    Ok(
        exec!(exec, q => sqlx::query_as::<_, Registered>(sqlx::AssertSqlSafe(format!(
        "SELECT {MEETING_COLUMNS}, r.place FROM meeting_registrations r
         JOIN meetings m ON m.id = r.meeting_id JOIN peer_groups g ON g.id = m.group_id
         LEFT JOIN organisations o ON o.id = m.host_org_id
         WHERE r.user_id = $1 AND r.place <> 'cancelled' AND m.ends_at > $2
         ORDER BY m.starts_at, m.id LIMIT $3")))
        .bind(user_id).bind(since).bind(limit).fetch_all(q).await)?,
    )
}

/// The councils whose people came to a meeting (as the lead recorded), by name.
pub async fn councils_attending<'a>(exec: impl Into<Exec<'a>>, meeting_id: i64) -> Result<Vec<String>> {
    Ok(exec!(exec, q => sqlx::query_scalar::<_, String>(
        "SELECT DISTINCT o.name FROM meeting_registrations r
         JOIN meetings m ON m.id = r.meeting_id
         JOIN peer_group_people p ON p.group_id = m.group_id AND p.user_id = r.user_id
         JOIN organisations o ON o.id = p.org_id
         WHERE r.meeting_id = $1 AND r.attended
         ORDER BY o.name")
        .bind(meeting_id).fetch_all(q).await)?)
}

/// An item of a meeting to come ("Bring a problem", "Show and tell") where a post can be
/// put.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, Serialize)]
pub struct Slot {
    pub item_id: i64,
    pub meeting_id: i64,
    pub theme: String,
    pub starts_at: DateTime<Utc>,
    pub group_name: String,
}

/// The items of `kind` of meetings to come of the groups `user_id` joined (only
/// `group_id`'s, when given), soonest first.
pub async fn slots<'a>(
    exec: impl Into<Exec<'a>>,
    user_id: i64,
    group_id: Option<i64>,
    kind: &str,
    now: DateTime<Utc>,
) -> Result<Vec<Slot>> {
    Ok(exec!(exec, q => sqlx::query_as::<_, Slot>(
        "SELECT a.id AS item_id, m.id AS meeting_id, m.theme, m.starts_at, g.name AS group_name
         FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id JOIN peer_groups g ON g.id = m.group_id
         WHERE a.kind = $4 AND m.status = 'scheduled' AND m.ends_at > $3
           AND m.group_id IN (SELECT p.group_id FROM peer_group_people p WHERE p.user_id = $1)
           AND ($2 IS NULL OR m.group_id = $2)
         ORDER BY m.starts_at, a.position LIMIT 50")
        .bind(user_id).bind(group_id).bind(now).bind(kind).fetch_all(q).await)?)
}

/// Cancels a meeting still scheduled; false when it was not.
pub async fn cancel_meeting(tx: &mut Tx, id: i64, now: DateTime<Utc>) -> Result<bool> {
    let n = exec!(&mut *tx, q => sqlx::query(
        "UPDATE meetings SET status = 'cancelled', updated_at = $2 WHERE id = $1 AND status = 'scheduled'")
        .bind(id).bind(now).execute(q).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}
