//! What the sharing opportunities of one council are worked out from (SPEC §4.7): reads
//! of the counts the map's statements keep (`map_offers`, `map_contracts`, migration 0031)
//! for a page of that council's own wanting needs and, for each product it buys, the
//! contracts ending nearest its own, so a page costs what it shows however many councils
//! have mapped their services. The rules are `domain::capability_map`'s; the statements
//! here find their candidates, and the store tests check that they agree.

use crate::backend::{exec, into_exec};
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

/// The council's wanting needs (`w`, council `$1`): met by nothing, by a manual process, or
/// by a bought contract ending on or before `$2` (`domain::capability_map::wanting`).
const WANTING: &str = "w.org_id = $1
    AND (w.meets IN ('nothing', 'manual')
         OR (w.meets = 'component' AND w.provision = 'bought' AND w.contract_ends <= $2))";

/// What a kept count of offers (`m`, of component `c`) comes to for the wanting need `w`:
/// the count includes the wanting council itself when its own (bought) component is of a
/// kind others could take up, and it is not another council.
const OTHERS: &str =
    "m.councils - CASE WHEN w.component_id = m.component_id AND c.kind IN ('in_house', 'open_source') THEN 1 ELSE 0 END";

/// `OTHERS > 0` without joining the offer's component: it is read only when it is the
/// wanting council's own (a per-need look-up that joins `components` for every offer
/// costs a third more on PostgreSQL).
const OFFERED_BY_OTHERS: &str = "m.councils > CASE WHEN w.component_id = m.component_id
    AND EXISTS (SELECT 1 FROM components c WHERE c.id = m.component_id AND c.kind IN ('in_house', 'open_source'))
    THEN 1 ELSE 0 END";

/// The offer `m` is one council `$1` has not dismissed (`SharingKey::Reuse`'s text).
const NOT_DISMISSED: &str = "NOT EXISTS (SELECT 1 FROM sharing_dismissals d WHERE d.org_id = $1
    AND d.opportunity = 'reuse:' || m.lgsl_id || ':' || m.capability_id || ':' || m.component_id)";

/// The council's wanting needs `w` that another council offers a component for (`m`, `c`),
/// the offer passing `not_dismissed`. `OFFSET 0` keeps PostgreSQL from turning the check
/// into a join over every service's offers (a hash of all of `map_offers`, 8 ms at
/// national scale, whatever the council's size): it stays a look-up per wanting need.
fn offered_needs(not_dismissed: &str) -> String {
    format!(
        "{WANTING} AND EXISTS (
             SELECT 1 FROM map_offers m
             WHERE m.lgsl_id = w.lgsl_id AND m.capability_id = w.capability_id
               AND {OFFERED_BY_OTHERS} AND {not_dismissed}
             LIMIT 1 OFFSET 0)"
    )
}

/// How many of council `org_id`'s wanting needs (see `WANTING`; `ending_by` is the horizon
/// of a contract ending) other councils offer a component for, not dismissed.
pub async fn needs_offered<'a>(exec: impl Into<Exec<'a>>, org_id: i64, ending_by: NaiveDate) -> Result<i64> {
    let sql = format!(
        "SELECT COUNT(*) FROM map_entries w WHERE {}",
        offered_needs(NOT_DISMISSED)
    );
    Ok(
        exec!(exec, q => sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(org_id).bind(ending_by).fetch_one(q).await)?,
    )
}

/// Which of a council's offered needs to read: those after the first `skip`, in order of
/// service and capability, `needs` of them, with the `offers` most used components each.
#[derive(Debug, Clone, Copy)]
pub struct NeedsPage {
    pub skip: i64,
    pub needs: i64,
    pub offers: i64,
    /// Whether the council has dismissed any opportunity (false: none to leave out).
    pub any_dismissed: bool,
}

/// A page of offers, and how many needs are offered in all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReusePage {
    pub rows: Vec<ReuseRow>,
    /// What `needs_offered` counts; 0 when the page is beyond the last (nothing read).
    pub offered: i64,
}

#[derive(sqlx::FromRow)]
struct CountedRow {
    #[sqlx(flatten)]
    row: ReuseRow,
    offered: i64,
}

