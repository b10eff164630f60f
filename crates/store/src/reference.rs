//! The reference lists people choose from: DDaT roles, levels and skills, LGSL services.

use crate::backend::exec;
use crate::{Exec, Result};
use serde::Serialize;

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Level {
    pub id: i64,
    pub role_id: i64,
    pub role_name: String,
    pub family: String,
    pub name: String,
    pub band: i64,
}

/// Every level of every role in use that people can hold, by family, role and seniority. The DDaT
/// framework marks some levels "NOT IN USE" (the chief roles'); no choice list offers them,
/// though a record that names one still reads it through `level`.
pub async fn levels<'a>(exec: impl Into<Exec<'a>>) -> Result<Vec<Level>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, Level>(
        "SELECT l.id, l.role_id, r.name AS role_name, r.family, l.name, l.band
         FROM ddat_levels l JOIN ddat_roles r ON r.id = l.role_id
         WHERE l.name <> 'NOT IN USE' AND r.retired_at IS NULL
         ORDER BY r.family, r.name, l.band, l.name")
        .fetch_all(c).await)?)
}

pub async fn level<'a>(exec: impl Into<Exec<'a>>, level_id: i64) -> Result<Option<Level>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, Level>(
        "SELECT l.id, l.role_id, r.name AS role_name, r.family, l.name, l.band
         FROM ddat_levels l JOIN ddat_roles r ON r.id = l.role_id WHERE l.id = $1")
        .bind(level_id).fetch_optional(c).await)?)
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Role {
    pub id: i64,
    pub family: String,
    pub name: String,
}

/// The roles in use with at least one level in use, by family and name.
pub async fn roles<'a>(exec: impl Into<Exec<'a>>) -> Result<Vec<Role>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, Role>(
            "SELECT id, family, name FROM ddat_roles r
             WHERE r.retired_at IS NULL AND EXISTS (SELECT 1 FROM ddat_levels l WHERE l.role_id = r.id AND l.name <> 'NOT IN USE')
             ORDER BY family, name")
        .fetch_all(c).await)?)
}

pub async fn role<'a>(exec: impl Into<Exec<'a>>, id: i64) -> Result<Option<Role>> {
    Ok(
        exec!(exec, c => sqlx::query_as::<_, Role>("SELECT id, family, name FROM ddat_roles WHERE id = $1")
        .bind(id).fetch_optional(c).await)?,
    )
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Skill {
    pub id: i64,
    pub name: String,
    pub description: String,
}

pub async fn skills<'a>(exec: impl Into<Exec<'a>>) -> Result<Vec<Skill>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, Skill>(
            "SELECT id, name, description FROM ddat_skills WHERE retired_at IS NULL ORDER BY name")
        .fetch_all(c).await)?)
}

/// The skills whose names `text` mentions, ignoring case (skill names are plain ASCII),
/// matched in the database so that only the mentioned are read.
pub async fn skills_named_in<'a>(exec: impl Into<Exec<'a>>, text: &str) -> Result<Vec<i64>> {
    let exec = exec.into();
    let sql = format!(
        "SELECT id FROM ddat_skills WHERE {} ORDER BY id",
        crate::sql::contains(exec.backend(), "$1", "lower(name)")
    );
    let lowered = text.to_lowercase();
    Ok(
        exec!(exec, c => sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(sql.as_str())).bind(&lowered).fetch_all(c).await)?,
    )
}

/// The skills the framework lists for a role, for suggestions and demo data.
pub async fn skills_of_role<'a>(exec: impl Into<Exec<'a>>, role_id: i64) -> Result<Vec<i64>> {
    Ok(
        exec!(exec, c => sqlx::query_scalar::<_, i64>("SELECT skill_id FROM ddat_role_skills WHERE role_id = $1 ORDER BY skill_id")
        .bind(role_id).fetch_all(c).await)?,
    )
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Service {
    pub id: i64,
    pub label: String,
    pub description: String,
}

/// The public services of the LGSL: what profiles, bookings and opportunities name. (The
/// back-office internal services are for the capability map.)
pub async fn services<'a>(exec: impl Into<Exec<'a>>) -> Result<Vec<Service>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, Service>(
            "SELECT id, label, description FROM lgsl_services WHERE NOT internal AND retired_at IS NULL ORDER BY label")
        .fetch_all(c).await)?)
}

pub async fn service<'a>(exec: impl Into<Exec<'a>>, id: i64) -> Result<Option<Service>> {
    Ok(
        exec!(exec, c => sqlx::query_as::<_, Service>("SELECT id, label, description FROM lgsl_services WHERE id = $1")
        .bind(id).fetch_optional(c).await)?,
    )
}

pub async fn skill_exists<'a>(exec: impl Into<Exec<'a>>, id: i64) -> Result<bool> {
    Ok(
        exec!(exec, c => sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM ddat_skills WHERE id = $1")
        .bind(id).fetch_one(c).await)?
            > 0,
    )
}
