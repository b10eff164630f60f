//! What a peer group records on the day and after (SPEC §4.8): attendance, notes per
//! agenda item, tables' workshop feedback, actions and their reviews, themes proposed for
//! future meetings and members' votes, councils' offers to host, and write-ups.

use crate::backend::exec;
use crate::{Exec, Result, Tx};
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

/// Records whether someone registered came; false when they had not registered.
pub async fn set_attended(tx: &mut Tx, meeting_id: i64, user_id: i64, attended: bool) -> Result<bool> {
    let n = exec!(&mut *tx, q => sqlx::query(
        "UPDATE meeting_registrations SET attended = $3
         WHERE meeting_id = $1 AND user_id = $2 AND place <> 'cancelled'")
        .bind(meeting_id).bind(user_id).bind(attended)
        .execute(q).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Keeps the notes of one agenda item, and whether the write-up publishes them; false when
/// the meeting has no such item.
pub async fn set_notes(tx: &mut Tx, meeting_id: i64, item_id: i64, notes: &str, published: bool) -> Result<bool> {
    let n = exec!(&mut *tx, q => sqlx::query(
        "UPDATE agenda_items SET notes = $3, notes_published = $4 WHERE meeting_id = $1 AND id = $2")
        .bind(meeting_id).bind(item_id).bind(notes).bind(published)
        .execute(q).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// What one table reported from a workshop.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, Serialize)]
pub struct TableFeedback {
    pub id: i64,
    pub table_name: String,
    pub approach: String,
    pub findings: String,
}

pub async fn add_feedback(
    tx: &mut Tx,
    meeting_id: i64,
    (table_name, approach, findings): (&str, &str, &str),
    now: DateTime<Utc>,
) -> Result<i64> {
    Ok(exec!(&mut *tx, q => sqlx::query_scalar::<_, i64>(
        "INSERT INTO table_feedback (meeting_id, table_name, approach, findings, created_at)
         VALUES ($1, $2, $3, $4, $5) RETURNING id")
        .bind(meeting_id).bind(table_name).bind(approach).bind(findings).bind(now)
        .fetch_one(q).await)?)
}

pub async fn remove_feedback(tx: &mut Tx, meeting_id: i64, id: i64) -> Result<bool> {
    let n = exec!(&mut *tx, q => sqlx::query("DELETE FROM table_feedback WHERE meeting_id = $1 AND id = $2")
        .bind(meeting_id).bind(id).execute(q).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// A meeting's tables' feedback, in the order it was recorded.
pub async fn feedback<'a>(exec: impl Into<Exec<'a>>, meeting_id: i64) -> Result<Vec<TableFeedback>> {
    Ok(exec!(exec, q => sqlx::query_as::<_, TableFeedback>(
        "SELECT id, table_name, approach, findings FROM table_feedback WHERE meeting_id = $1 ORDER BY id")
        .bind(meeting_id).fetch_all(q).await)?)
}

/// An action as it is saved: its owner is a person or a council (or nobody yet).
pub struct NewAction<'s> {
    pub group_id: i64,
    pub meeting_id: i64,
    pub title: &'s str,
    pub owner_user_id: Option<i64>,
    pub owner_org_id: Option<i64>,
    pub due_on: Option<NaiveDate>,
}

pub async fn add_action(tx: &mut Tx, a: &NewAction<'_>, by: i64, now: DateTime<Utc>) -> Result<i64> {
    Ok(exec!(&mut *tx, q => sqlx::query_scalar::<_, i64>(
        "INSERT INTO group_actions (group_id, meeting_id, title, owner_user_id, owner_org_id, due_on, created_by,
             created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id")
        .bind(a.group_id).bind(a.meeting_id).bind(a.title).bind(a.owner_user_id).bind(a.owner_org_id)
        .bind(a.due_on).bind(by).bind(now)
        .fetch_one(q).await)?)
}

/// An action, with its owner named, the meeting that agreed it, and (for a meeting's
/// review) what that meeting decided.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, Serialize)]
pub struct Action {
    pub id: i64,
    pub meeting_id: i64,
    pub title: String,
    pub owner_user_id: Option<i64>,
    pub owner_name: Option<String>,
    pub due_on: Option<NaiveDate>,
    pub status: String,
    pub raised_at: DateTime<Utc>,
    pub outcome: Option<String>,
}

const ACTION_COLUMNS: &str = "a.id, a.meeting_id, a.title, a.owner_user_id,
    COALESCE(u.display_name, o.name) AS owner_name, a.due_on, a.status, m.starts_at AS raised_at, r.outcome";

/// The actions a meeting agreed, in order.
pub async fn agreed_at<'a>(exec: impl Into<Exec<'a>>, meeting_id: i64) -> Result<Vec<Action>> {
    Ok(
        exec!(exec, q => sqlx::query_as::<_, Action>(sqlx::AssertSqlSafe(format!(
        "SELECT {ACTION_COLUMNS} FROM group_actions a JOIN meetings m ON m.id = a.meeting_id
         LEFT JOIN users u ON u.id = a.owner_user_id LEFT JOIN organisations o ON o.id = a.owner_org_id
         LEFT JOIN action_reviews r ON r.action_id = a.id AND r.meeting_id = $1
         WHERE a.meeting_id = $1 ORDER BY a.id")))
        .bind(meeting_id).fetch_all(q).await)?,
    )
}

/// A group's actions that a meeting might review: those still open, and those this
/// meeting reviewed already (`domain::meetings::reviewed_at` picks from them).
pub async fn reviewable<'a>(exec: impl Into<Exec<'a>>, group_id: i64, meeting_id: i64) -> Result<Vec<Action>> {
    Ok(
        exec!(exec, q => sqlx::query_as::<_, Action>(sqlx::AssertSqlSafe(format!(
        "SELECT {ACTION_COLUMNS} FROM group_actions a JOIN meetings m ON m.id = a.meeting_id
         LEFT JOIN users u ON u.id = a.owner_user_id LEFT JOIN organisations o ON o.id = a.owner_org_id
         LEFT JOIN action_reviews r ON r.action_id = a.id AND r.meeting_id = $2
         WHERE a.group_id = $1 AND (a.status = 'open' OR r.outcome IS NOT NULL) ORDER BY a.id")))
        .bind(group_id).bind(meeting_id).fetch_all(q).await)?,
    )
}

/// Records a meeting's review of an action and sets the action's status from it.
pub async fn review(
    tx: &mut Tx,
    (action_id, meeting_id): (i64, i64),
    (outcome, status): (&str, &str),
    by: i64,
    now: DateTime<Utc>,
) -> Result<()> {
    exec!(&mut *tx, q => sqlx::query(
        "INSERT INTO action_reviews (action_id, meeting_id, outcome, reviewed_by, reviewed_at)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (meeting_id, action_id) DO UPDATE SET outcome = $3, reviewed_by = $4, reviewed_at = $5")
        .bind(action_id).bind(meeting_id).bind(outcome).bind(by).bind(now)
        .execute(q).await.map(|_| ()))?;
    exec!(&mut *tx, q => sqlx::query("UPDATE group_actions SET status = $2, updated_at = $3 WHERE id = $1")
        .bind(action_id).bind(status).bind(now).execute(q).await.map(|_| ()))?;
    Ok(())
}

/// A theme or standing item proposed for future meetings, with its votes.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, Serialize)]
pub struct Theme {
    pub id: i64,
    pub kind: String,
    pub title: String,
    pub votes: i64,
    pub voted: bool,
}

pub async fn propose_theme(
    tx: &mut Tx,
    group_id: i64,
    (kind, title): (&str, &str),
    by: i64,
    now: DateTime<Utc>,
) -> Result<i64> {
    Ok(exec!(&mut *tx, q => sqlx::query_scalar::<_, i64>(
        "INSERT INTO group_themes (group_id, kind, title, proposed_by, created_at)
         VALUES ($1, $2, $3, $4, $5) RETURNING id")
        .bind(group_id).bind(kind).bind(title).bind(by).bind(now)
        .fetch_one(q).await)?)
}

/// A group's themes, most votes first, and whether `user_id` voted for each.
pub async fn themes<'a>(exec: impl Into<Exec<'a>>, group_id: i64, user_id: Option<i64>) -> Result<Vec<Theme>> {
    Ok(exec!(exec, q => sqlx::query_as::<_, Theme>(
        "SELECT t.id, t.kind, t.title,
                (SELECT COUNT(*) FROM theme_votes v WHERE v.theme_id = t.id) AS votes,
                EXISTS (SELECT 1 FROM theme_votes v WHERE v.theme_id = t.id AND v.user_id = $2) AS voted
         FROM group_themes t WHERE t.group_id = $1
         ORDER BY votes DESC, t.id")
        .bind(group_id).bind(user_id).fetch_all(q).await)?)
}

/// The group a theme belongs to.
pub async fn theme_group<'a>(exec: impl Into<Exec<'a>>, theme_id: i64) -> Result<Option<i64>> {
    Ok(
        exec!(exec, q => sqlx::query_scalar::<_, i64>("SELECT group_id FROM group_themes WHERE id = $1")
        .bind(theme_id).fetch_optional(q).await)?,
    )
}

/// One vote each: false when the person had voted already (or had not, to take it back).
pub async fn vote(tx: &mut Tx, theme_id: i64, user_id: i64, on: bool, now: DateTime<Utc>) -> Result<bool> {
    let n = if on {
        exec!(&mut *tx, q => sqlx::query(
            "INSERT INTO theme_votes (theme_id, user_id, voted_at) VALUES ($1, $2, $3)
             ON CONFLICT (theme_id, user_id) DO NOTHING")
            .bind(theme_id).bind(user_id).bind(now).execute(q).await.map(|r| r.rows_affected()))?
    } else {
        exec!(&mut *tx, q => sqlx::query("DELETE FROM theme_votes WHERE theme_id = $1 AND user_id = $2")
            .bind(theme_id).bind(user_id).execute(q).await.map(|r| r.rows_affected()))?
    };
    Ok(n == 1)
}

/// A council's offer to host a future meeting.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, Serialize)]
pub struct HostingOffer {
    pub id: i64,
    pub org_id: i64,
    pub org_name: String,
    pub note: String,
    pub status: String,
    pub offered_at: DateTime<Utc>,
}

pub async fn offer_to_host(
    tx: &mut Tx,
    group_id: i64,
    org_id: i64,
    note: &str,
    by: i64,
    now: DateTime<Utc>,
) -> Result<i64> {
    Ok(exec!(&mut *tx, q => sqlx::query_scalar::<_, i64>(
        "INSERT INTO hosting_offers (group_id, org_id, note, offered_by, offered_at) VALUES ($1, $2, $3, $4, $5)
         RETURNING id")
        .bind(group_id).bind(org_id).bind(note).bind(by).bind(now)
        .fetch_one(q).await)?)
}

/// A group's offers waiting for an answer, then the latest answered, at most `limit`.
pub async fn hosting_offers<'a>(exec: impl Into<Exec<'a>>, group_id: i64, limit: i64) -> Result<Vec<HostingOffer>> {
    Ok(exec!(exec, q => sqlx::query_as::<_, HostingOffer>(
        "SELECT h.id, h.org_id, o.name AS org_name, h.note, h.status, h.offered_at
         FROM hosting_offers h JOIN organisations o ON o.id = h.org_id
         WHERE h.group_id = $1
         ORDER BY CASE WHEN h.status = 'offered' THEN 0 ELSE 1 END, h.id DESC LIMIT $2")
        .bind(group_id).bind(limit).fetch_all(q).await)?)
}

/// Accepts or declines an offer waiting for an answer; false when there is none.
pub async fn answer_offer(
    tx: &mut Tx,
    group_id: i64,
    offer_id: i64,
    accept: bool,
    by: i64,
    now: DateTime<Utc>,
) -> Result<bool> {
    let n = exec!(&mut *tx, q => sqlx::query(
        "UPDATE hosting_offers SET status = $3, answered_by = $4, answered_at = $5
         WHERE group_id = $1 AND id = $2 AND status = 'offered'")
        .bind(group_id).bind(offer_id).bind(if accept { "accepted" } else { "declined" }).bind(by).bind(now)
        .execute(q).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// The council whose offer to host was accepted last: the group's next host.
pub async fn next_host<'a>(exec: impl Into<Exec<'a>>, group_id: i64) -> Result<Option<String>> {
    Ok(exec!(exec, q => sqlx::query_scalar::<_, String>(
        "SELECT o.name FROM hosting_offers h JOIN organisations o ON o.id = h.org_id
         WHERE h.group_id = $1 AND h.status = 'accepted' ORDER BY h.answered_at DESC, h.id DESC LIMIT 1")
        .bind(group_id).fetch_optional(q).await)?)
}

/// A meeting's write-up: the lead's summary, and when it was published.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, Serialize)]
pub struct Writeup {
    pub meeting_id: i64,
    pub summary: String,
    pub published_at: Option<DateTime<Utc>>,
}

pub async fn writeup<'a>(exec: impl Into<Exec<'a>>, meeting_id: i64) -> Result<Option<Writeup>> {
    Ok(exec!(exec, q => sqlx::query_as::<_, Writeup>(
        "SELECT meeting_id, summary, published_at FROM meeting_writeups WHERE meeting_id = $1")
        .bind(meeting_id).fetch_optional(q).await)?)
}

/// Saves the write-up's summary; `publish` also publishes it (once: the first date stays).
pub async fn save_writeup(
    tx: &mut Tx,
    meeting_id: i64,
    summary: &str,
    publish: bool,
    by: i64,
    now: DateTime<Utc>,
) -> Result<()> {
    exec!(&mut *tx, q => sqlx::query(
        "INSERT INTO meeting_writeups (meeting_id, summary, published_at, updated_by, updated_at)
         VALUES ($1, $2, CASE WHEN $3 THEN $5 ELSE NULL END, $4, $5)
         ON CONFLICT (meeting_id) DO UPDATE SET summary = $2, updated_by = $4, updated_at = $5,
             published_at = COALESCE(meeting_writeups.published_at, CASE WHEN $3 THEN $5 ELSE NULL END)")
        .bind(meeting_id).bind(summary).bind(publish).bind(by).bind(now)
        .execute(q).await.map(|_| ()))?;
    Ok(())
}

/// A published write-up in a group's list and feed.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, Serialize)]
pub struct Published {
    pub meeting_id: i64,
    pub theme: String,
    pub starts_at: DateTime<Utc>,
    pub summary: String,
    pub published_at: DateTime<Utc>,
}

/// A group's published write-ups, latest meeting first, at most `limit`.
pub async fn published<'a>(exec: impl Into<Exec<'a>>, group_id: i64, limit: i64) -> Result<Vec<Published>> {
    Ok(exec!(exec, q => sqlx::query_as::<_, Published>(
        "SELECT w.meeting_id, m.theme, m.starts_at, w.summary, w.published_at
         FROM meeting_writeups w JOIN meetings m ON m.id = w.meeting_id
         WHERE m.group_id = $1 AND w.published_at IS NOT NULL
         ORDER BY m.starts_at DESC, m.id DESC LIMIT $2")
        .bind(group_id).bind(limit).fetch_all(q).await)?)
}
