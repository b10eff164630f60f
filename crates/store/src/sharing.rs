//! What the sharing opportunities of one council are worked out from (SPEC §4.7): reads
//! bounded by that council's own map, so a page costs what it shows however many councils
//! have mapped their services. The rules are `domain::capability_map`'s; the statements
//! here find their candidates, and the store tests check that they agree.

use crate::backend::exec;
use crate::{Exec, Result, Tx};
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
    Ok(exec!(exec, q => sqlx::query_as::<_, ReuseRow>(
        "SELECT w.lgsl_id, w.capability_id, w.meets, w.contract_ends, o.component_id,
             COUNT(DISTINCT o.org_id) AS councils, c.built_by_org_id
         FROM map_entries w
         JOIN map_entries o ON o.lgsl_id = w.lgsl_id AND o.capability_id = w.capability_id
             AND o.org_id <> w.org_id AND o.meets = 'component'
         JOIN components c ON c.id = o.component_id
         WHERE w.org_id = $1
           AND (w.meets IN ('nothing', 'manual')
                OR (w.meets = 'component' AND w.provision = 'bought' AND w.contract_ends <= $2))
           AND (o.provision IN ('built_in_house', 'open_source') OR c.kind IN ('in_house', 'open_source'))
         GROUP BY w.lgsl_id, w.capability_id, w.meets, w.contract_ends, o.component_id, c.built_by_org_id
         ORDER BY w.lgsl_id, w.capability_id, councils DESC, o.component_id")
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

/// Every council's running contract (ending on or after `today`) for each product that
/// `org_id` buys under a running contract: what `domain::capability_map::together` groups.
pub async fn contracts_beside<'a>(
    exec: impl Into<Exec<'a>>,
    org_id: i64,
    today: NaiveDate,
) -> Result<Vec<ContractEnd>> {
    Ok(exec!(exec, q => sqlx::query_as::<_, ContractEnd>(
        "SELECT o.component_id, o.org_id, MIN(o.contract_ends) AS ends FROM map_entries o
         WHERE o.component_id IN (SELECT w.component_id FROM map_entries w
                                  WHERE w.org_id = $1 AND w.provision = 'bought' AND w.contract_ends >= $2)
           AND o.provision = 'bought' AND o.contract_ends >= $2
         GROUP BY o.component_id, o.org_id
         ORDER BY o.component_id, ends, o.org_id")
        .bind(org_id).bind(today).fetch_all(q).await)?)
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
