//! "Bring a problem" posts and the replies offering help (SPEC §4.8).

use crate::backend::exec;
use crate::{Exec, Result, Tx};
use chrono::{DateTime, Utc};
use serde::Serialize;

/// A problem, with its council, poster, group and service named.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, Serialize)]
pub struct Problem {
    pub id: i64,
    pub org_id: i64,
    pub org_name: String,
    pub posted_by: i64,
    pub poster_name: String,
    pub group_id: Option<i64>,
    pub group_slug: Option<String>,
    pub group_name: Option<String>,
    pub title: String,
    pub description: String,
    pub lgsl_id: Option<i64>,
    pub service: Option<String>,
    pub tried: String,
    pub links: String,
    pub status: String,
    pub opportunity_id: Option<i64>,
    pub agenda_item_id: Option<i64>,
    pub created_at: DateTime<Utc>,
    /// When a platform admin hid it (domain::moderation), while hidden.
    pub hidden_at: Option<DateTime<Utc>>,
}

const COLUMNS: &str = "p.id, p.org_id, o.name AS org_name, p.posted_by, u.display_name AS poster_name, p.group_id,
    g.slug AS group_slug, g.name AS group_name, p.title, p.description, p.lgsl_id, s.label AS service, p.tried,
    p.links, p.status, p.opportunity_id, p.agenda_item_id, p.created_at, p.hidden_at";
const FROM: &str = "problems p JOIN organisations o ON o.id = p.org_id JOIN users u ON u.id = p.posted_by
    LEFT JOIN peer_groups g ON g.id = p.group_id LEFT JOIN lgsl_services s ON s.id = p.lgsl_id";

/// A problem as it is saved.
pub struct NewProblem<'s> {
    pub org_id: i64,
    pub group_id: Option<i64>,
    pub title: &'s str,
    pub description: &'s str,
    pub lgsl_id: Option<i64>,
    pub tried: &'s str,
    pub links: &'s str,
}

pub async fn create(tx: &mut Tx, p: &NewProblem<'_>, by: i64, now: DateTime<Utc>) -> Result<i64> {
    Ok(exec!(&mut *tx, q => sqlx::query_scalar::<_, i64>(
        "INSERT INTO problems (org_id, posted_by, group_id, title, description, lgsl_id, tried, links, created_at,
             updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id")
        .bind(p.org_id).bind(by).bind(p.group_id).bind(p.title).bind(p.description).bind(p.lgsl_id)
        .bind(p.tried).bind(p.links).bind(now)
        .fetch_one(q).await)?)
}

/// The problem, unless a platform admin hid it (then it is not found by anyone).
pub async fn find<'a>(exec: impl Into<Exec<'a>>, id: i64) -> Result<Option<Problem>> {
    Ok(
        exec!(exec, q => sqlx::query_as::<_, Problem>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM {FROM} WHERE p.id = $1 AND p.hidden_at IS NULL")))
        .bind(id).fetch_optional(q).await)?,
    )
}

/// Problems to one group (or, with None, to everyone), newest first, before `before`.
pub async fn list<'a>(
    exec: impl Into<Exec<'a>>,
    group_id: Option<i64>,
    before: Option<i64>,
    limit: i64,
) -> Result<Vec<Problem>> {
    let audience = if group_id.is_some() {
        "p.group_id = $1"
    } else {
        "p.group_id IS NULL AND $1 IS NULL"
    };
    Ok(
        exec!(exec, q => sqlx::query_as::<_, Problem>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM {FROM}
         WHERE {audience} AND p.hidden_at IS NULL AND ($2 IS NULL OR p.id < $2) ORDER BY p.id DESC LIMIT $3")))
        .bind(group_id).bind(before).bind(limit).fetch_all(q).await)?,
    )
}

