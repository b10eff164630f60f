//! What councils earn and spend by lending and borrowing time: approved time summed by
//! council, month of the work, side (given or received), settlement, service and the
//! practitioner's role, kept in the approving transaction, with a per-council generation
//! that moves with them so that the summed figures can be kept between requests (ADR 0011).

use crate::backend::exec;
use crate::ledger::Breach;
use crate::{Backend, Exec, Result, Tx};
use chrono::NaiveDate;
use domain::ledger::Flow;
use serde::Serialize;

/// What one approval adds: the contract's parties and terms, and the time approved.
pub struct Approved {
    pub buyer_org_id: i64,
    pub supplier_org_id: i64,
    pub profile_id: i64,
    pub settlement: domain::bookings::Settlement,
    pub lgsl_id: Option<i64>,
    pub work_date: NaiveDate,
    pub minutes: i64,
    pub value_pence: i64,
}

/// Adds approved time to both councils' sums.
pub async fn record(tx: &mut Tx, a: &Approved) -> Result<()> {
    let role = exec!(&mut *tx, c => sqlx::query_scalar::<_, String>(
        "SELECT r.name FROM profile_roles pr JOIN ddat_roles r ON r.id = pr.role_id
         WHERE pr.profile_id = $1 ORDER BY pr.position LIMIT 1")
        .bind(a.profile_id).fetch_optional(c).await)?
    .unwrap_or_default();
    let month = a.work_date.format("%Y-%m").to_string();
    for (org, side) in [(a.supplier_org_id, Flow::Given), (a.buyer_org_id, Flow::Received)] {
        exec!(&mut *tx, c => sqlx::query(
            "INSERT INTO income_monthly (org_id, month, side, settlement, lgsl_id, role_name, minutes, value_pence)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
             ON CONFLICT (org_id, month, side, settlement, lgsl_id, role_name) DO UPDATE SET
                 minutes = income_monthly.minutes + excluded.minutes,
                 value_pence = income_monthly.value_pence + excluded.value_pence")
            .bind(org).bind(&month).bind(side.as_str()).bind(a.settlement.as_str()).bind(a.lgsl_id.unwrap_or(0)).bind(&role)
            .bind(a.minutes).bind(a.value_pence).execute(c).await.map(|r| r.rows_affected()))?;
    }
    exec!(&mut *tx, c => sqlx::query(
        "INSERT INTO lending_monthly (supplier_org_id, buyer_org_id, month, settlement, minutes, value_pence)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (supplier_org_id, buyer_org_id, month, settlement) DO UPDATE SET
             minutes = lending_monthly.minutes + excluded.minutes,
             value_pence = lending_monthly.value_pence + excluded.value_pence")
        .bind(a.supplier_org_id).bind(a.buyer_org_id).bind(&month).bind(a.settlement.as_str())
        .bind(a.minutes).bind(a.value_pence).execute(c).await.map(|r| r.rows_affected()))?;
    // Lowest id first, so two approvals between the same councils take the rows in one order.
    let mut orgs = [a.supplier_org_id, a.buyer_org_id];
    orgs.sort_unstable();
    for org in orgs {
        exec!(&mut *tx, c => sqlx::query(
            "INSERT INTO income_generations (org_id, value) VALUES ($1, 1)
             ON CONFLICT (org_id) DO UPDATE SET value = income_generations.value + 1")
            .bind(org).execute(c).await.map(|r| r.rows_affected()))?;
    }
    Ok(())
}

/// The council's income generation: it moves in every transaction that changes the
/// council's sums (0 before the first).
pub async fn generation<'a>(exec: impl Into<Exec<'a>>, org_id: i64) -> Result<i64> {
    Ok(
        exec!(exec, c => sqlx::query_scalar::<_, i64>("SELECT value FROM income_generations WHERE org_id = $1")
        .bind(org_id).fetch_optional(c).await)?
        .unwrap_or(0),
    )
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Row {
    pub month: String,
    #[sqlx(try_from = "String")]
    pub side: Flow,
    #[sqlx(try_from = "String")]
    pub settlement: domain::bookings::Settlement,
    pub lgsl_id: i64,
    pub service_label: Option<String>,
    pub role_name: String,
    pub minutes: i64,
    pub value_pence: i64,
}

/// A council's sums for the months from `first` to `last` (`YYYY-MM`, both included).
pub async fn rows<'a>(exec: impl Into<Exec<'a>>, org_id: i64, first: &str, last: &str) -> Result<Vec<Row>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, Row>(
        "SELECT m.month, m.side, m.settlement, m.lgsl_id, s.label AS service_label, m.role_name, m.minutes,
             m.value_pence
         FROM income_monthly m LEFT JOIN lgsl_services s ON s.id = m.lgsl_id
         WHERE m.org_id = $1 AND m.month BETWEEN $2 AND $3 ORDER BY m.month, m.side")
        .bind(org_id).bind(first).bind(last).fetch_all(c).await)?)
}

/// The month of a time entry's work as `YYYY-MM`: the one thing the two databases spell
/// differently here.
fn work_month(backend: Backend) -> &'static str {
    match backend {
        Backend::Sqlite => "strftime('%Y-%m', t.work_date)",
        Backend::Postgres => "to_char(t.work_date, 'YYYY-MM')",
    }
}