/// A page of council `org_id`'s offered needs (as `needs_offered` counts them, which the
/// same statement does) with the components other councils meet each with (built in-house
/// or open source: the kept `map_offers`), not dismissed; by service and capability, then
/// most used first. The statement reads the council's own entries and the offers for the
/// page's needs only.
pub async fn reuse_page<'a>(
    exec: impl Into<Exec<'a>>,
    org_id: i64,
    ending_by: NaiveDate,
    page: NeedsPage,
) -> Result<ReusePage> {
    // Most councils have dismissed nothing: then no offer's key need be made to look it up.
    let not_dismissed = if page.any_dismissed { NOT_DISMISSED } else { "TRUE" };
    let offered = offered_needs(not_dismissed);
    let sql = format!(
        "WITH needs AS (
             SELECT w.lgsl_id, w.capability_id, w.meets, w.contract_ends, w.component_id,
                 COUNT(*) OVER () AS offered
             FROM map_entries w
             WHERE {offered}
             ORDER BY w.lgsl_id, w.capability_id LIMIT $4 OFFSET $3)
         SELECT lgsl_id, capability_id, meets, contract_ends, component_id, councils, built_by_org_id, offered FROM (
             SELECT w.lgsl_id, w.capability_id, w.meets, w.contract_ends, m.component_id,
                 {OTHERS} AS councils, c.built_by_org_id, w.offered,
                 ROW_NUMBER() OVER (PARTITION BY w.lgsl_id, w.capability_id
                                    ORDER BY {OTHERS} DESC, m.component_id) AS place
             FROM needs w
             JOIN map_offers m ON m.lgsl_id = w.lgsl_id AND m.capability_id = w.capability_id
             JOIN components c ON c.id = m.component_id
             WHERE {OTHERS} > 0 AND {not_dismissed}) ranked
         WHERE place <= $5
         ORDER BY lgsl_id, capability_id, councils DESC, component_id"
    );
    let counted = exec!(exec, q => sqlx::query_as::<_, CountedRow>(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(org_id).bind(ending_by).bind(page.skip).bind(page.needs).bind(page.offers)
        .fetch_all(q).await)?;
    Ok(ReusePage {
        offered: counted.first().map_or(0, |c| c.offered),
        rows: counted.into_iter().map(|c| c.row).collect(),
    })
}

/// A council's contract for a bought product, by the date it ends.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, Serialize)]
pub struct ContractEnd {
    pub component_id: i64,
    pub org_id: i64,
    pub ends: NaiveDate,
}

/// The products council `org_id` buys under a contract running on `today` (ending then or
/// later), each with the end of its earliest such contract: soonest first.
pub async fn products_bought<'a>(exec: impl Into<Exec<'a>>, org_id: i64, today: NaiveDate) -> Result<Vec<ContractEnd>> {
    Ok(exec!(exec, q => sqlx::query_as::<_, ContractEnd>(
        "SELECT component_id, org_id, MIN(ends) AS ends FROM map_contracts
         WHERE org_id = $1 AND ends >= $2 AND entries > 0
         GROUP BY component_id, org_id ORDER BY MIN(ends), component_id")
        .bind(org_id).bind(today).fetch_all(q).await)?)
}

/// One product a council buys, and the window of contract ends that go together with its
/// own (`domain::capability_map::together_window`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub component_id: i64,
    pub from: NaiveDate,
    /// The end of the council's own contract.
    pub own: NaiveDate,
    pub to: NaiveDate,
}

/// What a window holds: how many councils have a contract ending in it, and the contracts
/// nearest the council's own end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Nearby {
    pub component_id: i64,
    pub councils: i64,
    /// The `per_side` contracts ending last on or before the own end, and the `per_side`
    /// ending first after it (any council's, several of one council's included).
    pub contracts: Vec<ContractEnd>,
}

