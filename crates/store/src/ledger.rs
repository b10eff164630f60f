//! The journal: entries and their postings are only ever inserted. Each entry names what
//! caused it (one entry per cause, enforced by a unique key), and each council's balances
//! are kept in the same transaction as the postings that change them.

use crate::backend::exec;
use crate::{Exec, Result, Tx};
use chrono::{DateTime, Utc};
use domain::ledger::{check_balanced, Account, Posting};
use serde::Serialize;

/// Posts a balanced entry for `source` unless one was posted for it already (then None).
pub async fn post(
    tx: &mut Tx,
    kind: &str,
    source: (&str, i64),
    memo: &str,
    postings: &[Posting],
    by: Option<i64>,
    now: DateTime<Utc>,
) -> Result<Option<i64>> {
    check_balanced(postings).map_err(|e| crate::StoreError::Other(e.to_string()))?;
    let id = exec!(&mut *tx, c => sqlx::query_scalar::<_, i64>(
        "INSERT INTO journal_entries (kind, source_type, source_id, memo, created_at, created_by)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (kind, source_type, source_id) DO NOTHING RETURNING id")
        .bind(kind).bind(source.0).bind(source.1).bind(memo).bind(now).bind(by).fetch_optional(c).await)?;
    let Some(id) = id else {
        return Ok(None);
    };
    for p in postings {
        exec!(&mut *tx, c => sqlx::query(
            "INSERT INTO journal_postings (entry_id, org_id, account, currency, amount) VALUES ($1, $2, $3, $4, $5)")
            .bind(id).bind(p.org_id).bind(p.account.as_str()).bind(p.currency().as_str()).bind(p.amount)
            .execute(c).await.map(|r| r.rows_affected()))?;
        exec!(&mut *tx, c => sqlx::query(
            "INSERT INTO ledger_balances (org_id, account, balance) VALUES ($1, $2, $3)
             ON CONFLICT (org_id, account) DO UPDATE SET balance = ledger_balances.balance + excluded.balance")
            .bind(p.org_id).bind(p.account.as_str()).bind(p.amount).execute(c).await.map(|r| r.rows_affected()))?;
    }
    Ok(Some(id))
}

pub async fn balance<'a>(exec: impl Into<Exec<'a>>, org_id: i64, account: Account) -> Result<i64> {
    Ok(exec!(exec, c => sqlx::query_scalar::<_, i64>(
        "SELECT balance FROM ledger_balances WHERE org_id = $1 AND account = $2")
        .bind(org_id).bind(account.as_str()).fetch_optional(c).await)?
    .unwrap_or(0))
}

/// Makes the rest of the caller's transaction the only one moving this council's hour
/// credits (PostgreSQL advisory lock; SQLite's single writer does this already), so a
/// credit-limit check and the movement it allows cannot interleave with another's.
pub async fn lock_credits(tx: &mut Tx, org_id: i64) -> Result<()> {
    if tx.backend() == crate::Backend::Postgres {
        exec!(&mut *tx, c => sqlx::query("SELECT pg_advisory_xact_lock(7710003, CAST($1 AS INTEGER))")
            .bind(org_id).execute(c).await.map(|r| r.rows_affected()))?;
    }
    Ok(())
}

/// A council's hour-credit limit in minutes (the default when the platform set none).
pub async fn credit_limit<'a>(exec: impl Into<Exec<'a>>, org_id: i64) -> Result<i64> {
    Ok(exec!(exec, c => sqlx::query_scalar::<_, i64>(
        "SELECT limit_minutes FROM hour_credit_limits WHERE org_id = $1")
        .bind(org_id).fetch_optional(c).await)?
    .unwrap_or(domain::ledger::DEFAULT_CREDIT_LIMIT_MINUTES))
}