/// Approved time summed by lender, borrower, month and settlement, as `lending_monthly`
/// keeps it.
fn lending_from_time(backend: Backend) -> String {
    let month = work_month(backend);
    format!(
        "SELECT k.supplier_org_id, k.buyer_org_id, {month}, v.settlement, CAST(SUM(t.minutes) AS BIGINT),
             CAST(SUM((v.rate_pence * t.minutes + 30) / 60) AS BIGINT)
         FROM time_entries t JOIN contracts k ON k.id = t.contract_id
         JOIN contract_versions v ON v.contract_id = k.id AND v.version = k.current_version
         WHERE t.status = 'approved'
         GROUP BY k.supplier_org_id, k.buyer_org_id, {month}, v.settlement"
    )
}

/// Recomputes the kept sums from the approved time (after a bulk load, or to repair them).
pub async fn rebuild(tx: &mut Tx, backend: Backend) -> Result<u64> {
    let month = work_month(backend);
    exec!(&mut *tx, c => sqlx::query("DELETE FROM income_monthly").execute(c).await.map(|r| r.rows_affected()))?;
    let sql = format!(
        "INSERT INTO income_monthly (org_id, month, side, settlement, lgsl_id, role_name, minutes, value_pence)
         SELECT org_id, month, side, settlement, lgsl_id, role_name, CAST(SUM(minutes) AS BIGINT),
             CAST(SUM(value) AS BIGINT)
         FROM (
             SELECT sides.org_id, {month} AS month, sides.side, v.settlement, COALESCE(k.lgsl_id, 0) AS lgsl_id,
                 COALESCE(roles.name, '') AS role_name, t.minutes, (v.rate_pence * t.minutes + 30) / 60 AS value
             FROM time_entries t JOIN contracts k ON k.id = t.contract_id
             JOIN contract_versions v ON v.contract_id = k.id AND v.version = k.current_version
             LEFT JOIN (SELECT pr.profile_id, r.name FROM profile_roles pr JOIN ddat_roles r ON r.id = pr.role_id
                        WHERE pr.position = (SELECT MIN(x.position) FROM profile_roles x
                                             WHERE x.profile_id = pr.profile_id)) roles
                 ON roles.profile_id = k.profile_id
             JOIN (SELECT id, supplier_org_id AS org_id, 'given' AS side FROM contracts
                   UNION ALL SELECT id, buyer_org_id, 'received' FROM contracts) sides ON sides.id = k.id
             WHERE t.status = 'approved'
         ) approved GROUP BY org_id, month, side, settlement, lgsl_id, role_name"
    );
    let rows = exec!(&mut *tx, c => sqlx::query(sqlx::AssertSqlSafe(sql.as_str())).execute(c).await.map(|r| r.rows_affected()))?;
    exec!(&mut *tx, c => sqlx::query("DELETE FROM lending_monthly").execute(c).await.map(|r| r.rows_affected()))?;
    let lending = format!(
        "INSERT INTO lending_monthly (supplier_org_id, buyer_org_id, month, settlement, minutes, value_pence)
         {LENDING}",
        LENDING = lending_from_time(backend)
    );
    exec!(&mut *tx, c => sqlx::query(sqlx::AssertSqlSafe(lending.as_str())).execute(c).await.map(|r| r.rows_affected()))?;
    // Every council's figures may have changed, so every kept copy must go.
    exec!(&mut *tx, c => sqlx::query(
        "INSERT INTO income_generations (org_id, value) SELECT id, 1 FROM organisations WHERE TRUE
         ON CONFLICT (org_id) DO UPDATE SET value = income_generations.value + 1")
        .execute(c).await.map(|r| r.rows_affected()))?;
    Ok(rows)
}

/// A council's sums for the months from `first` to `last`, added up by month, by service
/// and by role in the database (the page needs a few dozen rows, not every combination).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Summary {
    /// Rows with only `month` (and side and settlement) set.
    pub by_month: Vec<Row>,
    /// Rows with only the service set.
    pub by_service: Vec<Row>,
    /// Rows with only the role set.
    pub by_role: Vec<Row>,
}

