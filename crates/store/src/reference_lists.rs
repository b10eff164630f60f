//! Managing the reference lists (domain::reference_lists): the entries as platform admins
//! see them, retired ones included, and adding, changing and retiring them; and the
//! reference generation, which each change moves to tell every instance to reload.

use crate::backend::exec;
use crate::{Exec, Result, Tx};
use chrono::{DateTime, Utc};
use domain::reference_lists::{next_local_id, List};
use serde::Serialize;

/// An entry of a list as its admin page shows it.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, Serialize)]
pub struct Entry {
    pub id: i64,
    pub name: String,
    /// A role's family, or a description.
    pub detail: String,
    /// Added by a platform admin rather than loaded from the shipped list.
    pub added_here: bool,
    pub retired: bool,
}

fn select(list: List) -> String {
    format!(
        "SELECT id, {name} AS name, {detail} AS detail, added_at IS NOT NULL AS added_here,
                retired_at IS NOT NULL AS retired
         FROM {table}",
        name = list.name_column(),
        detail = list.detail_column(),
        table = list.table()
    )
}

/// Entries whose names contain `words` (any case), by name, after `after` (a name and an
/// id), at most `limit`.
pub async fn entries<'a>(
    exec: impl Into<Exec<'a>>,
    list: List,
    words: &str,
    after: Option<(&str, i64)>,
    limit: i64,
) -> Result<Vec<Entry>> {
    let exec = exec.into();
    let name = list.name_column();
    let matches = crate::sql::contains(exec.backend(), &format!("lower({name})"), "$1");
    let sql = format!(
        "{} WHERE {matches} AND ($2 IS NULL OR ({name}, id) > ($2, $3)) ORDER BY {name}, id LIMIT $4",
        select(list)
    );
    let (after_name, after_id) = after.map_or((None, 0), |(n, i)| (Some(n), i));
    let words = words.trim().to_lowercase();
    Ok(
        exec!(exec, c => sqlx::query_as::<_, Entry>(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(&words).bind(after_name).bind(after_id).bind(limit).fetch_all(c).await)?,
    )
}

pub async fn entry<'a>(exec: impl Into<Exec<'a>>, list: List, id: i64) -> Result<Option<Entry>> {
    let sql = format!("{} WHERE id = $1", select(list));
    Ok(
        exec!(exec, c => sqlx::query_as::<_, Entry>(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(id).fetch_optional(c).await)?,
    )
}

/// Whether another entry of the list has this name, ignoring case.
pub async fn name_taken<'a>(exec: impl Into<Exec<'a>>, list: List, name: &str, except: Option<i64>) -> Result<bool> {
    let sql = format!(
        "SELECT COUNT(*) FROM {} WHERE lower({}) = $1 AND id <> $2",
        list.table(),
        list.name_column()
    );
    let name = name.to_lowercase();
    Ok(
        exec!(exec, c => sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(&name).bind(except.unwrap_or(0)).fetch_one(c).await)?
            > 0,
    )
}

/// A capability group a new capability can join: a capability with no parent.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, Serialize)]
pub struct Group {
    pub id: i64,
    pub label: String,
}

pub async fn capability_groups<'a>(exec: impl Into<Exec<'a>>) -> Result<Vec<Group>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, Group>(
        "SELECT id, label FROM capabilities WHERE parent_id IS NULL AND retired_at IS NULL ORDER BY position, id")
        .fetch_all(c).await)?)
}

/// The families roles belong to, for the form that adds a role.
pub async fn role_families<'a>(exec: impl Into<Exec<'a>>) -> Result<Vec<String>> {
    Ok(exec!(exec, c => sqlx::query_scalar::<_, String>(
        "SELECT DISTINCT family FROM ddat_roles ORDER BY family").fetch_all(c).await)?)
}

/// A level of a role, as the role's admin page shows it.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, Serialize)]
pub struct RoleLevel {
    pub name: String,
    pub band: i64,
}

pub async fn role_levels<'a>(exec: impl Into<Exec<'a>>, role_id: i64) -> Result<Vec<RoleLevel>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, RoleLevel>(
        "SELECT name, band FROM ddat_levels WHERE role_id = $1 AND name <> 'NOT IN USE' ORDER BY band, name")
        .bind(role_id).fetch_all(c).await)?)
}

