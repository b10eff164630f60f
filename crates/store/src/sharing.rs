//! What the sharing opportunities of one council are worked out from (SPEC §4.7): reads
//! of the counts the map's statements keep (`map_offers`, `map_contracts`, migration 0031)
//! for that council's own wanting needs and products, so a page costs what it shows however
//! many councils have mapped their services. The rules are `domain::capability_map`'s; the statements
//! here find their candidates, and the store tests check that they agree.

use crate::backend::exec;
use crate::{Backend, Db, Exec, Result, Tx};
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

/// A component other councils use for a capability this council wants: how many of them,
/// and why it is wanting here (nothing, a manual process, or a contract ending).
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, Serialize)]
pub struct ReuseRow {
    pub lgsl_id: i64,
    pub capability_id: i64,
    pub meets: String,
    pub contract_ends: Option<NaiveDate>,
    pub component_id: i64,
    pub councils: i64,
    /// The council that built the component, for an in-house one.
    pub built_by_org_id: Option<i64>,
}

/// For each capability `org_id` wants (met by nothing, by a manual process, or by a bought
/// contract ending on or before `ending_by`), the in-house and open-source components other
/// councils meet it with (`domain::capability_map::wanting` and `offers`), most used first.
pub async fn reuse_for<'a>(exec: impl Into<Exec<'a>>, org_id: i64, ending_by: NaiveDate) -> Result<Vec<ReuseRow>> {
    // The kept counts include the wanting council itself when its own (bought) component
    // is of a kind others could take up: it is not another council, so it is taken off.
    Ok(exec!(exec, q => sqlx::query_as::<_, ReuseRow>(
        "SELECT lgsl_id, capability_id, meets, contract_ends, component_id, councils, built_by_org_id FROM (
             SELECT w.lgsl_id, w.capability_id, w.meets, w.contract_ends, m.component_id,
                 m.councils - CASE WHEN w.component_id = m.component_id AND c.kind IN ('in_house', 'open_source')
                                   THEN 1 ELSE 0 END AS councils,
                 c.built_by_org_id
             FROM map_entries w
             JOIN map_offers m ON m.lgsl_id = w.lgsl_id AND m.capability_id = w.capability_id
             JOIN components c ON c.id = m.component_id
             WHERE w.org_id = $1
               AND (w.meets IN ('nothing', 'manual')
                    OR (w.meets = 'component' AND w.provision = 'bought' AND w.contract_ends <= $2))) found
         WHERE councils > 0
         ORDER BY lgsl_id, capability_id, councils DESC, component_id")
        .bind(org_id).bind(ending_by).fetch_all(q).await)?)
}

/// One council's contract for a bought product: the earliest end, if it buys the product
/// for several services.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, Serialize)]
pub struct ContractEnd {
    pub component_id: i64,
    pub org_id: i64,
    pub ends: NaiveDate,
}

impl ContractEnd {
    /// The contract as the domain's rules read an entry: the product bought, ending then.
    pub fn entry(&self) -> domain::capability_map::Entry {
        domain::capability_map::Entry {
            org_id: self.org_id,
            service_id: 0,
            capability_id: 0,
            meets: domain::capability_map::Meets::Component {
                id: self.component_id,
                provision: domain::capability_map::Provision::Bought,
            },
            contract_ends: Some(self.ends),
            cost_band: None,
            cost_pence: None,
            satisfaction: None,
            note: String::new(),
        }
    }
}