pub async fn summary<'a>(exec: impl Into<Exec<'a>>, org_id: i64, first: &str, last: &str) -> Result<Summary> {
    let mut exec = exec.into();
    let group = |select: &str, group_by: &str| {
        format!(
            "SELECT {select}, m.side, m.settlement, CAST(SUM(m.minutes) AS BIGINT) AS minutes,
                 CAST(SUM(m.value_pence) AS BIGINT) AS value_pence
             FROM income_monthly m LEFT JOIN lgsl_services s ON s.id = m.lgsl_id
             WHERE m.org_id = $1 AND m.month BETWEEN $2 AND $3
             GROUP BY {group_by}, m.side, m.settlement"
        )
    };
    let by_month = group(
        "m.month, CAST(0 AS BIGINT) AS lgsl_id, CAST(NULL AS TEXT) AS service_label, '' AS role_name",
        "m.month",
    );
    let by_service = group(
        "'' AS month, m.lgsl_id, s.label AS service_label, '' AS role_name",
        "m.lgsl_id, s.label",
    );
    let by_role = group(
        "'' AS month, CAST(0 AS BIGINT) AS lgsl_id, CAST(NULL AS TEXT) AS service_label, m.role_name",
        "m.role_name",
    );
    let mut out = Summary::default();
    for (sql, into) in [
        (by_month, &mut out.by_month),
        (by_service, &mut out.by_service),
        (by_role, &mut out.by_role),
    ] {
        *into = exec!(&mut exec, c => sqlx::query_as::<_, Row>(sqlx::AssertSqlSafe(sql.as_str())).bind(org_id).bind(first).bind(last)
            .fetch_all(c).await)?;
    }
    Ok(out)
}

