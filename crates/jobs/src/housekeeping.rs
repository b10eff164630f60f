//! Periodic upkeep: free hours rolled forward to the current week; expired sessions and
//! email links, unsubscribe links past their life, rate-limit counters of past windows,
//! sign-ins through councils' providers after a day, and
//! sign-in records past the 90 days the privacy notice promises. Every statement is an idempotent DELETE, so instances
//! running it at the same moment do no harm.

use chrono::Duration;
use domain::clock::Clock;
use domain::notifications::UNSUBSCRIBE_LINKS_LAST;
use std::sync::Arc;
use store::{sessions, sign_in_attempts, tokens, Db};

pub const SIGN_IN_RECORDS_KEPT: Duration = Duration::days(domain::retention::SIGN_IN_RECORDS_DAYS);
/// Expired links are kept a week, so "this link has expired" can still be told apart in logs.
const EXPIRED_LINKS_KEPT: Duration = Duration::days(7);

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Swept {
    pub sessions: u64,
    pub sign_in_attempts: u64,
    pub email_links: u64,
    pub unsubscribe_links: u64,
    pub rate_limit_windows: u64,
    pub provider_sign_ins: u64,
}

pub async fn sweep(db: &Db, clock: &Arc<dyn Clock>) -> store::Result<Swept> {
    let now = clock.now();
    // Free hours are kept from this week on; roll them forward when the week turns.
    store::capacity::ensure_horizon(db, domain::weeks::Week::current(now)).await?;
    db.analyze(false).await?;
    Ok(Swept {
        sessions: sessions::delete_expired(db, now).await?,
        sign_in_attempts: sign_in_attempts::delete_older_than(db, now - SIGN_IN_RECORDS_KEPT).await?,
        email_links: tokens::delete_expired(db, now - EXPIRED_LINKS_KEPT).await?,
        unsubscribe_links: store::email_unsubscribes::delete_before(db, now - UNSUBSCRIBE_LINKS_LAST).await?,
        // The longest rate-limit window is an hour; a day's margin costs nothing.
        rate_limit_windows: store::rate_limits::delete_older_than(db, now - Duration::days(1)).await?,
        provider_sign_ins: store::sign_in_providers::delete_sign_ins_before(
            db,
            now - Duration::hours(domain::sign_in_providers::SIGN_INS_KEPT_HOURS),
        )
        .await?,
    })
}

/// Sweeps every `interval` until `shutdown` fires.
pub async fn run(
    db: Db,
    clock: Arc<dyn Clock>,
    interval: std::time::Duration,
    mut shutdown: tokio::sync::watch::Receiver<bool>,
) {
    loop {
        let swept = sweep(&db, &clock).await;
        crate::count_run("housekeeping", swept.is_ok());
        match swept {
            Ok(swept) => tracing::debug!(?swept, "housekeeping done"),
            Err(error) => tracing::error!(%error, "housekeeping failed"),
        }
        tokio::select! {
            _ = tokio::time::sleep(interval) => {}
            _ = shutdown.changed() => return,
        }
    }
}
