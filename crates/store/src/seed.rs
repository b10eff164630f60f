//! Reference data shipped inside the binary and loaded by `migrate` (see seed/README.md).
//! Each list is upserted by its natural key, and only when its file has changed since it
//! was last loaded.

use crate::backend::exec;
use crate::{Db, Result, StoreError, Tx};
use chrono::Utc;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use sha2::{Digest, Sha256};

const COUNCILS_CSV: &str = include_str!("../seed/councils.csv");
const ROLES_CSV: &str = include_str!("../seed/ddat_roles.csv");
const SKILLS_CSV: &str = include_str!("../seed/ddat_skills.csv");
const ROLE_SKILLS_CSV: &str = include_str!("../seed/ddat_role_skills.csv");
const SERVICES_CSV: &str = include_str!("../seed/lgsl_services.csv");
const INTERNAL_SERVICES_CSV: &str = include_str!("../seed/internal_services.csv");
const CAPABILITIES_CSV: &str = include_str!("../seed/capabilities.csv");
const SERVICE_CAPABILITIES_CSV: &str = include_str!("../seed/service_capabilities.csv");

#[derive(Debug, Deserialize)]
struct CouncilRow {
    code: String,
    official_name: String,
    nice_name: String,
    gss_code: String,
    nation: String,
    region: String,
    type_code: String,
    type_name: String,
}

#[derive(Debug, Deserialize)]
struct RoleRow {
    family: String,
    role: String,
    level: String,
    band: i64,
}

#[derive(Debug, Deserialize)]
struct SkillRow {
    name: String,
    description: String,
}

#[derive(Debug, Deserialize)]
struct RoleSkillRow {
    role: String,
    skill: String,
}

#[derive(Debug, Deserialize)]
struct ServiceRow {
    lgsl: i64,
    label: String,
    description: String,
}

#[derive(Debug, Deserialize)]
struct CapabilityRow {
    id: i64,
    kind: String,
    label: String,
    parent: Option<i64>,
    position: i64,
    description: String,
}

#[derive(Debug, Deserialize)]
struct ServiceCapabilityRow {
    lgsl: i64,
    capability: i64,
}

fn rows<T: DeserializeOwned>(text: &str) -> Result<Vec<T>> {
    csv::Reader::from_reader(text.as_bytes())
        .deserialize()
        .collect::<std::result::Result<Vec<T>, _>>()
        .map_err(|e| StoreError::Seed(e.to_string()))
}

fn non_empty(value: &str) -> Option<&str> {
    Some(value).filter(|v| !v.is_empty())
}

/// Loads every reference list whose file changed since it was last loaded. An entry a
/// platform admin changed keeps the change (`changed_at`); retired entries stay retired.
pub async fn load_reference_data(db: &Db) -> Result<()> {
    let mut tx = db.begin().await?;
    if changed(&mut tx, "councils", COUNCILS_CSV).await? {
        load_councils(&mut tx).await?;
    }
    let ddat = [ROLES_CSV, SKILLS_CSV, ROLE_SKILLS_CSV].concat();
    if changed(&mut tx, "ddat", &ddat).await? {
        load_ddat(&mut tx).await?;
    }
    let services = [SERVICES_CSV, INTERNAL_SERVICES_CSV].concat();
    if changed(&mut tx, "lgsl", &services).await? {
        load_services(&mut tx).await?;
    }
    let capabilities = [CAPABILITIES_CSV, SERVICE_CAPABILITIES_CSV].concat();
    if changed(&mut tx, "capabilities", &capabilities).await? {
        load_capabilities(&mut tx).await?;
    }
    tx.commit().await
}

