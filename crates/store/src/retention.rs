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

/// Empties the bodies of sent emails that still have one (the outbox empties them as it
/// sends; this catches any sent before it did).
pub async fn redact_sent_email_bodies(tx: &mut Tx, now: DateTime<Utc>) -> Result<u64> {
    Ok(exec!(&mut *tx, c => sqlx::query(
        "UPDATE outbox_emails SET body_text = '', redacted_at = $1 WHERE status = 'sent' AND redacted_at IS NULL")
        .bind(now).execute(c).await.map(|r| r.rows_affected()))?)
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