/// The kept sums equal approved time, per council, month, side, settlement and service.
pub async fn verify<'a>(exec: impl Into<Exec<'a>>, backend: Backend) -> Result<Vec<Breach>> {
    let mut exec = exec.into();
    let month = work_month(backend);
    let sql = format!(
        "SELECT org_id, month, side, settlement, lgsl_id, CAST(SUM(minutes) AS BIGINT), CAST(SUM(value) AS BIGINT)
         FROM (
             SELECT k.supplier_org_id AS org_id, {month} AS month, 'given' AS side, v.settlement,
                 COALESCE(k.lgsl_id, 0) AS lgsl_id, t.minutes, (v.rate_pence * t.minutes + 30) / 60 AS value
             FROM time_entries t JOIN contracts k ON k.id = t.contract_id
             JOIN contract_versions v ON v.contract_id = k.id AND v.version = k.current_version
             WHERE t.status = 'approved'
             UNION ALL
             SELECT k.buyer_org_id, {month}, 'received', v.settlement, COALESCE(k.lgsl_id, 0), t.minutes,
                 (v.rate_pence * t.minutes + 30) / 60
             FROM time_entries t JOIN contracts k ON k.id = t.contract_id
             JOIN contract_versions v ON v.contract_id = k.id AND v.version = k.current_version
             WHERE t.status = 'approved'
         ) approved GROUP BY org_id, month, side, settlement, lgsl_id"
    );
    type Key = (i64, String, String, String, i64);
    let computed = exec!(&mut exec, c => sqlx::query_as::<_, (i64, String, String, String, i64, i64, i64)>(sqlx::AssertSqlSafe(sql.as_str()))
        .fetch_all(c).await)?;
    let kept = exec!(&mut exec, c => sqlx::query_as::<_, (i64, String, String, String, i64, i64, i64)>(
        "SELECT org_id, month, side, settlement, lgsl_id, CAST(SUM(minutes) AS BIGINT), CAST(SUM(value_pence) AS BIGINT)
         FROM income_monthly GROUP BY org_id, month, side, settlement, lgsl_id")
        .fetch_all(c).await)?;
    let to_map = |rows: Vec<(i64, String, String, String, i64, i64, i64)>| {
        rows.into_iter()
            .map(|(o, m, s, st, l, min, val)| ((o, m, s, st, l), (min, val)))
            .collect::<std::collections::BTreeMap<Key, (i64, i64)>>()
    };
    let (computed, kept) = (to_map(computed), to_map(kept));
    let checked_after = removed_to_month(&mut exec).await?;
    let mut breaches = Vec::new();
    for key in computed
        .keys()
        .chain(kept.keys())
        .filter(|k| checked_after.as_deref().is_none_or(|m| k.1.as_str() > m))
        .collect::<std::collections::BTreeSet<_>>()
    {
        let (a, b) = (
            computed.get(key).copied().unwrap_or((0, 0)),
            kept.get(key).copied().unwrap_or((0, 0)),
        );
        if a != b {
            breaches.push(Breach {
                invariant: "income-equals-approved-time",
                detail: format!(
                    "council {} {} {} ({}, service {}): approved time is {} minutes worth {}, the kept sums say {} and {}",
                    key.0, key.1, key.2, key.3, key.4, a.0, a.1, b.0, b.1
                ),
            });
        }
    }
    breaches.extend(verify_lending(&mut exec, backend, checked_after.as_deref()).await?);
    Ok(breaches)
}

/// The month (`YYYY-MM`) to which contract records have been removed under the retention
/// schedule, if any were: the kept sums of that month and earlier stay, as statistics,
/// but part of the time they add up is gone, so they can no longer be checked.
async fn removed_to_month(exec: &mut Exec<'_>) -> Result<Option<String>> {
    Ok(crate::retention::contracts_removed_to(&mut *exec)
        .await?
        .map(|day| day.format("%Y-%m").to_string()))
}

/// The network's kept sums equal approved time, per lender, borrower, month and settlement.
async fn verify_lending(exec: &mut Exec<'_>, backend: Backend, checked_after: Option<&str>) -> Result<Vec<Breach>> {
    type Sums = std::collections::BTreeMap<(i64, i64, String, String), (i64, i64)>;
    let read = |rows: Vec<(i64, i64, String, String, i64, i64)>| -> Sums {
        rows.into_iter()
            .filter(|r| r.4 != 0 || r.5 != 0)
            .map(|(s, b, m, st, min, val)| ((s, b, m, st), (min, val)))
            .collect()
    };
    let computed = lending_from_time(backend);
    let computed = read(
        exec!(&mut *exec, c => sqlx::query_as::<_, (i64, i64, String, String, i64, i64)>(
        sqlx::AssertSqlSafe(computed.as_str())).fetch_all(c).await)?,
    );
    let kept = read(
        exec!(&mut *exec, c => sqlx::query_as::<_, (i64, i64, String, String, i64, i64)>(
        "SELECT supplier_org_id, buyer_org_id, month, settlement, minutes, value_pence FROM lending_monthly")
        .fetch_all(c).await)?,
    );
    let keys: std::collections::BTreeSet<_> = computed
        .keys()
        .chain(kept.keys())
        .filter(|k| checked_after.is_none_or(|m| k.2.as_str() > m))
        .collect();
    Ok(keys
        .into_iter()
        .filter_map(|key| {
            let a = computed.get(key).copied().unwrap_or((0, 0));
            let b = kept.get(key).copied().unwrap_or((0, 0));
            (a != b).then(|| Breach {
                invariant: "network-equals-approved-time",
                detail: format!(
                    "council {} lending to council {} in {} ({}): approved time is {} minutes worth {}, the network's sums say {} and {}",
                    key.0, key.1, key.2, key.3, a.0, a.1, b.0, b.1
                ),
            })
        })
        .collect())
}

/// Approved hours each of a council's practitioners worked on each contract in a period.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct PayrollRow {
    pub practitioner_id: i64,
    pub practitioner_name: String,
    pub email: String,
    pub contract_id: i64,
    pub buyer_name: String,
    pub days: i64,
    pub minutes: i64,
}

