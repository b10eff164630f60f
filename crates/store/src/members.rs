//! Memberships of councils and the roles held in each.

use crate::backend::exec;
use crate::{Exec, Result};
use chrono::{DateTime, Utc};
use domain::authz::Membership;
use domain::roles::Role;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(sqlx::FromRow)]
struct RoleRow {
    org_id: i64,
    role: Option<String>,
}

/// Parses stored role names; the column's CHECK constraint keeps them valid.
fn roles_of(rows: Vec<RoleRow>) -> BTreeMap<i64, Vec<Role>> {
    let mut by_org: BTreeMap<i64, Vec<Role>> = BTreeMap::new();
    for row in rows {
        let roles = by_org.entry(row.org_id).or_default();
        if let Some(role) = row.role.and_then(|r| r.parse().ok()) {
            roles.push(role);
        }
    }
    for roles in by_org.values_mut() {
        roles.sort();
    }
    by_org
}

/// Every council the person belongs to, with their roles there.
pub async fn memberships_of<'a>(exec: impl Into<Exec<'a>>, user_id: i64) -> Result<Vec<Membership>> {
    let rows = exec!(exec, c => sqlx::query_as::<_, RoleRow>(
        "SELECT m.org_id, r.role FROM memberships m
         LEFT JOIN membership_roles r ON r.membership_id = m.id
         WHERE m.user_id = $1 ORDER BY m.org_id, r.role")
        .bind(user_id)
        .fetch_all(c)
        .await)?;
    Ok(roles_of(rows)
        .into_iter()
        .map(|(org_id, roles)| Membership { org_id, roles })
        .collect())
}

/// Makes the person a member of the council with the given roles (adding to any held).
pub async fn add<'a>(
    exec: impl Into<Exec<'a>>,
    user_id: i64,
    org_id: i64,
    roles: &[Role],
    now: DateTime<Utc>,
) -> Result<()> {
    let mut exec = exec.into();
    exec!(&mut exec, c => sqlx::query(
        "INSERT INTO memberships (user_id, org_id, created_at) VALUES ($1, $2, $3) ON CONFLICT (user_id, org_id) DO NOTHING")
        .bind(user_id).bind(org_id).bind(now).execute(c).await.map(|r| r.rows_affected()))?;
    for role in roles {
        exec!(&mut exec, c => sqlx::query(
            "INSERT INTO membership_roles (membership_id, role, granted_at)
             SELECT id, $3, $4 FROM memberships WHERE user_id = $1 AND org_id = $2
             ON CONFLICT (membership_id, role) DO NOTHING")
            .bind(user_id).bind(org_id).bind(role.as_str()).bind(now).execute(c).await.map(|r| r.rows_affected()))?;
    }
    Ok(())
}

/// Ends a person's membership of a council, with its roles; false when they were not a
/// member.
pub async fn remove(tx: &mut crate::Tx, user_id: i64, org_id: i64) -> Result<bool> {
    exec!(&mut *tx, c => sqlx::query(
        "DELETE FROM membership_roles WHERE membership_id IN
            (SELECT id FROM memberships WHERE user_id = $1 AND org_id = $2)")
        .bind(user_id).bind(org_id).execute(c).await.map(|r| r.rows_affected()))?;
    let removed = exec!(&mut *tx, c => sqlx::query("DELETE FROM memberships WHERE user_id = $1 AND org_id = $2")
        .bind(user_id).bind(org_id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(removed == 1)
}

/// The roles one person holds in one council; None when they are not a member.
pub async fn roles_in<'a>(exec: impl Into<Exec<'a>>, user_id: i64, org_id: i64) -> Result<Option<Vec<Role>>> {
    let rows = exec!(exec, c => sqlx::query_as::<_, RoleRow>(
        "SELECT m.org_id, r.role FROM memberships m
         LEFT JOIN membership_roles r ON r.membership_id = m.id
         WHERE m.user_id = $1 AND m.org_id = $2 ORDER BY r.role")
        .bind(user_id).bind(org_id).fetch_all(c).await)?;
    Ok(roles_of(rows).remove(&org_id))
}

/// Replaces one member's roles in one council.
pub async fn set_roles<'a>(
    exec: impl Into<Exec<'a>>,
    user_id: i64,
    org_id: i64,
    roles: &[Role],
    now: DateTime<Utc>,
) -> Result<()> {
    let mut exec = exec.into();
    exec!(&mut exec, c => sqlx::query(
        "DELETE FROM membership_roles WHERE membership_id = (SELECT id FROM memberships WHERE user_id = $1 AND org_id = $2)")
        .bind(user_id).bind(org_id).execute(c).await.map(|r| r.rows_affected()))?;
    add(exec, user_id, org_id, roles, now).await
}

/// How many council admins the council has, not counting `except_user`.
pub async fn count_admins_except<'a>(exec: impl Into<Exec<'a>>, org_id: i64, except_user: i64) -> Result<i64> {
    Ok(exec!(exec, c => sqlx::query_scalar::<_, i64>(
        "SELECT COUNT(*) FROM memberships m JOIN membership_roles r ON r.membership_id = m.id
         WHERE m.org_id = $1 AND r.role = 'council_admin' AND m.user_id <> $2")
        .bind(org_id).bind(except_user).fetch_one(c).await)?)
}

#[derive(Debug, Clone, Serialize)]
pub struct Member {
    pub user_id: i64,
    pub display_name: String,
    pub email: String,
    pub roles: Vec<Role>,
}

#[derive(sqlx::FromRow)]
struct MemberRow {
    user_id: i64,
    display_name: String,
    email: String,
    role: Option<String>,
}

/// The council's members in name order, each with their roles.
pub async fn list<'a>(exec: impl Into<Exec<'a>>, org_id: i64) -> Result<Vec<Member>> {
    let rows = exec!(exec, c => sqlx::query_as::<_, MemberRow>(
        "SELECT u.id AS user_id, u.display_name, u.email, r.role FROM memberships m
         JOIN users u ON u.id = m.user_id
         LEFT JOIN membership_roles r ON r.membership_id = m.id
         WHERE m.org_id = $1 ORDER BY u.display_name, u.id, r.role")
        .bind(org_id).fetch_all(c).await)?;
    let mut members: Vec<Member> = Vec::new();
    for row in rows {
        if members.last().map(|m| m.user_id) != Some(row.user_id) {
            members.push(Member {
                user_id: row.user_id,
                display_name: row.display_name,
                email: row.email,
                roles: Vec::new(),
            });
        }
        if let (Some(member), Some(role)) = (members.last_mut(), row.role.and_then(|r| r.parse().ok())) {
            member.roles.push(role);
        }
    }
    for member in &mut members {
        member.roles.sort();
    }
    Ok(members)
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Contact {
    pub user_id: i64,
    pub display_name: String,
    pub email: String,
}

/// Everyone holding `role` in the council, to notify them.
pub async fn with_role<'a>(exec: impl Into<Exec<'a>>, org_id: i64, role: Role) -> Result<Vec<Contact>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, Contact>(
        "SELECT u.id AS user_id, u.display_name, u.email FROM memberships m
         JOIN membership_roles r ON r.membership_id = m.id JOIN users u ON u.id = m.user_id
         WHERE m.org_id = $1 AND r.role = $2 ORDER BY u.id")
        .bind(org_id).bind(role.as_str()).fetch_all(c).await)?)
}