/// Adds an entry; returns its id. A capability joins the group `group` (its kind and the
/// place after the group's last member); anything else ignores it.
pub async fn add(
    tx: &mut Tx,
    list: List,
    name: &str,
    detail: &str,
    group: Option<i64>,
    now: DateTime<Utc>,
) -> Result<i64> {
    let id = if list.numbered_here() {
        let sql = format!("SELECT MAX(id) FROM {}", list.table());
        let highest = exec!(&mut *tx, c => sqlx::query_scalar::<_, Option<i64>>(sqlx::AssertSqlSafe(sql.as_str()))
            .fetch_one(c).await)?;
        Some(next_local_id(highest))
    } else {
        None
    };
    let inserted = match list {
        List::Roles => exec!(&mut *tx, c => sqlx::query_scalar::<_, i64>(
            "INSERT INTO ddat_roles (family, name, added_at) VALUES ($1, $2, $3) RETURNING id")
            .bind(detail).bind(name).bind(now).fetch_one(c).await)?,
        List::Skills => exec!(&mut *tx, c => sqlx::query_scalar::<_, i64>(
            "INSERT INTO ddat_skills (name, description, added_at) VALUES ($1, $2, $3) RETURNING id")
            .bind(name).bind(detail).bind(now).fetch_one(c).await)?,
        List::Services => exec!(&mut *tx, c => sqlx::query_scalar::<_, i64>(
            "INSERT INTO lgsl_services (id, label, description, internal, added_at) VALUES ($1, $2, $3, FALSE, $4)
             RETURNING id")
            .bind(id).bind(name).bind(detail).bind(now).fetch_one(c).await)?,
        List::Capabilities => exec!(&mut *tx, c => sqlx::query_scalar::<_, i64>(
            "INSERT INTO capabilities (id, label, description, kind, parent_id, position, added_at)
             SELECT $1, $2, $3, g.kind, g.id,
                    (SELECT MAX(position) FROM capabilities m WHERE m.id = g.id OR m.parent_id = g.id), $5
             FROM capabilities g WHERE g.id = $4
             RETURNING id")
            .bind(id).bind(name).bind(detail).bind(group).bind(now).fetch_one(c).await)?,
    };
    Ok(inserted)
}

/// Adds levels to a role.
pub async fn add_levels(tx: &mut Tx, role_id: i64, levels: &[(i64, String)], now: DateTime<Utc>) -> Result<()> {
    for (band, name) in levels {
        exec!(&mut *tx, c => sqlx::query(
            "INSERT INTO ddat_levels (role_id, name, band, added_at) VALUES ($1, $2, $3, $4)")
            .bind(role_id).bind(name).bind(band).bind(now).execute(c).await.map(|r| r.rows_affected()))?;
    }
    Ok(())
}

/// Changes an entry's name and detail, marking it changed here so that loading the
/// shipped list again leaves it as it is.
pub async fn change(tx: &mut Tx, list: List, id: i64, name: &str, detail: &str, now: DateTime<Utc>) -> Result<bool> {
    let sql = format!(
        "UPDATE {} SET {} = $2, {} = $3, changed_at = $4 WHERE id = $1",
        list.table(),
        list.name_column(),
        list.detail_column()
    );
    let changed = exec!(&mut *tx, c => sqlx::query(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(id).bind(name).bind(detail).bind(now).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(changed > 0)
}

/// Retires an entry (`Some(now)`) or brings it back (`None`); false when it already was.
pub async fn set_retired(tx: &mut Tx, list: List, id: i64, retired_at: Option<DateTime<Utc>>) -> Result<bool> {
    let sql = format!(
        "UPDATE {} SET retired_at = $2 WHERE id = $1 AND (retired_at IS NULL) = ($2 IS NOT NULL)",
        list.table()
    );
    let changed = exec!(&mut *tx, c => sqlx::query(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(id).bind(retired_at).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(changed > 0)
}

/// Moves the reference generation, once in each transaction that changes a list.
pub async fn bump_generation(tx: &mut Tx) -> Result<()> {
    exec!(&mut *tx, c => sqlx::query("UPDATE reference_generation SET value = value + 1 WHERE id = 1")
        .execute(c).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// Where the reference lists stand: a copy loaded at an older value is out of date.
pub async fn generation<'a>(exec: impl Into<Exec<'a>>) -> Result<i64> {
    Ok(
        exec!(exec, c => sqlx::query_scalar::<_, i64>("SELECT value FROM reference_generation WHERE id = 1")
        .fetch_one(c).await)?,
    )
}