pub async fn set_credit_limit(tx: &mut Tx, org_id: i64, minutes: i64, by: i64, now: DateTime<Utc>) -> Result<()> {
    exec!(&mut *tx, c => sqlx::query(
        "INSERT INTO hour_credit_limits (org_id, limit_minutes, set_by, set_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (org_id) DO UPDATE SET limit_minutes = $2, set_by = $3, set_at = $4")
        .bind(org_id).bind(minutes).bind(by).bind(now).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// One breach of a ledger invariant, as `verify` reports it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Breach {
    pub invariant: &'static str,
    pub detail: String,
}

/// Checks every ledger invariant over the whole journal: each entry has postings that
/// balance per currency; each kept balance equals the sum of its postings and what was
/// brought forward when older postings were removed (domain::retention); approved time
/// on hour-credit contracts has exactly its transfer and nothing else moved credits.
pub async fn verify<'a>(exec: impl Into<Exec<'a>>) -> Result<Vec<Breach>> {
    let mut exec = exec.into();
    let mut breaches = Vec::new();
    let unbalanced = exec!(&mut exec, c => sqlx::query_as::<_, (i64, String, i64)>(
        "SELECT entry_id, currency, CAST(SUM(amount) AS BIGINT) FROM journal_postings
         GROUP BY entry_id, currency HAVING SUM(amount) <> 0 ORDER BY entry_id")
        .fetch_all(c).await)?;
    for (entry, currency, sum) in unbalanced {
        breaches.push(Breach {
            invariant: "entry-balances",
            detail: format!("journal entry {entry} is out by {sum} in {currency}"),
        });
    }
    let empty = exec!(&mut exec, c => sqlx::query_scalar::<_, i64>(
        "SELECT e.id FROM journal_entries e WHERE NOT EXISTS (SELECT 1 FROM journal_postings p WHERE p.entry_id = e.id)
         ORDER BY e.id")
        .fetch_all(c).await)?;
    for entry in empty {
        breaches.push(Breach {
            invariant: "entry-has-postings",
            detail: format!("journal entry {entry} has no postings"),
        });
    }
    let summed = exec!(&mut exec, c => sqlx::query_as::<_, (i64, String, i64)>(
        "SELECT org_id, account, CAST(SUM(amount) AS BIGINT) FROM journal_postings GROUP BY org_id, account")
        .fetch_all(c).await)?;
    let kept = exec!(&mut exec, c => sqlx::query_as::<_, (i64, String, i64)>(
        "SELECT org_id, account, balance FROM ledger_balances").fetch_all(c).await)?;
    let mut summed: std::collections::BTreeMap<(i64, String), i64> =
        summed.into_iter().map(|(o, a, s)| ((o, a), s)).collect();
    // Postings removed under the retention schedule are carried as one amount each.
    for (org, account, amount) in crate::retention::brought_forward(&mut exec).await? {
        *summed.entry((org, account)).or_default() += amount;
    }
    let kept: std::collections::BTreeMap<(i64, String), i64> = kept.into_iter().map(|(o, a, s)| ((o, a), s)).collect();
    for key in summed
        .keys()
        .chain(kept.keys())
        .collect::<std::collections::BTreeSet<_>>()
    {
        let (s, k) = (
            summed.get(key).copied().unwrap_or(0),
            kept.get(key).copied().unwrap_or(0),
        );
        if s != k {
            breaches.push(Breach {
                invariant: "balance-equals-postings",
                detail: format!(
                    "council {} account {}: kept balance {k}, postings sum to {s}",
                    key.0, key.1
                ),
            });
        }
    }
    let missing = exec!(&mut exec, c => sqlx::query_scalar::<_, i64>(
        "SELECT t.id FROM time_entries t
         JOIN contracts k ON k.id = t.contract_id
         JOIN contract_versions v ON v.contract_id = k.id AND v.version = k.current_version
         WHERE t.status = 'approved' AND v.settlement = 'hour_credits'
           AND NOT EXISTS (SELECT 1 FROM journal_entries e WHERE e.kind = 'hour_credits'
               AND e.source_type = 'time_entry' AND e.source_id = t.id)
         ORDER BY t.id")
        .fetch_all(c).await)?;
    for id in missing {
        breaches.push(Breach {
            invariant: "approved-credits-posted",
            detail: format!("approved time entry {id} on an hour-credit contract moved no credits"),
        });
    }
    let stray = exec!(&mut exec, c => sqlx::query_as::<_, (i64, i64)>(
        "SELECT e.id, e.source_id FROM journal_entries e
         LEFT JOIN time_entries t ON t.id = e.source_id
         WHERE e.kind = 'hour_credits' AND e.source_type = 'time_entry' AND (t.id IS NULL OR t.status <> 'approved')
         ORDER BY e.id")
        .fetch_all(c).await)?;
    for (entry, time) in stray {
        breaches.push(Breach {
            invariant: "credits-only-for-approved-time",
            detail: format!("journal entry {entry} moved credits for time entry {time}, which is not approved"),
        });
    }
    let wrong_amount = exec!(&mut exec, c => sqlx::query_as::<_, (i64, i64, i64)>(
        "SELECT e.id, t.minutes, CAST(SUM(CASE WHEN p.amount > 0 THEN p.amount ELSE 0 END) AS BIGINT)
         FROM journal_entries e
         JOIN time_entries t ON t.id = e.source_id
         JOIN journal_postings p ON p.entry_id = e.id
         WHERE e.kind = 'hour_credits' AND e.source_type = 'time_entry'
         GROUP BY e.id, t.minutes HAVING SUM(CASE WHEN p.amount > 0 THEN p.amount ELSE 0 END) <> t.minutes
         ORDER BY e.id")
        .fetch_all(c).await)?;
    for (entry, minutes, moved) in wrong_amount {
        breaches.push(Breach {
            invariant: "credits-equal-time",
            detail: format!("journal entry {entry} moved {moved} minutes for {minutes} minutes of time"),
        });
    }
    Ok(breaches)
}
