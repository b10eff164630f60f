//! Peer groups (SPEC §4.8): the groups, the councils they invited or count as members, and
//! the people who joined them. A group's webhook address is a secret: it is read only by
//! `webhook_url`, never with the rest of the group.

use crate::backend::exec;
use crate::{Exec, Result, Tx};
use chrono::{DateTime, Utc};
use serde::Serialize;

/// A group as its pages show it (without its webhook address).
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, Serialize)]
pub struct Group {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub region: String,
    pub description: String,
    pub chat_link: Option<String>,
    pub webhook_set: bool,
    pub created_at: DateTime<Utc>,
}

const GROUP_COLUMNS: &str = "g.id, g.slug, g.name, g.region, g.description, g.chat_link,
    g.webhook_url IS NOT NULL AS webhook_set, g.created_at";

/// A group's details as they are saved.
pub struct GroupFields<'s> {
    pub name: &'s str,
    pub region: &'s str,
    pub description: &'s str,
    pub chat_link: Option<&'s str>,
}

/// Creates a group; returns its id.
pub async fn create(
    tx: &mut Tx,
    slug: &str,
    fields: &GroupFields<'_>,
    webhook_url: Option<&str>,
    by: i64,
    now: DateTime<Utc>,
) -> Result<i64> {
    Ok(exec!(&mut *tx, q => sqlx::query_scalar::<_, i64>(
        "INSERT INTO peer_groups (slug, name, region, description, chat_link, webhook_url, created_by,
             created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id")
        .bind(slug).bind(fields.name).bind(fields.region).bind(fields.description).bind(fields.chat_link)
        .bind(webhook_url).bind(by).bind(now)
        .fetch_one(q).await)?)
}

/// Saves a group's details. `webhook`: None keeps the address held, Some(None) removes it.
pub async fn update(
    tx: &mut Tx,
    id: i64,
    fields: &GroupFields<'_>,
    webhook: Option<Option<&str>>,
    now: DateTime<Utc>,
) -> Result<()> {
    let (change, url) = match webhook {
        None => (false, None),
        Some(url) => (true, url),
    };
    exec!(&mut *tx, q => sqlx::query(
        "UPDATE peer_groups SET name = $1, region = $2, description = $3, chat_link = $4,
             webhook_url = CASE WHEN $5 THEN $6 ELSE webhook_url END, updated_at = $7
         WHERE id = $8")
        .bind(fields.name).bind(fields.region).bind(fields.description).bind(fields.chat_link)
        .bind(change).bind(url).bind(now).bind(id)
        .execute(q).await.map(|_| ()))?;
    Ok(())
}

/// The group at this address.
pub async fn by_slug<'a>(exec: impl Into<Exec<'a>>, slug: &str) -> Result<Option<Group>> {
    Ok(exec!(exec, q => sqlx::query_as::<_, Group>(sqlx::AssertSqlSafe(format!(
        "SELECT {GROUP_COLUMNS} FROM peer_groups g WHERE g.slug = $1")))
        .bind(slug).fetch_optional(q).await)?)
}

/// A group's webhook address, the secret: only for sending to it and for showing it
/// masked to the people who keep the group.
pub async fn webhook_url<'a>(exec: impl Into<Exec<'a>>, id: i64) -> Result<Option<String>> {
    Ok(exec!(exec, q => sqlx::query_scalar::<_, Option<String>>(
        "SELECT webhook_url FROM peer_groups WHERE id = $1")
        .bind(id).fetch_optional(q).await)?
    .flatten())
}

/// A group in a list, with how many councils are its members.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, Serialize)]
pub struct Listed {
    pub slug: String,
    pub name: String,
    pub region: String,
    pub councils: i64,
}

