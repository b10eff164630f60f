//! The statements that apply the retention schedule (domain::retention). A run claims its
//! day first, so that of several instances only one applies it; each statement is
//! idempotent, so a run that is retried after failing part way does no harm.

use crate::backend::exec;
use crate::{Backend, Exec, Result, Tx};
use chrono::{DateTime, NaiveDate, Utc};

/// Whether the run of `day` was made (a read, so that checking costs no write).
pub async fn ran_on<'a>(exec: impl Into<Exec<'a>>, day: NaiveDate) -> Result<bool> {
    Ok(
        exec!(exec, c => sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM retention_runs WHERE run_on = $1")
        .bind(day).fetch_one(c).await)?
            > 0,
    )
}

/// Claims the run of `day`, with the cut-off below which audit events may then be
/// deleted; false when another run (on this or another instance) has it.
pub async fn claim_run(tx: &mut Tx, day: NaiveDate, now: DateTime<Utc>, audit_cutoff: DateTime<Utc>) -> Result<bool> {
    let claimed = exec!(&mut *tx, c => sqlx::query(
        "INSERT INTO retention_runs (run_on, started_at, audit_cutoff) VALUES ($1, $2, $3)
         ON CONFLICT (run_on) DO NOTHING")
        .bind(day).bind(now).bind(audit_cutoff).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(claimed == 1)
}

/// Deletes the notifications made before `cutoff`.
pub async fn delete_notifications_before(tx: &mut Tx, cutoff: DateTime<Utc>) -> Result<u64> {
    Ok(
        exec!(&mut *tx, c => sqlx::query("DELETE FROM notifications WHERE created_at < $1")
        .bind(cutoff).execute(c).await.map(|r| r.rows_affected()))?,
    )
}

/// Anonymises the profiles withdrawn before `cutoff`: what they said about the person
/// (headline, about, contact address, their manager's notes, skills, services, roles,
/// work done before, weeks away) is removed and the profile leaves search. The name stays:
/// it is the account's, and the contracts the profile was booked on must keep it.
pub async fn anonymise_withdrawn_profiles(tx: &mut Tx, cutoff: DateTime<Utc>, now: DateTime<Utc>) -> Result<u64> {
    let ids: Vec<i64> = exec!(&mut *tx, c => sqlx::query_scalar::<_, i64>(
        "SELECT id FROM profiles WHERE status = 'withdrawn' AND anonymised_at IS NULL AND updated_at < $1 ORDER BY id")
        .bind(cutoff).fetch_all(c).await)?;
    if ids.is_empty() {
        return Ok(0);
    }
    let backend = tx.backend();
    let list = crate::sql::id_list(&ids);
    let within = |column: &str| crate::sql::in_id_list(backend, column, "$1");
    for table in [
        "profile_skills",
        "profile_services",
        "profile_roles",
        "done_before",
        "unavailable_weeks",
    ] {
        let sql = format!("DELETE FROM {table} WHERE {}", within("profile_id"));
        exec!(&mut *tx, c => sqlx::query(sqlx::AssertSqlSafe(sql.as_str())).bind(&list).execute(c).await.map(|r| r.rows_affected()))?;
    }
    let search = match backend {
        Backend::Sqlite => format!("DELETE FROM profile_search WHERE {}", within("rowid")),
        Backend::Postgres => format!("DELETE FROM profile_search WHERE {}", within("profile_id")),
    };
    exec!(&mut *tx, c => sqlx::query(sqlx::AssertSqlSafe(search.as_str())).bind(&list).execute(c).await.map(|r| r.rows_affected()))?;
    let sql = format!(
        "UPDATE profiles SET headline = '', about = '', contact_email = NULL, manager_notes = NULL,
             decision_reason = NULL, anonymised_at = $2
         WHERE {}",
        within("id")
    );
    Ok(
        exec!(&mut *tx, c => sqlx::query(sqlx::AssertSqlSafe(sql.as_str())).bind(&list).bind(now)
        .execute(c).await.map(|r| r.rows_affected()))?,
    )
}

/// Deletes the audit events that happened before `cutoff`, which must not be later than
/// the cut-off of a claimed run (the append-only trigger refuses anything newer).
pub async fn delete_audit_events_before(tx: &mut Tx, cutoff: DateTime<Utc>) -> Result<u64> {
    Ok(
        exec!(&mut *tx, c => sqlx::query("DELETE FROM audit_events WHERE occurred_at < $1")
        .bind(cutoff).execute(c).await.map(|r| r.rows_affected()))?,
    )
}

/// Up to `limit` contracts due for removal: ended before `ended_before` (or never marked
/// ended), with terms that ran out by `ended_by`, and no invoice still awaiting payment
/// (a debt is kept until it is settled or credited).
pub async fn contracts_due(
    tx: &mut Tx,
    ended_before: DateTime<Utc>,
    ended_by: NaiveDate,
    limit: i64,
) -> Result<Vec<i64>> {
    Ok(exec!(&mut *tx, c => sqlx::query_scalar::<_, i64>(
        "SELECT k.id FROM contract_versions v
         JOIN contracts k ON k.id = v.contract_id AND k.current_version = v.version
         WHERE v.end_date <= $2 AND (k.ended_at IS NULL OR k.ended_at < $1)
           AND NOT EXISTS (SELECT 1 FROM invoices i WHERE i.contract_id = k.id AND i.status = 'issued')
         ORDER BY k.id LIMIT $3")
        .bind(ended_before).bind(ended_by).bind(limit).fetch_all(c).await)?)
}

/// What removing some contracts' records removed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Removed {
    pub contracts: u64,
    pub time_entries: u64,
    pub invoices: u64,
    pub journal_entries: u64,
}

/// Removes the records of `contracts`: their versions, bookings, time, invoices and credit
/// notes, feedback, capacity holds and journal entries. What the journal entries posted is
/// carried into each council's brought-forward amounts, so balances do not move; an
/// opportunity's award keeps its members but no longer points at the contract.
pub async fn remove_contracts(tx: &mut Tx, contracts: &[i64]) -> Result<Removed> {
    if contracts.is_empty() {
        return Ok(Removed::default());
    }
    let list = crate::sql::id_list(contracts);
    let times = ids_where(tx, "SELECT id FROM time_entries", "contract_id", &list).await?;
    let invoices = ids_where(tx, "SELECT id FROM invoices", "contract_id", &list).await?;
    let versions = ids_where(tx, "SELECT id FROM contract_versions", "contract_id", &list).await?;
    let bookings = ids_where(
        tx,
        "SELECT booking_id FROM contracts WHERE booking_id IS NOT NULL AND",
        "id",
        &list,
    )
    .await?;
    let within = |column: &str, param: &str| crate::sql::in_id_list(tx.backend(), column, param);
    let entries_sql = format!(
        "SELECT id FROM journal_entries
         WHERE (source_type = 'time_entry' AND {}) OR (source_type = 'invoice' AND {})",
        within("source_id", "$1"),
        within("source_id", "$2")
    );
    let entries: Vec<i64> = exec!(&mut *tx, c => sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(entries_sql.as_str()))
        .bind(&times).bind(&invoices).fetch_all(c).await)?;
    let entries = crate::sql::id_list(&entries);
    bring_forward(tx, &entries).await?;

    // A credit note points at the invoice it cancels, which goes in the same statement.
    change_where(tx, "UPDATE invoices SET credits_invoice_id = NULL", "id", &invoices).await?;
    change_where(
        tx,
        "UPDATE application_members SET contract_id = NULL",
        "contract_id",
        &list,
    )
    .await?;
    for (source, ids) in [("contract", &list), ("variation", &versions), ("booking", &bookings)] {
        let statement = format!("DELETE FROM capacity_holds WHERE source_type = '{source}' AND");
        change_where(tx, &statement, "source_id", ids).await?;
    }
    // Children before their parents, so that every foreign key holds throughout.
    let mut removed = Removed::default();
    let deletions: [(&str, &str, &String, Option<&mut u64>); 12] = [
        ("journal_postings", "entry_id", &entries, None),
        ("journal_entries", "id", &entries, Some(&mut removed.journal_entries)),
        ("invoice_entries", "invoice_id", &invoices, None),
        ("invoice_lines", "invoice_id", &invoices, None),
        ("invoices", "id", &invoices, Some(&mut removed.invoices)),
        ("time_entries", "id", &times, Some(&mut removed.time_entries)),
        ("contract_feedback", "contract_id", &list, None),
        ("contract_version_weeks", "version_id", &versions, None),
        ("contract_versions", "contract_id", &list, None),
        ("contracts", "id", &list, Some(&mut removed.contracts)),
        ("booking_weeks", "booking_id", &bookings, None),
        ("bookings", "id", &bookings, None),
    ];
    for (table, column, ids, count) in deletions {
        let n = change_where(tx, &format!("DELETE FROM {table}"), column, ids).await?;
        if let Some(count) = count {
            *count = n;
        }
    }
    Ok(removed)
}

/// The ids `select` (a statement up to its condition) finds where `column` is one of
/// `list`, as a JSON id list.
async fn ids_where(tx: &mut Tx, select: &str, column: &str, list: &str) -> Result<String> {
    let sql = format!(
        "{select} {} {}",
        joiner(select),
        crate::sql::in_id_list(tx.backend(), column, "$1")
    );
    let found: Vec<i64> = exec!(&mut *tx, c => sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(list).fetch_all(c).await)?;
    Ok(crate::sql::id_list(&found))
}

/// Runs `statement` (an UPDATE or DELETE up to its condition) on the rows where `column`
/// is one of `list`; returns how many it changed.
async fn change_where(tx: &mut Tx, statement: &str, column: &str, list: &str) -> Result<u64> {
    let sql = format!(
        "{statement} {} {}",
        joiner(statement),
        crate::sql::in_id_list(tx.backend(), column, "$1")
    );
    Ok(
        exec!(&mut *tx, c => sqlx::query(sqlx::AssertSqlSafe(sql.as_str())).bind(list)
        .execute(c).await.map(|r| r.rows_affected()))?,
    )
}

/// What joins a statement to the condition added to it: `WHERE`, unless it ends with a
/// condition already waiting for another (`AND`).
fn joiner(statement: &str) -> &'static str {
    if statement.ends_with("AND") {
        ""
    } else {
        "WHERE"
    }
}

