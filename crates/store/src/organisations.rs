//! Councils and their verified email domains.

use crate::backend::exec;
use crate::{Exec, Result};
use chrono::{DateTime, Utc};
use serde::Serialize;

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Organisation {
    pub id: i64,
    pub code: String,
    pub name: String,
    pub short_name: String,
    pub gss_code: Option<String>,
    pub nation: String,
    pub region: Option<String>,
    pub type_code: String,
    pub type_name: String,
}

impl Organisation {
    /// The org-id identifier (org-id.guide) used in open data, e.g. `GB-LAE-WOK`.
    pub fn org_id(&self) -> String {
        org_identifier(&self.nation, &self.code)
    }
}

/// A council's org-id identifier from its nation and code.
pub fn org_identifier(nation: &str, code: &str) -> String {
    let list = match nation {
        "Scotland" => "GB-LAS",
        "Wales" => "GB-PLA",
        "Northern Ireland" => "GB-LANI",
        _ => "GB-LAE",
    };
    format!("{list}-{code}")
}

const COLUMNS: &str = "id, code, name, short_name, gss_code, nation, region, type_code, type_name";

/// Filters for the list of councils; every field is optional.
#[derive(Debug, Clone, Default)]
pub struct OrganisationFilter {
    pub words: Option<String>,
    pub code: Option<String>,
    pub type_code: Option<String>,
    pub nation: Option<String>,
}

/// Where the previous page ended, for keyset pagination by name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameCursor {
    pub name: String,
    pub id: i64,
}

fn like_pattern(words: &str) -> String {
    let escaped = words
        .to_lowercase()
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    format!("%{escaped}%")
}

/// One page of councils in name order, starting after `after`. Returns up to `limit` rows.
pub async fn list<'a>(
    exec: impl Into<Exec<'a>>,
    filter: &OrganisationFilter,
    after: Option<&NameCursor>,
    limit: i64,
) -> Result<Vec<Organisation>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM organisations
         WHERE ($1 IS NULL OR LOWER(name) LIKE $1 ESCAPE '\\' OR LOWER(short_name) LIKE $1 ESCAPE '\\')
           AND ($2 IS NULL OR code = $2)
           AND ($3 IS NULL OR type_code = $3)
           AND ($4 IS NULL OR nation = $4)
           AND ($5 IS NULL OR name > $5 OR (name = $5 AND id > $6))
         ORDER BY name, id
         LIMIT $7"
    );
    let words = filter.words.as_deref().map(like_pattern);
    let rows = exec!(exec, c => sqlx::query_as::<_, Organisation>(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(words.as_deref())
        .bind(filter.code.as_deref())
        .bind(filter.type_code.as_deref())
        .bind(filter.nation.as_deref())
        .bind(after.map(|a| a.name.as_str()))
        .bind(after.map(|a| a.id).unwrap_or(0))
        .bind(limit)
        .fetch_all(c)
        .await)?;
    Ok(rows)
}

pub async fn find_by_code<'a>(exec: impl Into<Exec<'a>>, code: &str) -> Result<Option<Organisation>> {
    let sql = format!("SELECT {COLUMNS} FROM organisations WHERE code = $1");
    Ok(
        exec!(exec, c => sqlx::query_as::<_, Organisation>(sqlx::AssertSqlSafe(sql.as_str())).bind(code.to_uppercase()).fetch_optional(c).await)?,
    )
}

/// A council by its code (`WOK`) or its exact name, any case.
pub async fn find_by_code_or_name<'a>(exec: impl Into<Exec<'a>>, text: &str) -> Result<Option<Organisation>> {
    let sql = format!("SELECT {COLUMNS} FROM organisations WHERE code = $1 OR LOWER(name) = $2 ORDER BY id LIMIT 1");
    Ok(
        exec!(exec, c => sqlx::query_as::<_, Organisation>(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(text.trim().to_uppercase()).bind(text.trim().to_lowercase()).fetch_optional(c).await)?,
    )
}

/// A kind of council (county, London borough, Welsh unitary authority…).
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, Serialize)]
pub struct CouncilType {
    pub code: String,
    pub name: String,
}

