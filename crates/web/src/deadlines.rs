//! Deadlines that pass without anyone acting: booking requests not answered within five
//! working days lapse. It lives beside the services because lapsing tells people, in
//! their language, what happened. Several instances may run it at once: each lapse is
//! conditional on the status it saw, so a request lapses once.

use crate::services::bookings;
use crate::state::AppState;

/// Lapses what is due, every `interval`, until `shutdown` fires.
pub async fn run(state: AppState, interval: std::time::Duration, mut shutdown: tokio::sync::watch::Receiver<bool>) {
    loop {
        match bookings::expire_lapsed(&state).await {
            Ok(0) => {}
            Ok(lapsed) => tracing::info!(lapsed, "booking requests lapsed"),
            Err(error) => tracing::error!(%error, "lapsing booking requests failed"),
        }
        tokio::select! {
            _ = tokio::time::sleep(interval) => {}
            _ = shutdown.changed() => return,
        }
    }
}
