//! "Show and tell" projects, their teams and other councils' responses (SPEC §4.8).

use crate::backend::exec;
use crate::{Exec, Result, Tx};
use chrono::{DateTime, Utc};
use serde::Serialize;

/// A project, with its council, group, service and component named.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, Serialize)]
pub struct Project {
    pub id: i64,
    pub org_id: i64,
    pub org_name: String,
    pub posted_by: i64,
    pub group_id: Option<i64>,
    pub group_slug: Option<String>,
    pub group_name: Option<String>,
    pub title: String,
    pub lgsl_id: Option<i64>,
    pub service: Option<String>,
    pub phase: String,
    pub description: String,
    pub links: String,
    pub component_id: Option<i64>,
    pub component_name: Option<String>,
    pub agenda_item_id: Option<i64>,
    pub created_at: DateTime<Utc>,
    /// When a platform admin hid it (domain::moderation), while hidden.
    pub hidden_at: Option<DateTime<Utc>>,
}

const COLUMNS: &str = "p.id, p.org_id, o.name AS org_name, p.posted_by, p.group_id, g.slug AS group_slug,
    g.name AS group_name, p.title, p.lgsl_id, s.label AS service, p.phase, p.description, p.links, p.component_id,
    c.name AS component_name, p.agenda_item_id, p.created_at, p.hidden_at";
const FROM: &str = "projects p JOIN organisations o ON o.id = p.org_id
    LEFT JOIN peer_groups g ON g.id = p.group_id LEFT JOIN lgsl_services s ON s.id = p.lgsl_id
    LEFT JOIN components c ON c.id = p.component_id";

/// A project as it is saved.
pub struct NewProject<'s> {
    pub org_id: i64,
    pub group_id: Option<i64>,
    pub title: &'s str,
    pub lgsl_id: Option<i64>,
    pub phase: &'s str,
    pub description: &'s str,
    pub links: &'s str,
    pub component_id: Option<i64>,
}

pub async fn create(tx: &mut Tx, p: &NewProject<'_>, team: &[i64], by: i64, now: DateTime<Utc>) -> Result<i64> {
    let id = exec!(&mut *tx, q => sqlx::query_scalar::<_, i64>(
        "INSERT INTO projects (org_id, posted_by, group_id, title, lgsl_id, phase, description, links, component_id,
             created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id")
        .bind(p.org_id).bind(by).bind(p.group_id).bind(p.title).bind(p.lgsl_id).bind(p.phase).bind(p.description)
        .bind(p.links).bind(p.component_id).bind(now)
        .fetch_one(q).await)?;
    for profile in team {
        exec!(&mut *tx, q => sqlx::query("INSERT INTO project_team (project_id, profile_id) VALUES ($1, $2)")
            .bind(id).bind(profile).execute(q).await.map(|_| ()))?;
    }
    Ok(id)
}

/// The project, unless a platform admin hid it (then it is not found by anyone).
pub async fn find<'a>(exec: impl Into<Exec<'a>>, id: i64) -> Result<Option<Project>> {
    Ok(
        exec!(exec, q => sqlx::query_as::<_, Project>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM {FROM} WHERE p.id = $1 AND p.hidden_at IS NULL")))
        .bind(id).fetch_optional(q).await)?,
    )
}

/// Projects shown to one group (or, with None, to everyone), newest first, before `before`.
pub async fn list<'a>(
    exec: impl Into<Exec<'a>>,
    group_id: Option<i64>,
    before: Option<i64>,
    limit: i64,
) -> Result<Vec<Project>> {
    let audience = if group_id.is_some() {
        "p.group_id = $1"
    } else {
        "p.group_id IS NULL AND $1 IS NULL"
    };
    Ok(
        exec!(exec, q => sqlx::query_as::<_, Project>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM {FROM}
         WHERE {audience} AND p.hidden_at IS NULL AND ($2 IS NULL OR p.id < $2) ORDER BY p.id DESC LIMIT $3")))
        .bind(group_id).bind(before).bind(limit).fetch_all(q).await)?,
    )
}

/// The projects that provide a component, newest first, at most `limit`.
pub async fn providing<'a>(exec: impl Into<Exec<'a>>, component_id: i64, limit: i64) -> Result<Vec<Project>> {
    Ok(
        exec!(exec, q => sqlx::query_as::<_, Project>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM {FROM} WHERE p.component_id = $1 AND p.hidden_at IS NULL ORDER BY p.id DESC LIMIT $2")))
        .bind(component_id).bind(limit).fetch_all(q).await)?,
    )
}

