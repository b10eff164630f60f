//! The capability map (SPEC §4.7): the reference lists (what services need, and the
//! capabilities each service usually involves), the platform's components, and each
//! council's map with its versions.

use crate::backend::exec;
use crate::{Exec, Result, Tx};
use chrono::{DateTime, NaiveDate, Utc};
use domain::capability_map::{ComponentKind, ComponentStatus, CostBand, Entry, Meets, Provision};
use serde::Serialize;

/// A capability a service may need: an esd interaction or a technical capability.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, Serialize)]
pub struct Capability {
    pub id: i64,
    pub kind: String,
    pub label: String,
    pub parent_id: Option<i64>,
    pub description: String,
    /// No longer offered, though maps that record it keep it.
    pub retired: bool,
}

/// Every capability, in the lists' order (each group before its members).
pub async fn capabilities<'a>(exec: impl Into<Exec<'a>>) -> Result<Vec<Capability>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, Capability>(
        "SELECT id, kind, label, parent_id, description, retired_at IS NOT NULL AS retired
         FROM capabilities ORDER BY position, id")
        .fetch_all(c).await)?)
}

/// The capabilities a service usually involves (the LGBM's links): the checklist a council
/// starts from when it maps the service.
pub async fn checklist<'a>(exec: impl Into<Exec<'a>>, lgsl_id: i64) -> Result<Vec<i64>> {
    Ok(exec!(exec, c => sqlx::query_scalar::<_, i64>(
        "SELECT s.capability_id FROM service_capabilities s JOIN capabilities k ON k.id = s.capability_id
         WHERE s.lgsl_id = $1 ORDER BY k.position")
        .bind(lgsl_id).fetch_all(c).await)?)
}

/// A component on the platform's list (or proposed for it).
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, Serialize)]
pub struct Component {
    pub id: i64,
    pub name: String,
    #[sqlx(try_from = "String")]
    pub kind: ComponentKind,
    pub supplier: String,
    pub licence: String,
    pub link: String,
    pub description: String,
    pub built_by_org_id: Option<i64>,
    #[sqlx(try_from = "String")]
    pub status: ComponentStatus,
    pub proposed_by: Option<i64>,
    pub proposed_by_org_id: Option<i64>,
}

/// A component as someone enters it.
#[derive(Debug, Clone)]
pub struct NewComponent<'a> {
    pub name: &'a str,
    pub kind: ComponentKind,
    pub supplier: &'a str,
    pub licence: &'a str,
    pub link: &'a str,
    pub description: &'a str,
    /// The council that built an in-house component.
    pub built_by_org_id: Option<i64>,
}

