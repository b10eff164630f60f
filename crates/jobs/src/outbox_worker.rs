//! Drains the email outbox: claims due messages with a lease, sends them, and on failure
//! schedules a retry with exponential backoff. After the last attempt a message is marked
//! failed and stays in the outbox for an operator to see; nothing is deleted.

use crate::mail::{MailTransport, OutgoingEmail};
use chrono::{DateTime, Duration, Utc};
use domain::clock::Clock;
use std::sync::Arc;
use store::{outbox, Db};

pub const MAX_ATTEMPTS: i64 = 10;
const LEASE: Duration = Duration::minutes(5);
const BATCH: i64 = 20;

/// When to try again after `attempts` failed attempts, or None to give up.
pub fn next_attempt(attempts: i64, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    if attempts >= MAX_ATTEMPTS {
        return None;
    }
    let exponent = u32::try_from(attempts.saturating_sub(1).clamp(0, 16)).unwrap_or(16);
    let seconds = (30_i64 << exponent).min(3_600);
    Some(now + Duration::seconds(seconds))
}

#[derive(Clone)]
pub struct OutboxWorker {
    db: Db,
    transport: Arc<dyn MailTransport>,
    clock: Arc<dyn Clock>,
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Drained {
    pub sent: usize,
    pub failed: usize,
}

impl OutboxWorker {
    pub fn new(db: Db, transport: Arc<dyn MailTransport>, clock: Arc<dyn Clock>) -> Self {
        Self { db, transport, clock }
    }

    /// Sends every message due now, batch by batch; returns what happened.
    pub async fn drain(&self) -> store::Result<Drained> {
        let mut total = Drained::default();
        loop {
            let claim = format!("{:032x}", rand::random::<u128>());
            let now = self.clock.now();
            let batch = outbox::claim_due(&self.db, &claim, now, LEASE, BATCH).await?;
            if batch.is_empty() {
                return Ok(total);
            }
            for row in batch {
                let email = OutgoingEmail {
                    id: row.id,
                    recipient: row.recipient,
                    subject: row.subject,
                    body_text: row.body_text,
                    unsubscribe_url: row.unsubscribe_url,
                };
                match self.transport.send(&email).await {
                    Ok(()) => {
                        outbox::mark_sent(&self.db, email.id, &claim, self.clock.now()).await?;
                        total.sent += 1;
                    }
                    Err(error) => {
                        let retry_at = if error.is_permanent() {
                            None
                        } else {
                            next_attempt(row.attempts + 1, self.clock.now())
                        };
                        tracing::warn!(id = email.id, attempts = row.attempts + 1, retry_at = ?retry_at, %error, "email not sent");
                        outbox::mark_attempt_failed(
                            &self.db,
                            email.id,
                            &claim,
                            &error.to_string(),
                            retry_at,
                            self.clock.now(),
                        )
                        .await?;
                        total.failed += 1;
                    }
                }
            }
        }
    }

    /// Drains the outbox every `interval`, and at once when `wakeup` is notified, until
    /// `shutdown` fires. Polling covers messages queued by other instances.
    pub async fn run(
        self,
        interval: std::time::Duration,
        wakeup: Arc<tokio::sync::Notify>,
        mut shutdown: tokio::sync::watch::Receiver<bool>,
    ) {
        loop {
            let drained = self.drain().await;
            crate::count_run("outbox", drained.is_ok());
            if let Ok(d) = &drained {
                metrics::counter!("outbox_sent_total").increment(d.sent as u64);
                metrics::counter!("outbox_send_failures_total").increment(d.failed as u64);
            }
            if let Err(error) = drained {
                tracing::error!(%error, "outbox worker could not read the outbox");
            }
            tokio::select! {
                _ = tokio::time::sleep(interval) => {}
                _ = wakeup.notified() => {}
                _ = shutdown.changed() => return,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_then_caps_then_gives_up() {
        let now = DateTime::from_timestamp(1_800_000_000, 0).unwrap();
        assert_eq!(next_attempt(1, now), Some(now + Duration::seconds(30)));
        assert_eq!(next_attempt(2, now), Some(now + Duration::seconds(60)));
        assert_eq!(next_attempt(9, now), Some(now + Duration::seconds(3_600)));
        assert_eq!(next_attempt(MAX_ATTEMPTS, now), None);
    }
}
