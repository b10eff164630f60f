//! Deadlines that pass without anyone acting: booking requests not answered within five
//! working days lapse; opportunities close at their closing time; buyers without an
//! outcome 28 days after closing are reminded; submitted time is deemed approved where
//! the buying council chose so; buyers are reminded once of overdue invoices; daily
//! opportunity digests go out. It lives
//! beside the services because each step tells people, in their language, what happened.
//! Several instances may run it at once: each step is conditional on the state it saw,
//! so each thing happens once.

use crate::services::{bookings, invoices, opportunities, timesheets};
use crate::state::AppState;

/// Lapses what is due, every `interval`, until `shutdown` fires.
pub async fn run(state: AppState, interval: std::time::Duration, mut shutdown: tokio::sync::watch::Receiver<bool>) {
    loop {
        match bookings::expire_lapsed(&state).await {
            Ok(0) => {}
            Ok(lapsed) => tracing::info!(lapsed, "booking requests lapsed"),
            Err(error) => tracing::error!(%error, "lapsing booking requests failed"),
        }
        match opportunities::close_due(&state).await {
            Ok(0) => {}
            Ok(closed) => tracing::info!(closed, "opportunities closed"),
            Err(error) => tracing::error!(%error, "closing opportunities failed"),
        }
        if let Err(error) = opportunities::remind_overdue(&state).await {
            tracing::error!(%error, "reminding buyers of outcomes failed");
        }
        match timesheets::deem_due(&state).await {
            Ok(0) => {}
            Ok(deemed) => tracing::info!(deemed, "time deemed approved"),
            Err(error) => tracing::error!(%error, "deeming time approved failed"),
        }
        if let Err(error) = invoices::remind_overdue(&state).await {
            tracing::error!(%error, "reminding buyers of overdue invoices failed");
        }
        if let Err(error) = opportunities::send_daily_digests(&state).await {
            tracing::error!(%error, "sending opportunity digests failed");
        }
        tokio::select! {
            _ = tokio::time::sleep(interval) => {}
            _ = shutdown.changed() => return,
        }
    }
}