/// Adds a component: listed at once (by a platform admin) or proposed (by a council's
/// admin, `org_id`). Fails on a name already on the list.
pub async fn add_component(
    tx: &mut Tx,
    c: &NewComponent<'_>,
    status: ComponentStatus,
    by: i64,
    org_id: Option<i64>,
    now: DateTime<Utc>,
) -> Result<i64> {
    Ok(exec!(&mut *tx, q => sqlx::query_scalar::<_, i64>(
        "INSERT INTO components (name, kind, supplier, licence, link, description, built_by_org_id, status,
             proposed_by, proposed_by_org_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id")
        .bind(c.name).bind(c.kind.as_str()).bind(c.supplier).bind(c.licence).bind(c.link).bind(c.description)
        .bind(c.built_by_org_id).bind(status.as_str()).bind(by).bind(org_id).bind(now)
        .fetch_one(q).await)?)
}

/// Lists or declines a proposed component; false when it is not (or no longer) proposed.
pub async fn review_component(tx: &mut Tx, id: i64, listed: bool, by: i64, now: DateTime<Utc>) -> Result<bool> {
    let status = if listed {
        ComponentStatus::Listed
    } else {
        ComponentStatus::Declined
    };
    let n = exec!(&mut *tx, q => sqlx::query(
        "UPDATE components SET status = $1, reviewed_by = $2, reviewed_at = $3 WHERE id = $4 AND status = 'proposed'")
        .bind(status.as_str()).bind(by).bind(now).bind(id)
        .execute(q).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

const COMPONENT_COLUMNS: &str =
    "id, name, kind, supplier, licence, link, description, built_by_org_id, status, proposed_by, proposed_by_org_id";

/// The components in one status, by name.
pub async fn components<'a>(exec: impl Into<Exec<'a>>, status: ComponentStatus) -> Result<Vec<Component>> {
    Ok(
        exec!(exec, q => sqlx::query_as::<_, Component>(sqlx::AssertSqlSafe(format!(
        "SELECT {COMPONENT_COLUMNS} FROM components WHERE status = $1 ORDER BY name")))
        .bind(status.as_str()).fetch_all(q).await)?,
    )
}

/// One component, whatever its status.
pub async fn component<'a>(exec: impl Into<Exec<'a>>, id: i64) -> Result<Option<Component>> {
    Ok(
        exec!(exec, q => sqlx::query_as::<_, Component>(sqlx::AssertSqlSafe(format!(
        "SELECT {COMPONENT_COLUMNS} FROM components WHERE id = $1")))
        .bind(id).fetch_optional(q).await)?,
    )
}

/// Several components at once, whatever their status, by name.
pub async fn components_by_ids<'a>(exec: impl Into<Exec<'a>>, ids: &[i64]) -> Result<Vec<Component>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let exec = crate::backend::into_exec(exec);
    let listed = crate::sql::in_id_list(exec.backend(), "id", "$1");
    let sql = format!("SELECT {COMPONENT_COLUMNS} FROM components WHERE {listed} ORDER BY name");
    let ids = crate::sql::id_list(ids);
    Ok(
        exec!(exec, c => sqlx::query_as::<_, Component>(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(ids.as_str()).fetch_all(c).await)?,
    )
}