/// The groups by name, from after `after` (a name), at most `limit`.
pub async fn list<'a>(exec: impl Into<Exec<'a>>, after: Option<&str>, limit: i64) -> Result<Vec<Listed>> {
    Ok(exec!(exec, q => sqlx::query_as::<_, Listed>(
        "SELECT g.slug, g.name, g.region,
                (SELECT COUNT(*) FROM peer_group_councils c
                 WHERE c.group_id = g.id AND c.standing = 'member') AS councils
         FROM peer_groups g WHERE ($1 IS NULL OR g.name > $1) ORDER BY g.name LIMIT $2")
        .bind(after).bind(limit).fetch_all(q).await)?)
}

/// The groups a person joined, by name, and whether they lead each.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, Serialize)]
pub struct Joined {
    pub slug: String,
    pub name: String,
    pub lead: bool,
}

pub async fn joined_by<'a>(exec: impl Into<Exec<'a>>, user_id: i64) -> Result<Vec<Joined>> {
    Ok(exec!(exec, q => sqlx::query_as::<_, Joined>(
        "SELECT g.slug, g.name, p.lead FROM peer_group_people p JOIN peer_groups g ON g.id = p.group_id
         WHERE p.user_id = $1 ORDER BY g.name")
        .bind(user_id).fetch_all(q).await)?)
}

/// A council invited to a group, or one of its members.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, Serialize)]
pub struct GroupCouncil {
    pub org_id: i64,
    pub code: String,
    pub name: String,
    pub standing: String,
}

/// A group's councils: members first, then those invited, each by name.
pub async fn councils<'a>(exec: impl Into<Exec<'a>>, group_id: i64) -> Result<Vec<GroupCouncil>> {
    Ok(exec!(exec, q => sqlx::query_as::<_, GroupCouncil>(
        "SELECT o.id AS org_id, o.code, o.name, c.standing
         FROM peer_group_councils c JOIN organisations o ON o.id = c.org_id
         WHERE c.group_id = $1 ORDER BY c.standing DESC, o.name")
        .bind(group_id).fetch_all(q).await)?)
}

/// How a council stands in a group ("invited" or "member"), if it does.
pub async fn council_standing<'a>(exec: impl Into<Exec<'a>>, group_id: i64, org_id: i64) -> Result<Option<String>> {
    Ok(exec!(exec, q => sqlx::query_scalar::<_, String>(
        "SELECT standing FROM peer_group_councils WHERE group_id = $1 AND org_id = $2")
        .bind(group_id).bind(org_id).fetch_optional(q).await)?)
}