/// Records the file's checksum; true when it differs from the one loaded before.
async fn changed(tx: &mut Tx, name: &str, text: &str) -> Result<bool> {
    let checksum = hex::encode(Sha256::digest(text.as_bytes()));
    let loaded = exec!(&mut *tx, c => sqlx::query_scalar::<_, String>("SELECT checksum FROM reference_data WHERE name = $1")
        .bind(name).fetch_optional(c).await)?;
    if loaded.as_deref() == Some(checksum.as_str()) {
        return Ok(false);
    }
    exec!(&mut *tx, c => sqlx::query(
        "INSERT INTO reference_data (name, checksum) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET checksum = $2")
        .bind(name).bind(&checksum).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(true)
}

async fn load_councils(tx: &mut Tx) -> Result<()> {
    let now = Utc::now();
    for row in rows::<CouncilRow>(COUNCILS_CSV)? {
        exec!(&mut *tx, c => sqlx::query(
            "INSERT INTO organisations (code, name, short_name, gss_code, nation, region, type_code, type_name, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
             ON CONFLICT (code) DO UPDATE SET name = $2, short_name = $3, gss_code = $4, nation = $5,
                 region = $6, type_code = $7, type_name = $8",
        )
        .bind(&row.code)
        .bind(&row.official_name)
        .bind(&row.nice_name)
        .bind(non_empty(&row.gss_code))
        .bind(&row.nation)
        .bind(non_empty(&row.region))
        .bind(&row.type_code)
        .bind(&row.type_name)
        .bind(now)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    }
    Ok(())
}

async fn load_ddat(tx: &mut Tx) -> Result<()> {
    for row in rows::<RoleRow>(ROLES_CSV)? {
        exec!(&mut *tx, c => sqlx::query(
            "INSERT INTO ddat_roles (family, name) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET family = $1 WHERE ddat_roles.changed_at IS NULL")
            .bind(&row.family).bind(&row.role).execute(c).await.map(|r| r.rows_affected()))?;
        exec!(&mut *tx, c => sqlx::query(
            "INSERT INTO ddat_levels (role_id, name, band) SELECT id, $2, $3 FROM ddat_roles WHERE name = $1
             ON CONFLICT (role_id, name) DO UPDATE SET band = $3")
            .bind(&row.role).bind(&row.level).bind(row.band).execute(c).await.map(|r| r.rows_affected()))?;
    }
    for row in rows::<SkillRow>(SKILLS_CSV)? {
        exec!(&mut *tx, c => sqlx::query(
            "INSERT INTO ddat_skills (name, description) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET description = $2 WHERE ddat_skills.changed_at IS NULL")
            .bind(&row.name).bind(&row.description).execute(c).await.map(|r| r.rows_affected()))?;
    }
    for row in rows::<RoleSkillRow>(ROLE_SKILLS_CSV)? {
        exec!(&mut *tx, c => sqlx::query(
            "INSERT INTO ddat_role_skills (role_id, skill_id)
             SELECT r.id, s.id FROM ddat_roles r, ddat_skills s WHERE r.name = $1 AND s.name = $2
             ON CONFLICT (role_id, skill_id) DO NOTHING")
            .bind(&row.role).bind(&row.skill).execute(c).await.map(|r| r.rows_affected()))?;
    }
    Ok(())
}

async fn load_services(tx: &mut Tx) -> Result<()> {
    for (text, internal) in [(SERVICES_CSV, false), (INTERNAL_SERVICES_CSV, true)] {
        for row in rows::<ServiceRow>(text)? {
            exec!(&mut *tx, c => sqlx::query(
                "INSERT INTO lgsl_services (id, label, description, internal) VALUES ($1, $2, $3, $4)
                 ON CONFLICT (id) DO UPDATE SET label = $2, description = $3, internal = $4
                 WHERE lgsl_services.changed_at IS NULL")
                .bind(row.lgsl).bind(&row.label).bind(&row.description).bind(internal)
                .execute(c).await.map(|r| r.rows_affected()))?;
        }
    }
    Ok(())
}

/// Capabilities (each after its parent in the file) and the capabilities each service
/// usually involves.
async fn load_capabilities(tx: &mut Tx) -> Result<()> {
    for row in rows::<CapabilityRow>(CAPABILITIES_CSV)? {
        exec!(&mut *tx, c => sqlx::query(
            "INSERT INTO capabilities (id, kind, label, parent_id, position, description) VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (id) DO UPDATE SET kind = $2, label = $3, parent_id = $4, position = $5, description = $6
             WHERE capabilities.changed_at IS NULL")
            .bind(row.id).bind(&row.kind).bind(&row.label).bind(row.parent).bind(row.position).bind(&row.description)
            .execute(c).await.map(|r| r.rows_affected()))?;
    }
    for row in rows::<ServiceCapabilityRow>(SERVICE_CAPABILITIES_CSV)? {
        exec!(&mut *tx, c => sqlx::query(
            "INSERT INTO service_capabilities (lgsl_id, capability_id) VALUES ($1, $2)
             ON CONFLICT (lgsl_id, capability_id) DO NOTHING")
            .bind(row.lgsl).bind(row.capability).execute(c).await.map(|r| r.rows_affected()))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_current_council_is_shipped() {
        let rows = rows::<CouncilRow>(COUNCILS_CSV).unwrap();
        assert_eq!(rows.len(), 397);
        assert!(rows.iter().any(|r| r.code == "WOK" && r.nation == "England"));
        assert!(rows
            .iter()
            .all(|r| !r.official_name.is_empty() && (3..=4).contains(&r.code.len())));
    }

    #[test]
    fn framework_and_service_lists_are_shipped() {
        let levels = rows::<RoleRow>(ROLES_CSV).unwrap();
        assert_eq!(levels.len(), 205);
        assert!(levels.iter().all(|l| (1..=8).contains(&l.band)));
        assert_eq!(rows::<SkillRow>(SKILLS_CSV).unwrap().len(), 188);
        assert_eq!(rows::<RoleSkillRow>(ROLE_SKILLS_CSV).unwrap().len(), 439);
        let services = rows::<ServiceRow>(SERVICES_CSV).unwrap();
        assert_eq!(services.len(), 978);
        assert!(services.iter().any(|s| s.label == "Household waste collection"));
    }

    #[test]
    fn capability_lists_are_shipped_parents_first() {
        let internal = rows::<ServiceRow>(INTERNAL_SERVICES_CSV).unwrap();
        assert_eq!(internal.len(), 126);
        let capabilities = rows::<CapabilityRow>(CAPABILITIES_CSV).unwrap();
        assert_eq!(capabilities.iter().filter(|c| c.kind == "interaction").count(), 32);
        assert_eq!(capabilities.iter().filter(|c| c.kind == "technical").count(), 14);
        let mut seen = std::collections::HashSet::new();
        for c in &capabilities {
            assert!(
                c.parent.is_none_or(|p| seen.contains(&p)),
                "{} comes after its parent",
                c.label
            );
            seen.insert(c.id);
        }
        let services: std::collections::HashSet<i64> = rows::<ServiceRow>(SERVICES_CSV)
            .unwrap()
            .into_iter()
            .chain(internal)
            .map(|s| s.lgsl)
            .collect();
        let links = rows::<ServiceCapabilityRow>(SERVICE_CAPABILITIES_CSV).unwrap();
        assert_eq!(links.len(), 1805);
        assert!(links
            .iter()
            .all(|l| services.contains(&l.lgsl) && seen.contains(&l.capability)));
    }
}