/// The components a council may record: those listed, and those it proposed that are
/// waiting for review. By name.
pub async fn usable_components<'a>(exec: impl Into<Exec<'a>>, org_id: i64) -> Result<Vec<Component>> {
    Ok(
        exec!(exec, q => sqlx::query_as::<_, Component>(sqlx::AssertSqlSafe(format!(
        "SELECT {COMPONENT_COLUMNS} FROM components
         WHERE status = 'listed' OR (status = 'proposed' AND proposed_by_org_id = $1) ORDER BY name")))
        .bind(org_id).fetch_all(q).await)?,
    )
}

/// A service a council can map: public (LGSL) or back-office.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, Serialize)]
pub struct MapService {
    pub id: i64,
    pub label: String,
    pub internal: bool,
    /// No longer offered to map, though maps that name it keep it.
    pub retired: bool,
}

/// Every service a council can map, by name.
pub async fn services<'a>(exec: impl Into<Exec<'a>>) -> Result<Vec<MapService>> {
    Ok(exec!(exec, q => sqlx::query_as::<_, MapService>(
        "SELECT id, label, internal, retired_at IS NOT NULL AS retired FROM lgsl_services ORDER BY label")
        .fetch_all(q).await)?)
}

/// A service a council has mapped: how many capabilities it recorded, and when it last
/// changed the service's map.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, Serialize)]
pub struct MappedService {
    pub lgsl_id: i64,
    pub label: String,
    pub capabilities: i64,
    pub updated_at: DateTime<Utc>,
}

/// The services a council has mapped, by name.
pub async fn council_services<'a>(exec: impl Into<Exec<'a>>, org_id: i64) -> Result<Vec<MappedService>> {
    Ok(exec!(exec, q => sqlx::query_as::<_, MappedService>(
        "SELECT e.lgsl_id, s.label, COUNT(*) AS capabilities, MAX(e.updated_at) AS updated_at
         FROM map_entries e JOIN lgsl_services s ON s.id = e.lgsl_id
         WHERE e.org_id = $1 AND e.meets <> 'removed'
         GROUP BY e.lgsl_id, s.label ORDER BY s.label")
        .bind(org_id).fetch_all(q).await)?)
}

/// How many councils meet one capability of a service in one way: by a component (with
/// `component_id`), by nothing, or by a manual process.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, Serialize)]
pub struct NeedCount {
    pub capability_id: i64,
    pub meets: String,
    pub component_id: Option<i64>,
    pub councils: i64,
}

/// A council named on a map page.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, Serialize)]
pub struct MapCouncil {
    pub id: i64,
    pub code: String,
    pub name: String,
}

/// A service across councils, as its page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ServiceUsage {
    /// The councils that have mapped the service, by name.
    pub councils: Vec<MapCouncil>,
    /// The councils counted by capability and what meets it: by capability, the most
    /// common way first.
    pub counts: Vec<NeedCount>,
    /// The names of the components in `counts`, by id.
    pub components: Vec<(i64, String)>,
}

/// One service across councils, read by one statement: hundreds of counts on a service
/// most councils map, so they come back as one joined value (numbers and fixed words:
/// the cheapest aggregate on both backends), and the councils and components' names as
/// JSON (any text).
pub async fn service_usage<'a>(exec: impl Into<Exec<'a>>, lgsl_id: i64) -> Result<ServiceUsage> {
    let exec = exec.into();
    let backend = exec.backend();
    let sql = format!(
        "SELECT
             (SELECT {counts} FROM map_needs WHERE lgsl_id = $1 AND councils > 0) AS counts,
             (SELECT {councils} FROM map_service_councils m JOIN organisations o ON o.id = m.org_id
              WHERE m.lgsl_id = $1 AND m.entries > 0) AS councils,
             (SELECT {components} FROM components c WHERE c.id IN (
                  SELECT component_key FROM map_needs
                  WHERE lgsl_id = $1 AND councils > 0 AND component_key <> 0)) AS components",
        counts = crate::joined::rows(backend, &["capability_id", "meets", "component_key", "councils"]),
        councils = crate::sql::json_rows(backend, "o.id, o.code, o.name"),
        components = crate::sql::json_rows(backend, "c.id, c.name"),
    );
    let (counts, councils, components) = exec!(exec, q => sqlx::query_as::<_, (Option<String>, String, String)>(
        sqlx::AssertSqlSafe(sql.as_str())).bind(lgsl_id).fetch_one(q).await)?;
    let mut counts = crate::joined::split_rows(counts.as_deref(), |row| {
        let [capability_id, meets, component_key, councils] = row else {
            return None;
        };
        let component_key: i64 = component_key.parse().ok()?;
        Some(NeedCount {
            capability_id: capability_id.parse().ok()?,
            meets: (*meets).to_string(),
            component_id: (component_key != 0).then_some(component_key),
            councils: councils.parse().ok()?,
        })
    })?;
    counts.sort_by_key(|c| {
        (
            c.capability_id,
            std::cmp::Reverse(c.councils),
            c.component_id.unwrap_or(0),
        )
    });
    let mut councils: Vec<MapCouncil> = crate::sql::read_json_rows::<(i64, String, String)>(&councils)?
        .into_iter()
        .map(|(id, code, name)| MapCouncil { id, code, name })
        .collect();
    councils.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
    Ok(ServiceUsage {
        councils,
        counts,
        components: crate::sql::read_json_rows(&components)?,
    })
}

/// One use of a component: a council meets a capability of a service with it.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, Serialize)]
pub struct ComponentUse {
    pub org_id: i64,
    pub code: String,
    pub council: String,
    pub lgsl_id: i64,
    pub service: String,
    pub capability_id: i64,
    pub provision: String,
}