/// Marks the run of `day` as having removed contracts that ended by `ended_by`.
pub async fn record_contracts_removed(tx: &mut Tx, day: NaiveDate, ended_by: NaiveDate) -> Result<()> {
    exec!(&mut *tx, c => sqlx::query("UPDATE retention_runs SET contracts_ended_by = $2 WHERE run_on = $1")
        .bind(day).bind(ended_by).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// The latest financial year end to which contract records have been removed, if any
/// were: the monthly sums of the months to then outlive some of the time they add up.
pub async fn contracts_removed_to<'a>(exec: impl Into<Exec<'a>>) -> Result<Option<NaiveDate>> {
    Ok(exec!(exec, c => sqlx::query_scalar::<_, Option<NaiveDate>>(
        "SELECT MAX(contracts_ended_by) FROM retention_runs").fetch_one(c).await)?)
}

/// Adds what the journal `entries` (a JSON id list) posted to each council's brought-forward
/// amounts, before they are deleted.
async fn bring_forward(tx: &mut Tx, entries: &str) -> Result<()> {
    let sql = format!(
        "SELECT org_id, account, CAST(SUM(amount) AS BIGINT) FROM journal_postings WHERE {}
         GROUP BY org_id, account ORDER BY org_id, account",
        crate::sql::in_id_list(tx.backend(), "entry_id", "$1")
    );
    let sums: Vec<(i64, String, i64)> = exec!(&mut *tx, c => sqlx::query_as::<_, (i64, String, i64)>(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(entries).fetch_all(c).await)?;
    for (org_id, account, amount) in sums {
        exec!(&mut *tx, c => sqlx::query(
            "INSERT INTO ledger_brought_forward (org_id, account, amount) VALUES ($1, $2, $3)
             ON CONFLICT (org_id, account) DO UPDATE SET amount = ledger_brought_forward.amount + excluded.amount")
            .bind(org_id).bind(&account).bind(amount).execute(c).await.map(|r| r.rows_affected()))?;
    }
    Ok(())
}

/// Each council's brought-forward amount per account.
pub async fn brought_forward<'a>(exec: impl Into<Exec<'a>>) -> Result<Vec<(i64, String, i64)>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, (i64, String, i64)>(
        "SELECT org_id, account, amount FROM ledger_brought_forward ORDER BY org_id, account")
        .fetch_all(c).await)?)
}