/// The projects put on a meeting's agenda items.
pub async fn on_agenda<'a>(exec: impl Into<Exec<'a>>, meeting_id: i64) -> Result<Vec<Project>> {
    Ok(
        exec!(exec, q => sqlx::query_as::<_, Project>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM {FROM}
         WHERE p.hidden_at IS NULL AND p.agenda_item_id IN (SELECT a.id FROM agenda_items a WHERE a.meeting_id = $1) ORDER BY p.id")))
        .bind(meeting_id).fetch_all(q).await)?,
    )
}

pub async fn put_on_agenda(tx: &mut Tx, id: i64, agenda_item_id: Option<i64>, now: DateTime<Utc>) -> Result<()> {
    exec!(&mut *tx, q => sqlx::query("UPDATE projects SET agenda_item_id = $2, updated_at = $3 WHERE id = $1")
        .bind(id).bind(agenda_item_id).bind(now).execute(q).await.map(|_| ()))?;
    Ok(())
}

/// A member of a project's team.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, Serialize)]
pub struct TeamMember {
    pub profile_id: i64,
    pub display_name: String,
}

pub async fn team<'a>(exec: impl Into<Exec<'a>>, project_id: i64) -> Result<Vec<TeamMember>> {
    Ok(exec!(exec, q => sqlx::query_as::<_, TeamMember>(
        "SELECT t.profile_id, pr.display_name FROM project_team t JOIN profiles pr ON pr.id = t.profile_id
         WHERE t.project_id = $1 ORDER BY pr.display_name, t.profile_id")
        .bind(project_id).fetch_all(q).await)?)
}

/// Another council's response, and the project council's answer.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, Serialize)]
pub struct Response {
    pub id: i64,
    pub user_id: i64,
    pub responder_name: String,
    pub org_name: String,
    pub kind: String,
    pub body: String,
    pub answer: Option<String>,
    pub created_at: DateTime<Utc>,
}

pub async fn add_response(
    tx: &mut Tx,
    project_id: i64,
    (user_id, org_id): (i64, i64),
    (kind, body): (&str, &str),
    now: DateTime<Utc>,
) -> Result<i64> {
    Ok(exec!(&mut *tx, q => sqlx::query_scalar::<_, i64>(
        "INSERT INTO project_responses (project_id, user_id, org_id, kind, body, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id")
        .bind(project_id).bind(user_id).bind(org_id).bind(kind).bind(body).bind(now)
        .fetch_one(q).await)?)
}

/// Answers a response to this project; false when it has no such response.
pub async fn answer(
    tx: &mut Tx,
    project_id: i64,
    response_id: i64,
    text: &str,
    by: i64,
    now: DateTime<Utc>,
) -> Result<bool> {
    let n = exec!(&mut *tx, q => sqlx::query(
        "UPDATE project_responses SET answer = $3, answered_by = $4, answered_at = $5
         WHERE project_id = $1 AND id = $2")
        .bind(project_id).bind(response_id).bind(text).bind(by).bind(now)
        .execute(q).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// A project's responses, oldest first, at most `limit`.
pub async fn responses<'a>(exec: impl Into<Exec<'a>>, project_id: i64, limit: i64) -> Result<Vec<Response>> {
    Ok(exec!(exec, q => sqlx::query_as::<_, Response>(
        "SELECT r.id, r.user_id, u.display_name AS responder_name, o.name AS org_name, r.kind, r.body, r.answer,
                r.created_at
         FROM project_responses r JOIN users u ON u.id = r.user_id JOIN organisations o ON o.id = r.org_id
         WHERE r.project_id = $1 ORDER BY r.id LIMIT $2")
        .bind(project_id).bind(limit).fetch_all(q).await)?)
}

/// The person who made a response, and their council (for telling them of an answer).
pub async fn responder<'a>(exec: impl Into<Exec<'a>>, project_id: i64, response_id: i64) -> Result<Option<i64>> {
    Ok(exec!(exec, q => sqlx::query_scalar::<_, i64>(
        "SELECT user_id FROM project_responses WHERE project_id = $1 AND id = $2")
        .bind(project_id).bind(response_id).fetch_optional(q).await)?)
}