/// Every use of a component, by council, service and capability.
pub async fn component_uses<'a>(exec: impl Into<Exec<'a>>, component_id: i64) -> Result<Vec<ComponentUse>> {
    Ok(exec!(exec, q => sqlx::query_as::<_, ComponentUse>(
        "SELECT e.org_id, o.code, o.name AS council, e.lgsl_id, s.label AS service, e.capability_id,
             e.provision
         FROM map_entries e JOIN organisations o ON o.id = e.org_id JOIN lgsl_services s ON s.id = e.lgsl_id
         WHERE e.component_id = $1 AND e.meets = 'component'
         ORDER BY o.name, s.label, e.capability_id")
        .bind(component_id).fetch_all(q).await)?)
}

/// One entry of a council's map as stored (never a removed one).
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, Serialize)]
pub struct SavedEntry {
    pub id: i64,
    pub org_id: i64,
    pub lgsl_id: i64,
    pub capability_id: i64,
    pub meets: String,
    pub component_id: Option<i64>,
    pub provision: Option<String>,
    pub contract_ends: Option<NaiveDate>,
    pub cost_band: Option<String>,
    pub cost_pence: Option<i64>,
    pub satisfaction: Option<i64>,
    pub note: String,
    pub private: bool,
    pub version: i64,
    pub updated_by: i64,
    pub updated_at: DateTime<Utc>,
}

impl SavedEntry {
    /// The entry as the domain's rules read it (None for a value the schema's checks
    /// would not let in).
    pub fn entry(&self) -> Option<Entry> {
        let meets = match self.meets.as_str() {
            "nothing" => Meets::Nothing,
            "manual" => Meets::Manual,
            "component" => Meets::Component {
                id: self.component_id?,
                provision: self.provision.as_deref()?.parse::<Provision>().ok()?,
            },
            _ => return None,
        };
        Some(Entry {
            org_id: self.org_id,
            service_id: self.lgsl_id,
            capability_id: self.capability_id,
            meets,
            contract_ends: self.contract_ends,
            cost_band: self.cost_band.as_deref().map(str::parse::<CostBand>).transpose().ok()?,
            cost_pence: self.cost_pence,
            satisfaction: self.satisfaction.map(u8::try_from).transpose().ok()?,
            note: self.note.clone(),
        })
    }
}

const ENTRY_COLUMNS: &str = "id, org_id, lgsl_id, capability_id, meets, component_id, provision, contract_ends,
    cost_band, CAST(cost_pence AS BIGINT) AS cost_pence, CAST(satisfaction AS BIGINT) AS satisfaction, note,
    private, CAST(version AS BIGINT) AS version,
    updated_by, updated_at";

/// How an entry's `meets` is stored: the kind, and the component with its provision.
fn stored(e: &Entry) -> (&'static str, Option<i64>, Option<&'static str>) {
    match e.meets {
        Meets::Component { id, provision } => ("component", Some(id), Some(provision.as_str())),
        Meets::Nothing => ("nothing", None, None),
        Meets::Manual => ("manual", None, None),
    }
}