/// The kinds of council there are, by name.
pub async fn types<'a>(exec: impl Into<Exec<'a>>) -> Result<Vec<CouncilType>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, CouncilType>(
        "SELECT DISTINCT type_code AS code, type_name AS name FROM organisations ORDER BY name")
        .fetch_all(c).await)?)
}

/// Several councils at once, by name.
pub async fn find_many<'a>(exec: impl Into<Exec<'a>>, ids: &[i64]) -> Result<Vec<Organisation>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let exec = crate::backend::into_exec(exec);
    let listed = crate::sql::in_id_list(exec.backend(), "id", "$1");
    let sql = format!("SELECT {COLUMNS} FROM organisations WHERE {listed} ORDER BY name");
    let ids = crate::sql::id_list(ids);
    Ok(
        exec!(exec, c => sqlx::query_as::<_, Organisation>(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(ids.as_str()).fetch_all(c).await)?,
    )
}

pub async fn find_by_id<'a>(exec: impl Into<Exec<'a>>, id: i64) -> Result<Option<Organisation>> {
    let sql = format!("SELECT {COLUMNS} FROM organisations WHERE id = $1");
    Ok(
        exec!(exec, c => sqlx::query_as::<_, Organisation>(sqlx::AssertSqlSafe(sql.as_str())).bind(id).fetch_optional(c).await)?,
    )
}

/// The council whose verified domain this is, if any.
pub async fn find_by_domain<'a>(exec: impl Into<Exec<'a>>, domain: &str) -> Result<Option<Organisation>> {
    let sql = format!(
        "SELECT {} FROM organisations o JOIN org_domains d ON d.org_id = o.id WHERE d.domain = $1",
        COLUMNS
            .split(", ")
            .map(|c| format!("o.{c}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    Ok(
        exec!(exec, c => sqlx::query_as::<_, Organisation>(sqlx::AssertSqlSafe(sql.as_str())).bind(domain).fetch_optional(c).await)?,
    )
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct OrgDomain {
    pub id: i64,
    pub domain: String,
    pub added_at: DateTime<Utc>,
}

pub async fn domains<'a>(exec: impl Into<Exec<'a>>, org_id: i64) -> Result<Vec<OrgDomain>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, OrgDomain>(
        "SELECT id, domain, added_at FROM org_domains WHERE org_id = $1 ORDER BY domain")
        .bind(org_id)
        .fetch_all(c)
        .await)?)
}

/// Adds a verified domain. Fails with a unique violation when any council has it already.
pub async fn add_domain<'a>(
    exec: impl Into<Exec<'a>>,
    org_id: i64,
    domain: &str,
    added_by: Option<i64>,
    now: DateTime<Utc>,
) -> Result<i64> {
    Ok(exec!(exec, c => sqlx::query_scalar::<_, i64>(
        "INSERT INTO org_domains (org_id, domain, added_by, added_at) VALUES ($1, $2, $3, $4) RETURNING id")
        .bind(org_id)
        .bind(domain)
        .bind(added_by)
        .bind(now)
        .fetch_one(c)
        .await)?)
}

/// Councils that have at least one verified domain (onboarded), in name order.
pub async fn onboarded<'a>(exec: impl Into<Exec<'a>>) -> Result<Vec<Organisation>> {
    let sql =
        format!("SELECT {COLUMNS} FROM organisations WHERE id IN (SELECT org_id FROM org_domains) ORDER BY name, id");
    Ok(exec!(exec, c => sqlx::query_as::<_, Organisation>(sqlx::AssertSqlSafe(sql.as_str())).fetch_all(c).await)?)
}

/// Serialises changes to one council's memberships: the second of two racing transactions
/// waits here until the first commits, then reads what it wrote. (On SQLite every write
/// transaction is already exclusive.)
pub async fn lock_for_membership_change(tx: &mut crate::Tx, org_id: i64) -> Result<()> {
    let sql = match tx.backend() {
        crate::Backend::Postgres => "SELECT id FROM organisations WHERE id = $1 FOR UPDATE",
        crate::Backend::Sqlite => "SELECT id FROM organisations WHERE id = $1",
    };
    exec!(tx, c => sqlx::query_scalar::<_, i64>(sql).bind(org_id).fetch_optional(c).await)?;
    Ok(())
}