/// Invites a council; false when it was already invited or a member.
pub async fn invite_council(tx: &mut Tx, group_id: i64, org_id: i64, by: i64, now: DateTime<Utc>) -> Result<bool> {
    let n = exec!(&mut *tx, q => sqlx::query(
        "INSERT INTO peer_group_councils (group_id, org_id, standing, invited_by, invited_at)
         VALUES ($1, $2, 'invited', $3, $4) ON CONFLICT (group_id, org_id) DO NOTHING")
        .bind(group_id).bind(org_id).bind(by).bind(now)
        .execute(q).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Makes a council a member at once (a group's first lead's council); false when it was
/// one already.
pub async fn add_member_council(tx: &mut Tx, group_id: i64, org_id: i64, by: i64, now: DateTime<Utc>) -> Result<bool> {
    let n = exec!(&mut *tx, q => sqlx::query(
        "INSERT INTO peer_group_councils (group_id, org_id, standing, invited_by, invited_at, answered_by, answered_at)
         VALUES ($1, $2, 'member', $3, $4, $3, $4)
         ON CONFLICT (group_id, org_id) DO UPDATE SET standing = 'member', answered_by = $3, answered_at = $4
         WHERE peer_group_councils.standing = 'invited'")
        .bind(group_id).bind(org_id).bind(by).bind(now)
        .execute(q).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Accepts (the council becomes a member) or declines (the invitation goes) a council's
/// invitation; false when there is no invitation waiting.
pub async fn answer_invitation(
    tx: &mut Tx,
    group_id: i64,
    org_id: i64,
    accept: bool,
    by: i64,
    now: DateTime<Utc>,
) -> Result<bool> {
    let n = if accept {
        exec!(&mut *tx, q => sqlx::query(
            "UPDATE peer_group_councils SET standing = 'member', answered_by = $3, answered_at = $4
             WHERE group_id = $1 AND org_id = $2 AND standing = 'invited'")
            .bind(group_id).bind(org_id).bind(by).bind(now)
            .execute(q).await.map(|r| r.rows_affected()))?
    } else {
        exec!(&mut *tx, q => sqlx::query(
            "DELETE FROM peer_group_councils WHERE group_id = $1 AND org_id = $2 AND standing = 'invited'")
            .bind(group_id).bind(org_id)
            .execute(q).await.map(|r| r.rows_affected()))?
    };
    Ok(n == 1)
}

/// Takes a member council out of a group, with every one of its people who joined it.
/// Returns how many people left; None when the council was not a member.
pub async fn remove_council(tx: &mut Tx, group_id: i64, org_id: i64) -> Result<Option<u64>> {
    let people = exec!(&mut *tx, q => sqlx::query(
        "DELETE FROM peer_group_people WHERE group_id = $1 AND org_id = $2")
        .bind(group_id).bind(org_id)
        .execute(q).await.map(|r| r.rows_affected()))?;
    let councils = exec!(&mut *tx, q => sqlx::query(
        "DELETE FROM peer_group_councils WHERE group_id = $1 AND org_id = $2 AND standing = 'member'")
        .bind(group_id).bind(org_id)
        .execute(q).await.map(|r| r.rows_affected()))?;
    Ok((councils == 1).then_some(people))
}

/// Someone who joined a group.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, Serialize)]
pub struct Person {
    pub user_id: i64,
    pub display_name: String,
    pub org_code: String,
    pub org_name: String,
    pub lead: bool,
}

const PERSON_COLUMNS: &str = "p.user_id, u.display_name, o.code AS org_code, o.name AS org_name, p.lead";

/// A group's leads, by name.
pub async fn leads<'a>(exec: impl Into<Exec<'a>>, group_id: i64) -> Result<Vec<Person>> {
    Ok(
        exec!(exec, q => sqlx::query_as::<_, Person>(sqlx::AssertSqlSafe(format!(
        "SELECT {PERSON_COLUMNS} FROM peer_group_people p
         JOIN users u ON u.id = p.user_id JOIN organisations o ON o.id = p.org_id
         WHERE p.group_id = $1 AND p.lead ORDER BY u.display_name, p.user_id")))
        .bind(group_id).fetch_all(q).await)?,
    )
}

/// Where a page of a group's people ends: the last name and id shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonKey {
    pub name: String,
    pub user_id: i64,
}

/// A group's people by name, from after `after`, at most `limit`.
pub async fn people<'a>(
    exec: impl Into<Exec<'a>>,
    group_id: i64,
    after: Option<&PersonKey>,
    limit: i64,
) -> Result<Vec<Person>> {
    let (name, id) = after.map_or((None, None), |k| (Some(k.name.as_str()), Some(k.user_id)));
    Ok(
        exec!(exec, q => sqlx::query_as::<_, Person>(sqlx::AssertSqlSafe(format!(
        "SELECT {PERSON_COLUMNS} FROM peer_group_people p
         JOIN users u ON u.id = p.user_id JOIN organisations o ON o.id = p.org_id
         WHERE p.group_id = $1 AND ($2 IS NULL OR (u.display_name, p.user_id) > ($2, $3))
         ORDER BY u.display_name, p.user_id LIMIT $4")))
        .bind(group_id).bind(name).bind(id).bind(limit).fetch_all(q).await)?,
    )
}

/// How a person stands in a group they joined: for which council, and whether they lead it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, sqlx::FromRow)]
pub struct Standing {
    pub org_id: i64,
    pub lead: bool,
}

pub async fn standing<'a>(exec: impl Into<Exec<'a>>, group_id: i64, user_id: i64) -> Result<Option<Standing>> {
    Ok(exec!(exec, q => sqlx::query_as::<_, Standing>(
        "SELECT org_id, lead FROM peer_group_people WHERE group_id = $1 AND user_id = $2")
        .bind(group_id).bind(user_id).fetch_optional(q).await)?)
}

/// A person joins a group for one of its member councils; false when they had joined.
pub async fn join(
    tx: &mut Tx,
    group_id: i64,
    user_id: i64,
    org_id: i64,
    lead: bool,
    now: DateTime<Utc>,
) -> Result<bool> {
    let n = exec!(&mut *tx, q => sqlx::query(
        "INSERT INTO peer_group_people (group_id, user_id, org_id, lead, joined_at)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (group_id, user_id) DO UPDATE SET lead = TRUE
         WHERE $4 AND NOT peer_group_people.lead")
        .bind(group_id).bind(user_id).bind(org_id).bind(lead).bind(now)
        .execute(q).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// A person leaves a group; false when they had not joined.
pub async fn leave(tx: &mut Tx, group_id: i64, user_id: i64) -> Result<bool> {
    let n = exec!(&mut *tx, q => sqlx::query(
        "DELETE FROM peer_group_people WHERE group_id = $1 AND user_id = $2")
        .bind(group_id).bind(user_id)
        .execute(q).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Makes someone who joined a group one of its leads, or not; false when they had not
/// joined or already stood so.
pub async fn set_lead(tx: &mut Tx, group_id: i64, user_id: i64, lead: bool) -> Result<bool> {
    let n = exec!(&mut *tx, q => sqlx::query(
        "UPDATE peer_group_people SET lead = $3 WHERE group_id = $1 AND user_id = $2 AND lead <> $3")
        .bind(group_id).bind(user_id).bind(lead)
        .execute(q).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Everyone who joined a group, to tell them something.
pub async fn people_ids<'a>(exec: impl Into<Exec<'a>>, group_id: i64) -> Result<Vec<i64>> {
    Ok(exec!(exec, q => sqlx::query_scalar::<_, i64>(
        "SELECT user_id FROM peer_group_people WHERE group_id = $1 ORDER BY user_id")
        .bind(group_id).fetch_all(q).await)?)
}

/// The people of one council who joined a group.
pub async fn people_of_council<'a>(exec: impl Into<Exec<'a>>, group_id: i64, org_id: i64) -> Result<Vec<i64>> {
    Ok(exec!(exec, q => sqlx::query_scalar::<_, i64>(
        "SELECT user_id FROM peer_group_people WHERE group_id = $1 AND org_id = $2 ORDER BY user_id")
        .bind(group_id).bind(org_id).fetch_all(q).await)?)
}