/// Saves what meets one capability of one service in a council (a new entry or the next
/// version of one) and records the version. Returns the entry's id and version.
pub async fn save_entry(tx: &mut Tx, e: &Entry, private: bool, by: i64, now: DateTime<Utc>) -> Result<(i64, i64)> {
    let (meets, component_id, provision) = stored(e);
    let cost_band = e.cost_band.map(CostBand::as_str);
    let satisfaction = e.satisfaction.map(i64::from);
    let (id, version) = exec!(&mut *tx, q => sqlx::query_as::<_, (i64, i64)>(
        "INSERT INTO map_entries (org_id, lgsl_id, capability_id, meets, component_id, provision, contract_ends,
             cost_band, satisfaction, note, private, version, updated_by, updated_at, cost_pence)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 1, $12, $13, $14)
         ON CONFLICT (org_id, lgsl_id, capability_id) DO UPDATE SET meets = excluded.meets,
             component_id = excluded.component_id, provision = excluded.provision,
             contract_ends = excluded.contract_ends, cost_band = excluded.cost_band,
             cost_pence = excluded.cost_pence,
             satisfaction = excluded.satisfaction, note = excluded.note, private = excluded.private,
             version = map_entries.version + 1, updated_by = excluded.updated_by, updated_at = excluded.updated_at
         RETURNING id, CAST(version AS BIGINT)")
        .bind(e.org_id).bind(e.service_id).bind(e.capability_id).bind(meets).bind(component_id).bind(provision)
        .bind(e.contract_ends).bind(cost_band).bind(satisfaction).bind(&e.note).bind(private).bind(by).bind(now)
        .bind(e.cost_pence)
        .fetch_one(q).await)?;
    exec!(&mut *tx, q => sqlx::query(
        "INSERT INTO map_entry_versions (entry_id, version, meets, component_id, provision, contract_ends, cost_band,
             satisfaction, note, private, saved_by, saved_at, cost_pence)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)")
        .bind(id).bind(version).bind(meets).bind(component_id).bind(provision).bind(e.contract_ends).bind(cost_band)
        .bind(satisfaction).bind(&e.note).bind(private).bind(by).bind(now).bind(e.cost_pence)
        .execute(q).await.map(|r| r.rows_affected()))?;
    // The upsert holds the entry's row, so the previous version read here is settled.
    let before = previous(tx, id, version).await?;
    // A new entry, or one taken off and now back, is one more council on the map.
    if before.as_ref().is_none_or(|b| b.meets == "removed") {
        count(tx, e.org_id, e.service_id, e.capability_id, 1).await?;
    }
    let after = Kept {
        meets: meets.to_string(),
        component_id,
        provision: provision.map(str::to_string),
        contract_ends: e.contract_ends,
    };
    keep_sharing(
        tx,
        e.org_id,
        (e.service_id, e.capability_id),
        before.as_ref(),
        Some(&after),
    )
    .await?;
    Ok((id, version))
}

/// What the sharing opportunities read of one version of an entry.
#[derive(Debug, Clone, sqlx::FromRow)]
struct Kept {
    meets: String,
    component_id: Option<i64>,
    provision: Option<String>,
    contract_ends: Option<NaiveDate>,
}

