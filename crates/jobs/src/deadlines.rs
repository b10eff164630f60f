//! Deadlines that pass without anyone acting: booking requests not answered within five
//! working days lapse; opportunities close at their closing time; buyers without an
//! outcome 28 days after closing are reminded; submitted time is deemed approved where
//! the buying council chose so; buyers are reminded once of overdue invoices; daily
//! opportunity digests and daily notification digests go out; once a day the retention
//! schedule is applied. Each step is a command of the application layer, since
//! each tells people, in their language, what happened.
//! Several instances may run it at once: each step is conditional on the state it saw,
//! so each thing happens once.

use crate::count_run;
use app::{bookings, invoices, opportunities, timesheets, Ctx};

/// Lapses what is due, every `interval`, until `shutdown` fires.
pub async fn run(ctx: Ctx, interval: std::time::Duration, mut shutdown: tokio::sync::watch::Receiver<bool>) {
    loop {
        let lapsed = bookings::expire_lapsed(&ctx).await;
        count_run("lapse-bookings", lapsed.is_ok());
        match lapsed {
            Ok(0) => {}
            Ok(lapsed) => tracing::info!(lapsed, "booking requests lapsed"),
            Err(error) => tracing::error!(%error, "lapsing booking requests failed"),
        }
        let closed = opportunities::close_due(&ctx).await;
        count_run("close-opportunities", closed.is_ok());
        match closed {
            Ok(0) => {}
            Ok(closed) => tracing::info!(closed, "opportunities closed"),
            Err(error) => tracing::error!(%error, "closing opportunities failed"),
        }
        let reminded = opportunities::remind_overdue(&ctx).await;
        count_run("remind-outcomes", reminded.is_ok());
        if let Err(error) = reminded {
            tracing::error!(%error, "reminding buyers of outcomes failed");
        }
        let deemed = timesheets::deem_due(&ctx).await;
        count_run("deem-time", deemed.is_ok());
        match deemed {
            Ok(0) => {}
            Ok(deemed) => tracing::info!(deemed, "time deemed approved"),
            Err(error) => tracing::error!(%error, "deeming time approved failed"),
        }
        let overdue = invoices::remind_overdue(&ctx).await;
        count_run("remind-overdue-invoices", overdue.is_ok());
        if let Err(error) = overdue {
            tracing::error!(%error, "reminding buyers of overdue invoices failed");
        }
        let digests = opportunities::send_daily_digests(&ctx).await;
        count_run("opportunity-digests", digests.is_ok());
        if let Err(error) = digests {
            tracing::error!(%error, "sending opportunity digests failed");
        }
        let digests = app::digests::send_due(&ctx).await;
        count_run("notification-digests", digests.is_ok());
        match digests {
            Ok(0) => {}
            Ok(sent) => tracing::info!(sent, "daily notification digests sent"),
            Err(error) => tracing::error!(%error, "sending daily notification digests failed"),
        }
        let retention = app::retention::run(&ctx).await;
        count_run("retention", retention.is_ok());
        match retention {
            Ok(None) => {}
            Ok(Some(applied)) => tracing::info!(?applied, "retention schedule applied"),
            Err(error) => tracing::error!(%error, "applying the retention schedule failed"),
        }
        tokio::select! {
            _ = tokio::time::sleep(interval) => {}
            _ = shutdown.changed() => return,
        }
    }
}
