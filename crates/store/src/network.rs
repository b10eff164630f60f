//! What the collaboration network is drawn from (domain::network): approved time between
//! councils as `lending_monthly` keeps it (income::record), contracts counted by the month
//! they were signed in, and the councils named. A period's cost follows the pairs and
//! months it covers, not the time entries behind them.

use crate::backend::exec;
use crate::sql::{id_list, in_id_list};
use crate::{Db, Result};
use domain::bookings::Settlement;
use domain::network::{Flow, Quarter};
use std::collections::BTreeMap;

/// Which councils' lending to show: pairs with at least one council in `region` (when
/// given), at least one of type `type_code` (when given), and `org_id` as one of the two
/// (when given).
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub region: Option<String>,
    pub type_code: Option<String>,
    pub org_id: Option<i64>,
}

type Row = (i64, i64, String, String, i64, i64);

fn flow(lender: i64, borrower: i64, settlement: &str, minutes: i64, value_pence: i64) -> Option<Flow> {
    Some(Flow {
        lender,
        borrower,
        settlement: settlement.parse::<Settlement>().ok()?,
        minutes,
        value_pence,
        contracts: 0,
    })
}

const BOTH_ENDS: &str =
    "JOIN organisations s ON s.id = m.supplier_org_id JOIN organisations b ON b.id = m.buyer_org_id";
const FILTERED: &str =
    "($3 IS NULL OR s.region = $3 OR b.region = $3) AND ($4 IS NULL OR s.type_code = $4 OR b.type_code = $4)
    AND ($5 IS NULL OR m.supplier_org_id = $5 OR m.buyer_org_id = $5)";

/// Each lender–borrower pair's approved time under each settlement in the quarters from
/// `first` to `last`, with the contracts signed between them in those quarters.
pub async fn flows(db: &Db, first: Quarter, last: Quarter, filter: &Filter) -> Result<Vec<Flow>> {
    let (from_month, to_month) = (first.first_month(), last.last_month());
    let (start, end) = (first.instants().0, last.instants().1);
    let time = format!(
        "SELECT m.supplier_org_id, m.buyer_org_id, '' AS month, m.settlement, CAST(SUM(m.minutes) AS BIGINT),
             CAST(SUM(m.value_pence) AS BIGINT)
         FROM lending_monthly m {BOTH_ENDS}
         WHERE m.month BETWEEN $1 AND $2 AND {FILTERED}
         GROUP BY m.supplier_org_id, m.buyer_org_id, m.settlement"
    );
    let rows = exec!(db, c => sqlx::query_as::<_, Row>(sqlx::AssertSqlSafe(time.as_str()))
        .bind(&from_month).bind(&to_month).bind(&filter.region).bind(&filter.type_code).bind(filter.org_id).fetch_all(c).await)?;
    let signed = format!(
        "SELECT m.supplier_org_id, m.buyer_org_id, v.settlement, CAST(COUNT(*) AS BIGINT)
         FROM contracts m JOIN contract_versions v ON v.contract_id = m.id AND v.version = m.current_version
         {BOTH_ENDS}
         WHERE m.activated_at IS NOT NULL AND m.activated_at >= $1 AND m.activated_at < $2 AND {FILTERED}
         GROUP BY m.supplier_org_id, m.buyer_org_id, v.settlement"
    );
    let counts = exec!(db, c => sqlx::query_as::<_, (i64, i64, String, i64)>(sqlx::AssertSqlSafe(signed.as_str()))
        .bind(start).bind(end).bind(&filter.region).bind(&filter.type_code).bind(filter.org_id)
        .fetch_all(c).await)?;
    let mut by_key: BTreeMap<(i64, i64, String), Flow> = BTreeMap::new();
    for (lender, borrower, _, settlement, minutes, value) in rows {
        if let Some(f) = flow(lender, borrower, &settlement, minutes, value) {
            by_key.insert((lender, borrower, settlement), f);
        }
    }
    for (lender, borrower, settlement, contracts) in counts {
        let key = (lender, borrower, settlement.clone());
        if let Some(f) = by_key.get_mut(&key) {
            f.contracts = contracts;
        } else if let Some(mut f) = flow(lender, borrower, &settlement, 0, 0) {
            f.contracts = contracts;
            by_key.insert(key, f);
        }
    }
    Ok(by_key.into_values().collect())
}

/// A council's approved time lent and borrowed, by month, in the months from `first` to
/// `last`.
pub async fn monthly_of(db: &Db, org_id: i64, first: &str, last: &str) -> Result<Vec<(String, Flow)>> {
    let rows = exec!(db, c => sqlx::query_as::<_, Row>(
        "SELECT supplier_org_id, buyer_org_id, month, settlement, minutes, value_pence FROM lending_monthly
         WHERE supplier_org_id = $1 AND month BETWEEN $2 AND $3
         UNION ALL
         SELECT supplier_org_id, buyer_org_id, month, settlement, minutes, value_pence FROM lending_monthly
         WHERE buyer_org_id = $1 AND supplier_org_id <> $1 AND month BETWEEN $2 AND $3")
        .bind(org_id).bind(first).bind(last).fetch_all(c).await)?;
    Ok(rows
        .into_iter()
        .filter_map(|(lender, borrower, month, settlement, minutes, value)| {
            Some((month, flow(lender, borrower, &settlement, minutes, value)?))
        })
        .collect())
}

/// A council as the network names it.
#[derive(Debug, Clone, serde::Serialize, sqlx::FromRow)]
pub struct Council {
    pub id: i64,
    pub code: String,
    pub name: String,
    pub short_name: String,
    pub region: Option<String>,
    pub type_code: String,
    pub type_name: String,
}

/// The councils `ids`, by region and then name (the order they go round the map in).
pub async fn councils(db: &Db, ids: &[i64]) -> Result<Vec<Council>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT id, code, name, short_name, region, type_code, type_name FROM organisations WHERE {}
         ORDER BY COALESCE(region, nation), name, id",
        in_id_list(db.backend(), "id", "$1")
    );
    Ok(
        exec!(db, c => sqlx::query_as::<_, Council>(sqlx::AssertSqlSafe(sql.as_str())).bind(id_list(ids)).fetch_all(c).await)?,
    )
}