/// For each window (in the order given): the councils with a contract for its product
/// ending in it, counted, and the contracts ending nearest its own end (among contracts
/// ending the same day at the edge of what is read, those of the higher council ids).
/// One statement for every window, each part an index range (`map_contracts_product`), so
/// a council's page costs one round trip however many products it buys; and one row a
/// window, its contracts joined into text as `org:date` pairs, which spares each contract's
/// passage through the driver (most of the cost of a row on SQLite).
pub async fn together_near<'a>(exec: impl Into<Exec<'a>>, windows: &[Window], per_side: i64) -> Result<Vec<Nearby>> {
    if windows.is_empty() {
        return Ok(Vec::new());
    }
    let exec = into_exec(exec);
    let joined = crate::joined::pairs(exec.backend(), "org_id", "ends");
    // Each window binds its product, from, own and to, after the shared `per_side` ($1).
    let parts: Vec<String> = (0..windows.len())
        .map(|i| {
            let [c, f, o, t] = [2, 3, 4, 5].map(|n| format!("${}", 4 * i + n));
            format!(
                "SELECT CAST({c} AS BIGINT),
                     (SELECT COUNT(DISTINCT org_id) FROM map_contracts
                      WHERE component_id = {c} AND ends >= {f} AND ends <= {t} AND entries > 0),
                     (SELECT {joined} FROM (SELECT org_id, ends FROM map_contracts
                      WHERE component_id = {c} AND ends >= {f} AND ends <= {o} AND entries > 0
                      ORDER BY ends DESC, org_id DESC LIMIT $1) b),
                     (SELECT {joined} FROM (SELECT org_id, ends FROM map_contracts
                      WHERE component_id = {c} AND ends > {o} AND ends <= {t} AND entries > 0
                      ORDER BY ends, org_id LIMIT $1) a)"
            )
        })
        .collect();
    let sql = parts.join("\n UNION ALL\n");
    let rows = exec!(exec, q => {
        let mut query =
            sqlx::query_as::<_, (i64, i64, Option<String>, Option<String>)>(sqlx::AssertSqlSafe(sql.as_str()))
                .bind(per_side);
        for w in windows {
            query = query.bind(w.component_id).bind(w.from).bind(w.own).bind(w.to);
        }
        query.fetch_all(q).await
    })?;
    let mut found = Vec::new();
    for (component_id, councils, before, after) in rows {
        let mut contracts = Vec::new();
        for joined in [before, after] {
            for (org_id, ends) in crate::joined::split(joined.as_deref())? {
                contracts.push(ContractEnd {
                    component_id,
                    org_id,
                    ends,
                });
            }
        }
        found.push(Nearby {
            component_id,
            councils,
            contracts,
        });
    }
    Ok(found)
}

/// A practitioner listed in the pool, as a sharing opportunity names them.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, Serialize)]
pub struct Practitioner {
    pub profile_id: i64,
    pub display_name: String,
}

/// For each `(council, service)` asked about, up to `limit` of the council's listed
/// practitioners who have worked on the service (named among their services or on a
/// done-before entry), by name: one statement for them all.
pub async fn practitioners_of<'a>(
    exec: impl Into<Exec<'a>>,
    asked: &[(i64, i64)],
    limit: i64,
) -> Result<Vec<(i64, i64, Practitioner)>> {
    if asked.is_empty() {
        return Ok(Vec::new());
    }
    let parts: Vec<String> = (0..asked.len())
        .map(|i| {
            let [org, lgsl] = [2, 3].map(|n| format!("${}", 2 * i + n));
            format!(
                "SELECT * FROM (SELECT p.org_id, CAST({lgsl} AS BIGINT) AS lgsl_id, p.id AS profile_id, p.display_name
                     FROM profiles p
                     WHERE p.org_id = {org} AND p.status = 'listed'
                       AND (EXISTS (SELECT 1 FROM profile_services s WHERE s.profile_id = p.id AND s.lgsl_id = {lgsl})
                            OR EXISTS (SELECT 1 FROM done_before d WHERE d.profile_id = p.id AND d.lgsl_id = {lgsl}))
                     ORDER BY p.display_name, p.id LIMIT $1) p{i}"
            )
        })
        .collect();
    let sql = parts.join("\n UNION ALL\n");
    let rows = exec!(exec, q => {
        let mut query = sqlx::query_as::<_, (i64, i64, i64, String)>(sqlx::AssertSqlSafe(sql.as_str())).bind(limit);
        for (org, lgsl) in asked {
            query = query.bind(*org).bind(*lgsl);
        }
        query.fetch_all(q).await
    })?;
    Ok(rows
        .into_iter()
        .map(|(org, lgsl, profile_id, display_name)| {
            (
                org,
                lgsl,
                Practitioner {
                    profile_id,
                    display_name,
                },
            )
        })
        .collect())
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