/// The version before `version` of entry `id`, if there is one.
async fn previous(tx: &mut Tx, id: i64, version: i64) -> Result<Option<Kept>> {
    if version <= 1 {
        return Ok(None);
    }
    Ok(exec!(&mut *tx, q => sqlx::query_as::<_, Kept>(
        "SELECT meets, component_id, provision, contract_ends FROM map_entry_versions
         WHERE entry_id = $1 AND version = $2")
        .bind(id).bind(version - 1).fetch_optional(q).await)?)
}

/// Moves an entry's part in `map_needs`, `map_offers` and `map_contracts` from what it was
/// to what it is.
async fn keep_sharing(
    tx: &mut Tx,
    org_id: i64,
    (lgsl_id, capability_id): (i64, i64),
    before: Option<&Kept>,
    after: Option<&Kept>,
) -> Result<()> {
    for (kept, delta) in [(before, -1_i64), (after, 1)] {
        let Some(k) = kept.filter(|k| k.meets != "removed") else {
            continue;
        };
        exec!(&mut *tx, q => sqlx::query(
            "INSERT INTO map_needs (lgsl_id, capability_id, meets, component_key, councils) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (lgsl_id, capability_id, meets, component_key)
             DO UPDATE SET councils = map_needs.councils + excluded.councils")
            .bind(lgsl_id).bind(capability_id).bind(&k.meets).bind(k.component_id.unwrap_or(0)).bind(delta)
            .execute(q).await.map(|r| r.rows_affected()))?;
        let Some(component_id) = k.component_id.filter(|_| k.meets == "component") else {
            continue;
        };
        exec!(&mut *tx, q => sqlx::query(
            "INSERT INTO map_offers (lgsl_id, capability_id, component_id, councils)
             SELECT $1, $2, c.id, $3 FROM components c
             WHERE c.id = $4 AND ($5 IN ('built_in_house', 'open_source') OR c.kind IN ('in_house', 'open_source'))
             ON CONFLICT (lgsl_id, capability_id, component_id)
             DO UPDATE SET councils = map_offers.councils + excluded.councils")
            .bind(lgsl_id).bind(capability_id).bind(delta).bind(component_id).bind(k.provision.as_deref())
            .execute(q).await.map(|r| r.rows_affected()))?;
        if let (Some("bought"), Some(ends)) = (k.provision.as_deref(), k.contract_ends) {
            exec!(&mut *tx, q => sqlx::query(
                "INSERT INTO map_contracts (component_id, org_id, ends, entries) VALUES ($1, $2, $3, $4)
                 ON CONFLICT (component_id, org_id, ends)
                 DO UPDATE SET entries = map_contracts.entries + excluded.entries")
                .bind(component_id).bind(org_id).bind(ends).bind(delta)
                .execute(q).await.map(|r| r.rows_affected()))?;
        }
    }
    Ok(())
}

/// Adds `delta` councils to the counts of one capability of a service (`map_counts`), for
/// the council's type and region, each alone and together; and `delta` entries to the
/// council's count for the service (`map_service_councils`).
async fn count(tx: &mut Tx, org_id: i64, lgsl_id: i64, capability_id: i64, delta: i64) -> Result<()> {
    exec!(&mut *tx, q => sqlx::query(
        "INSERT INTO map_service_councils (lgsl_id, org_id, entries) VALUES ($1, $2, $3)
         ON CONFLICT (lgsl_id, org_id) DO UPDATE SET entries = map_service_councils.entries + excluded.entries")
        .bind(lgsl_id).bind(org_id).bind(delta)
        .execute(q).await.map(|r| r.rows_affected()))?;
    exec!(&mut *tx, q => sqlx::query(
        "INSERT INTO map_counts (type_code, region, lgsl_id, capability_id, councils)
         SELECT k.type_code, k.region, $2, $3, $4 FROM (
             SELECT type_code, COALESCE(region, '') AS region FROM organisations WHERE id = $1
             UNION ALL SELECT type_code, '*' FROM organisations WHERE id = $1
             UNION ALL SELECT '*', COALESCE(region, '') FROM organisations WHERE id = $1
             UNION ALL SELECT '*', '*' FROM organisations WHERE id = $1) k
         WHERE true
         ON CONFLICT (type_code, region, lgsl_id, capability_id)
         DO UPDATE SET councils = map_counts.councils + excluded.councils")
        .bind(org_id).bind(lgsl_id).bind(capability_id).bind(delta)
        .execute(q).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// Takes a capability off a council's service: the entry becomes "removed" in a new
/// version. None when there was no entry to remove.
pub async fn remove_entry(
    tx: &mut Tx,
    org_id: i64,
    lgsl_id: i64,
    capability_id: i64,
    by: i64,
    now: DateTime<Utc>,
) -> Result<Option<(i64, i64)>> {
    let removed = exec!(&mut *tx, q => sqlx::query_as::<_, (i64, i64)>(
        "UPDATE map_entries SET meets = 'removed', component_id = NULL, provision = NULL, contract_ends = NULL,
             cost_band = NULL, cost_pence = NULL, satisfaction = NULL, note = '', private = FALSE, version = version + 1,
             updated_by = $1, updated_at = $2
         WHERE org_id = $3 AND lgsl_id = $4 AND capability_id = $5 AND meets <> 'removed'
         RETURNING id, CAST(version AS BIGINT)")
        .bind(by).bind(now).bind(org_id).bind(lgsl_id).bind(capability_id)
        .fetch_optional(q).await)?;
    if let Some((id, version)) = removed {
        exec!(&mut *tx, q => sqlx::query(
            "INSERT INTO map_entry_versions (entry_id, version, meets, note, private, saved_by, saved_at)
             VALUES ($1, $2, 'removed', '', FALSE, $3, $4)")
            .bind(id).bind(version).bind(by).bind(now)
            .execute(q).await.map(|r| r.rows_affected()))?;
        count(tx, org_id, lgsl_id, capability_id, -1).await?;
        let before = previous(tx, id, version).await?;
        keep_sharing(tx, org_id, (lgsl_id, capability_id), before.as_ref(), None).await?;
    }
    Ok(removed)
}

/// A council's entries for one service, in the capabilities' order.
pub async fn service_map<'a>(exec: impl Into<Exec<'a>>, org_id: i64, lgsl_id: i64) -> Result<Vec<SavedEntry>> {
    Ok(
        exec!(exec, q => sqlx::query_as::<_, SavedEntry>(sqlx::AssertSqlSafe(format!(
        "SELECT {ENTRY_COLUMNS} FROM map_entries
         WHERE org_id = $1 AND lgsl_id = $2 AND meets <> 'removed'
         ORDER BY (SELECT k.position FROM capabilities k WHERE k.id = map_entries.capability_id)")))
        .bind(org_id).bind(lgsl_id).fetch_all(q).await)?,
    )
}

/// A council's entry for one capability of one service, unless it has none (or removed it).
pub async fn entry<'a>(
    exec: impl Into<Exec<'a>>,
    org_id: i64,
    lgsl_id: i64,
    capability_id: i64,
) -> Result<Option<SavedEntry>> {
    Ok(
        exec!(exec, q => sqlx::query_as::<_, SavedEntry>(sqlx::AssertSqlSafe(format!(
        "SELECT {ENTRY_COLUMNS} FROM map_entries
         WHERE org_id = $1 AND lgsl_id = $2 AND capability_id = $3 AND meets <> 'removed'")))
        .bind(org_id).bind(lgsl_id).bind(capability_id).fetch_optional(q).await)?,
    )
}

/// How many councils have mapped one capability of one service.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, Serialize)]
pub struct Cell {
    pub lgsl_id: i64,
    pub capability_id: i64,
    pub councils: i64,
}

/// The matrix of services and capabilities: each cell some council has mapped, counting the
/// councils of one type and one region, either, or neither (None: any); by service and
/// capability. Read one row a service, its cells joined (`crate::joined`): the whole matrix
/// is thousands of cells.
pub async fn matrix<'a>(exec: impl Into<Exec<'a>>, type_code: Option<&str>, region: Option<&str>) -> Result<Vec<Cell>> {
    let exec = crate::backend::into_exec(exec);
    let joined = crate::joined::pairs(exec.backend(), "capability_id", "councils");
    let sql = format!(
        "SELECT lgsl_id, {joined} FROM map_counts
         WHERE type_code = $1 AND region = $2 AND councils > 0 GROUP BY lgsl_id"
    );
    let rows = exec!(exec, q => sqlx::query_as::<_, (i64, Option<String>)>(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(type_code.unwrap_or("*")).bind(region.unwrap_or("*")).fetch_all(q).await)?;
    let mut cells = Vec::new();
    for (lgsl_id, joined) in rows {
        for (capability_id, councils) in crate::joined::split(joined.as_deref())? {
            cells.push(Cell {
                lgsl_id,
                capability_id,
                councils,
            });
        }
    }
    cells.sort_by_key(|c| (c.lgsl_id, c.capability_id));
    Ok(cells)
}

/// Every entry of a council's map, by service and in the capabilities' order.
pub async fn council_entries<'a>(exec: impl Into<Exec<'a>>, org_id: i64) -> Result<Vec<SavedEntry>> {
    Ok(
        exec!(exec, q => sqlx::query_as::<_, SavedEntry>(sqlx::AssertSqlSafe(format!(
        "SELECT {ENTRY_COLUMNS} FROM map_entries
         WHERE org_id = $1 AND meets <> 'removed'
         ORDER BY lgsl_id, (SELECT k.position FROM capabilities k WHERE k.id = map_entries.capability_id)")))
        .bind(org_id).fetch_all(q).await)?,
    )
}

/// The capabilities each service usually involves (the LGBM's links), by service.
pub async fn checklists<'a>(exec: impl Into<Exec<'a>>) -> Result<Vec<(i64, i64)>> {
    Ok(exec!(exec, q => sqlx::query_as::<_, (i64, i64)>(
        "SELECT s.lgsl_id, s.capability_id FROM service_capabilities s JOIN capabilities k ON k.id = s.capability_id
         ORDER BY s.lgsl_id, k.position")
        .fetch_all(q).await)?)
}

/// Every council's entry for one capability of one service, by council.
pub async fn need_map<'a>(exec: impl Into<Exec<'a>>, lgsl_id: i64, capability_id: i64) -> Result<Vec<SavedEntry>> {
    Ok(
        exec!(exec, q => sqlx::query_as::<_, SavedEntry>(sqlx::AssertSqlSafe(format!(
        "SELECT {ENTRY_COLUMNS} FROM map_entries
         WHERE lgsl_id = $1 AND capability_id = $2 AND meets <> 'removed' ORDER BY org_id")))
        .bind(lgsl_id).bind(capability_id).fetch_all(q).await)?,
    )
}

/// One saved version of one capability of a council's service, as its history shows it.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, Serialize)]
pub struct Version {
    pub entry_id: i64,
    pub capability_id: i64,
    pub version: i64,
    pub meets: String,
    pub component_id: Option<i64>,
    pub component_name: Option<String>,
    pub provision: Option<String>,
    pub contract_ends: Option<NaiveDate>,
    pub cost_band: Option<String>,
    pub cost_pence: Option<i64>,
    pub satisfaction: Option<i64>,
    pub note: String,
    pub private: bool,
    pub saved_by_name: String,
    pub saved_at: DateTime<Utc>,
}

/// Where a page of a service's history ends: the last version shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VersionKey {
    pub entry_id: i64,
    pub version: i64,
}

/// The versions of every capability a council has recorded for one service (removed ones
/// included), newest first, from after `after`: at most `limit`. Reads only that service's
/// entries, through their keys.
pub async fn service_history<'a>(
    exec: impl Into<Exec<'a>>,
    org_id: i64,
    lgsl_id: i64,
    after: Option<VersionKey>,
    limit: i64,
) -> Result<Vec<Version>> {
    let (entry_id, version) = after.map_or((None, None), |k| (Some(k.entry_id), Some(k.version)));
    Ok(exec!(exec, q => sqlx::query_as::<_, Version>(
        "SELECT v.entry_id, e.capability_id, CAST(v.version AS BIGINT) AS version, v.meets, v.component_id,
                c.name AS component_name, v.provision, v.contract_ends, v.cost_band,
                CAST(v.cost_pence AS BIGINT) AS cost_pence, CAST(v.satisfaction AS BIGINT) AS satisfaction,
                v.note, v.private, u.display_name AS saved_by_name, v.saved_at
         FROM map_entries e
         JOIN map_entry_versions v ON v.entry_id = e.id
         JOIN users u ON u.id = v.saved_by
         LEFT JOIN components c ON c.id = v.component_id
         WHERE e.org_id = $1 AND e.lgsl_id = $2
           AND ($3 IS NULL OR (v.saved_at, v.entry_id, v.version) <
                (SELECT a.saved_at, a.entry_id, a.version FROM map_entry_versions a
                 WHERE a.entry_id = $3 AND a.version = $4))
         ORDER BY v.saved_at DESC, v.entry_id DESC, v.version DESC
         LIMIT $5")
        .bind(org_id).bind(lgsl_id).bind(entry_id).bind(version).bind(limit).fetch_all(q).await)?)
}
