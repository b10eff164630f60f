//! Applies the retention schedule (domain::retention) once a London day: the first
//! instance to claim the day removes or anonymises what is due, in one transaction with
//! an audit entry that gives the counts. Contract records go with what hangs on them
//! (store::retention::remove_contracts), the ledger's balances unchanged. Sign-in records
//! and sessions are removed by the housekeeping sweep as they fall due; email bodies by
//! the outbox as it sends.

use crate::{By, Ctx, Entry};
use domain::retention::Cutoffs;
use serde_json::json;
use store::retention as apply;

/// What one run removed or anonymised.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Applied {
    pub notifications_deleted: u64,
    pub profiles_anonymised: u64,
    pub audit_events_deleted: u64,
    pub contracts_removed: u64,
    pub time_entries_removed: u64,
    pub invoices_removed: u64,
}

/// The most contracts one run removes, so that a run's transaction stays short however
/// many fall due at once (the first run after years of use, say); the rest go the next day.
pub const CONTRACTS_PER_RUN: i64 = 500;

/// Applies the schedule as of now, unless today's run was already made (on this
/// instance or another): then None.
pub async fn run(ctx: &Ctx) -> store::Result<Option<Applied>> {
    let now = ctx.clock.now();
    let today = domain::weeks::london_date(now);
    if apply::ran_on(&ctx.db, today).await? {
        return Ok(None);
    }
    let cut = Cutoffs::at(now);
    let mut tx = ctx.db.begin().await?;
    if !apply::claim_run(&mut tx, today, now, cut.audit_events).await? {
        return Ok(None);
    }
    let due = apply::contracts_due(
        &mut tx,
        cut.contracts_ended_before(),
        cut.contracts_ended_by,
        CONTRACTS_PER_RUN,
    )
    .await?;
    let removed = apply::remove_contracts(&mut tx, &due).await?;
    if removed.contracts > 0 {
        apply::record_contracts_removed(&mut tx, today, cut.contracts_ended_by).await?;
    }
    let applied = Applied {
        notifications_deleted: apply::delete_notifications_before(&mut tx, cut.notifications).await?,
        profiles_anonymised: apply::anonymise_withdrawn_profiles(&mut tx, cut.withdrawn_profiles, now).await?,
        audit_events_deleted: apply::delete_audit_events_before(&mut tx, cut.audit_events).await?,
        contracts_removed: removed.contracts,
        time_entries_removed: removed.time_entries,
        invoices_removed: removed.invoices,
    };
    let system = By {
        user_id: None,
        client_ip: "",
    };
    let entry = Entry {
        org_id: None,
        action: "retention-applied",
        subject: ("retention", today.to_string()),
        before: None,
        after: Some(json!(applied)),
    };
    crate::audit(&mut tx, system, entry, now).await?;
    tx.commit().await?;
    Ok(Some(applied))
}