/// The problems put on an agenda's items, by item.
pub async fn on_agenda<'a>(exec: impl Into<Exec<'a>>, meeting_id: i64) -> Result<Vec<Problem>> {
    Ok(
        exec!(exec, q => sqlx::query_as::<_, Problem>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM {FROM}
         WHERE p.hidden_at IS NULL AND p.agenda_item_id IN (SELECT a.id FROM agenda_items a WHERE a.meeting_id = $1)
         ORDER BY p.id")))
        .bind(meeting_id).fetch_all(q).await)?,
    )
}

/// The problem a draft opportunity was made from.
pub async fn of_opportunity<'a>(exec: impl Into<Exec<'a>>, opportunity_id: i64) -> Result<Option<Problem>> {
    Ok(
        exec!(exec, q => sqlx::query_as::<_, Problem>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM {FROM} WHERE p.opportunity_id = $1")))
        .bind(opportunity_id).fetch_optional(q).await)?,
    )
}

/// Marks an open problem solved; false when it was not open.
pub async fn mark_solved(tx: &mut Tx, id: i64, now: DateTime<Utc>) -> Result<bool> {
    let n = exec!(&mut *tx, q => sqlx::query(
        "UPDATE problems SET status = 'solved', updated_at = $2 WHERE id = $1 AND status = 'open'")
        .bind(id).bind(now).execute(q).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Links an open problem to the draft opportunity made from it; false when it was not open.
pub async fn link_opportunity(tx: &mut Tx, id: i64, opportunity_id: i64, now: DateTime<Utc>) -> Result<bool> {
    let n = exec!(&mut *tx, q => sqlx::query(
        "UPDATE problems SET status = 'opportunity', opportunity_id = $2, updated_at = $3
         WHERE id = $1 AND status = 'open'")
        .bind(id).bind(opportunity_id).bind(now).execute(q).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Puts a problem on an agenda item (or takes it off, with None).
pub async fn put_on_agenda(tx: &mut Tx, id: i64, agenda_item_id: Option<i64>, now: DateTime<Utc>) -> Result<()> {
    exec!(&mut *tx, q => sqlx::query("UPDATE problems SET agenda_item_id = $2, updated_at = $3 WHERE id = $1")
        .bind(id).bind(agenda_item_id).bind(now).execute(q).await.map(|_| ()))?;
    Ok(())
}

/// A reply offering help, with who replied and the practitioner offered.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, Serialize)]
pub struct Reply {
    pub id: i64,
    pub user_id: i64,
    pub replier_name: String,
    pub org_name: String,
    pub kind: String,
    pub body: String,
    pub profile_id: Option<i64>,
    pub profile_name: Option<String>,
    pub created_at: DateTime<Utc>,
}

pub async fn add_reply(
    tx: &mut Tx,
    problem_id: i64,
    (user_id, org_id): (i64, i64),
    (kind, body, profile_id): (&str, &str, Option<i64>),
    now: DateTime<Utc>,
) -> Result<i64> {
    Ok(exec!(&mut *tx, q => sqlx::query_scalar::<_, i64>(
        "INSERT INTO problem_replies (problem_id, user_id, org_id, kind, body, profile_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id")
        .bind(problem_id).bind(user_id).bind(org_id).bind(kind).bind(body).bind(profile_id).bind(now)
        .fetch_one(q).await)?)
}

/// A problem's replies, oldest first, at most `limit`.
pub async fn replies<'a>(exec: impl Into<Exec<'a>>, problem_id: i64, limit: i64) -> Result<Vec<Reply>> {
    Ok(exec!(exec, q => sqlx::query_as::<_, Reply>(
        "SELECT r.id, r.user_id, u.display_name AS replier_name, o.name AS org_name, r.kind, r.body, r.profile_id,
                pr.display_name AS profile_name, r.created_at
         FROM problem_replies r JOIN users u ON u.id = r.user_id JOIN organisations o ON o.id = r.org_id
         LEFT JOIN profiles pr ON pr.id = r.profile_id
         WHERE r.problem_id = $1 ORDER BY r.id LIMIT $2")
        .bind(problem_id).bind(limit).fetch_all(q).await)?)
}