pub async fn payroll<'a>(
    exec: impl Into<Exec<'a>>,
    org_id: i64,
    first: NaiveDate,
    last: NaiveDate,
) -> Result<Vec<PayrollRow>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, PayrollRow>(
        "SELECT t.practitioner_id, u.display_name AS practitioner_name, u.email, k.id AS contract_id,
             b.name AS buyer_name, CAST(COUNT(*) AS BIGINT) AS days, CAST(SUM(t.minutes) AS BIGINT) AS minutes
         FROM time_entries t JOIN contracts k ON k.id = t.contract_id
         JOIN users u ON u.id = t.practitioner_id JOIN organisations b ON b.id = k.buyer_org_id
         WHERE k.supplier_org_id = $1 AND t.status = 'approved' AND t.work_date BETWEEN $2 AND $3
         GROUP BY t.practitioner_id, u.display_name, u.email, k.id, b.name
         ORDER BY u.display_name, k.id")
        .bind(org_id).bind(first).bind(last).fetch_all(c).await)?)
}

/// What a council spent on microcontracts in a period: the invoices and credit notes it
/// received, as the Local Government Transparency Code's spend data lists them.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct SpendRow {
    pub invoice_id: i64,
    #[sqlx(try_from = "String")]
    pub kind: domain::invoices::InvoiceKind,
    pub number: i64,
    pub supplier_code: String,
    pub supplier_name: String,
    pub supplier_nation: String,
    pub issued_on: NaiveDate,
    pub net_pence: i64,
    pub vat_pence: i64,
    pub service_label: Option<String>,
    pub purpose: String,
}

/// Up to `limit` documents the council received that were issued between `first` and
/// `last`, in date order, after the (date, id) an earlier page ended at: one page of the
/// spend export, which never holds the whole period in memory.
pub async fn spend_page<'a>(
    exec: impl Into<Exec<'a>>,
    org_id: i64,
    (first, last): (NaiveDate, NaiveDate),
    after: Option<(NaiveDate, i64)>,
    limit: i64,
) -> Result<Vec<SpendRow>> {
    let (after_date, after_id) = after.unwrap_or((first - chrono::Duration::days(1), 0));
    Ok(exec!(exec, c => sqlx::query_as::<_, SpendRow>(
        "SELECT i.id AS invoice_id, i.kind, i.number, s.code AS supplier_code, s.name AS supplier_name,
             s.nation AS supplier_nation, i.issued_on, i.net_pence, i.vat_pence, l.label AS service_label, k.purpose
         FROM invoices i JOIN organisations s ON s.id = i.supplier_org_id JOIN contracts k ON k.id = i.contract_id
         LEFT JOIN lgsl_services l ON l.id = k.lgsl_id
         WHERE i.buyer_org_id = $1 AND i.status <> 'draft' AND i.issued_on BETWEEN $2 AND $3
           AND (i.issued_on > $4 OR (i.issued_on = $4 AND i.id > $5))
         ORDER BY i.issued_on, i.id LIMIT $6")
        .bind(org_id).bind(first).bind(last).bind(after_date).bind(after_id).bind(limit)
        .fetch_all(c).await)?)
}
