//! What bookings and contracts share: the check that hours are free, and audit entries in
//! both councils' logs.

use super::{audit, By, Entry};
use chrono::{DateTime, Utc};
use domain::bookings::{self as rules, Shortfall};
use domain::weeks::Week;
use store::{capacity, Tx};

/// Records the same change in the audit logs of both councils of a deal.
#[allow(clippy::too_many_arguments)]
pub async fn audit_both(
    tx: &mut Tx,
    by: By<'_>,
    councils: (i64, i64),
    action: &str,
    subject: (&str, i64),
    before: Option<serde_json::Value>,
    after: Option<serde_json::Value>,
    now: DateTime<Utc>,
) -> store::Result<()> {
    for org_id in [councils.0, councils.1] {
        let entry = Entry {
            org_id: Some(org_id),
            action,
            subject: (subject.0, subject.1.to_string()),
            before: before.clone(),
            after: after.clone(),
        };
        audit(&mut *tx, by, entry, now).await?;
    }
    Ok(())
}

/// Checks that every week of `schedule` has the hours free, inside the caller's
/// transaction after it has locked the profile's capacity. The weeks short of hours are
/// the inner error.
pub async fn check_free(
    tx: &mut Tx,
    profile_id: i64,
    schedule: &rules::Schedule,
) -> store::Result<Result<(), Vec<Shortfall>>> {
    let weeks: Vec<Week> = schedule.keys().copied().collect();
    let free = capacity::free_by_week(&mut *tx, &[profile_id], &weeks).await?;
    let free: rules::Schedule = weeks
        .iter()
        .zip(free.get(&profile_id).cloned().unwrap_or_default())
        .map(|(w, m)| (*w, m))
        .collect();
    let short = rules::shortfalls(schedule, &free);
    Ok(if short.is_empty() { Ok(()) } else { Err(short) })
}