/// Every council's running contract (ending on or after `today`) for each product that
/// `org_id` buys under a running contract: what `domain::capability_map::together` groups.
/// In no particular order.
pub async fn contracts_beside(db: &Db, org_id: i64, today: NaiveDate) -> Result<Vec<ContractEnd>> {
    // Thousands of contracts come back for a council that buys widely used products; one
    // row a product, its contracts joined into text as `org:date` pairs, spares a row's
    // passage through the driver for each (most of the page's time on SQLite).
    let joined = match db.backend() {
        Backend::Sqlite => "group_concat(org_id || ':' || ends, ',')",
        Backend::Postgres => "string_agg(org_id || ':' || ends, ',')",
    };
    let sql = format!(
        "SELECT component_id, {joined} AS contracts FROM (
             SELECT k.component_id, k.org_id, CAST(MIN(k.ends) AS TEXT) AS ends FROM map_contracts k
             WHERE k.component_id IN (SELECT x.component_id FROM map_contracts x
                                      WHERE x.org_id = $1 AND x.ends >= $2 AND x.entries > 0)
               AND k.ends >= $2 AND k.entries > 0
             GROUP BY k.component_id, k.org_id) running
         GROUP BY component_id"
    );
    let rows = exec!(db, q => sqlx::query_as::<_, (i64, String)>(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(org_id).bind(today).fetch_all(q).await)?;
    let mut contracts = Vec::new();
    for (component_id, joined) in rows {
        for pair in joined.split(',') {
            let parsed = pair
                .split_once(':')
                .and_then(|(org, ends)| Some((org.parse().ok()?, ends.parse().ok()?)));
            let Some((org_id, ends)) = parsed else {
                return Err(crate::StoreError::Other(format!("a contract read as {pair:?}")));
            };
            contracts.push(ContractEnd {
                component_id,
                org_id,
                ends,
            });
        }
    }
    Ok(contracts)
}

/// A practitioner listed in the pool, as a sharing opportunity names them.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, Serialize)]
pub struct Practitioner {
    pub profile_id: i64,
    pub display_name: String,
}

/// Listed practitioners of `org_id` who have worked on the service (named among their
/// services or on a done-before entry), by name.
pub async fn practitioners_of<'a>(
    exec: impl Into<Exec<'a>>,
    org_id: i64,
    lgsl_id: i64,
    limit: i64,
) -> Result<Vec<Practitioner>> {
    Ok(exec!(exec, q => sqlx::query_as::<_, Practitioner>(
        "SELECT p.id AS profile_id, p.display_name FROM profiles p
         WHERE p.org_id = $1 AND p.status = 'listed'
           AND (EXISTS (SELECT 1 FROM profile_services s WHERE s.profile_id = p.id AND s.lgsl_id = $2)
                OR EXISTS (SELECT 1 FROM done_before d WHERE d.profile_id = p.id AND d.lgsl_id = $2))
         ORDER BY p.display_name, p.id LIMIT $3")
        .bind(org_id).bind(lgsl_id).bind(limit).fetch_all(q).await)?)
}

/// A sharing opportunity a council dismissed.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, Serialize)]
pub struct Dismissal {
    pub opportunity: String,
    pub reason: String,
    pub dismissed_at: DateTime<Utc>,
}

/// The sharing opportunities a council has dismissed, newest first.
pub async fn dismissed<'a>(exec: impl Into<Exec<'a>>, org_id: i64) -> Result<Vec<Dismissal>> {
    Ok(exec!(exec, q => sqlx::query_as::<_, Dismissal>(
        "SELECT opportunity, reason, dismissed_at FROM sharing_dismissals WHERE org_id = $1
         ORDER BY dismissed_at DESC, opportunity")
        .bind(org_id).fetch_all(q).await)?)
}

/// Records that a council dismissed a sharing opportunity; false when it had already.
pub async fn dismiss(
    tx: &mut Tx,
    org_id: i64,
    opportunity: &str,
    reason: &str,
    by: i64,
    now: DateTime<Utc>,
) -> Result<bool> {
    let n = exec!(&mut *tx, q => sqlx::query(
        "INSERT INTO sharing_dismissals (org_id, opportunity, reason, dismissed_by, dismissed_at)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (org_id, opportunity) DO NOTHING")
        .bind(org_id).bind(opportunity).bind(reason).bind(by).bind(now)
        .execute(q).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}
