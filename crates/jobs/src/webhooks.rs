//! Sends the posts queued for peer groups' webhooks (`app::webhooks`): claims due posts
//! with a lease, POSTs each as JSON to its group's address, and on failure retries with
//! the outbox's backoff; a post given up on, or whose group no longer has a webhook, is
//! kept as failed. The address is a secret: errors are logged and kept without it.

use crate::outbox_worker::next_attempt;
use chrono::Duration;
use domain::clock::Clock;
use std::sync::Arc;
use store::{webhooks, Db};

const LEASE: Duration = Duration::minutes(2);
const BATCH: i64 = 20;
const TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

#[derive(Clone)]
pub struct WebhookWorker {
    db: Db,
    client: reqwest::Client,
    clock: Arc<dyn Clock>,
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Sent {
    pub sent: usize,
    pub failed: usize,
}

impl WebhookWorker {
    /// A worker with its own HTTP client (`app::outbound`: no redirects, so a post goes
    /// only where the address says).
    pub fn new(db: Db, clock: Arc<dyn Clock>) -> Result<Self, reqwest::Error> {
        let client = app::outbound::client(TIMEOUT)?;
        Ok(Self { db, client, clock })
    }

    /// Sends every post due now, batch by batch.
    pub async fn drain(&self) -> store::Result<Sent> {
        let mut total = Sent::default();
        loop {
            let claim = format!("{:032x}", rand::random::<u128>());
            let batch = webhooks::claim_due(&self.db, &claim, self.clock.now(), LEASE, BATCH).await?;
            if batch.is_empty() {
                return Ok(total);
            }
            for due in batch {
                let outcome = match &due.url {
                    None => Err("the group no longer has a webhook".to_string()),
                    Some(url) => self.post(url, &due.payload).await,
                };
                match outcome {
                    Ok(()) => {
                        webhooks::mark_sent(&self.db, due.id, &claim, self.clock.now()).await?;
                        total.sent += 1;
                    }
                    Err(error) => {
                        let retry_at = due
                            .url
                            .as_ref()
                            .and_then(|_| next_attempt(due.attempts + 1, self.clock.now()));
                        tracing::warn!(id = due.id, group = due.group_id, attempts = due.attempts + 1,
                            retry_at = ?retry_at, %error, "webhook post not sent");
                        webhooks::mark_attempt_failed(&self.db, due.id, &claim, &error, retry_at).await?;
                        total.failed += 1;
                    }
                }
            }
        }
    }

    /// One POST; any answer but 2xx is a failure. The error never carries the address.
    async fn post(&self, url: &str, payload: &str) -> Result<(), String> {
        let answer = self
            .client
            .post(url)
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(payload.to_string())
            .send()
            .await
            .map_err(|e| e.without_url().to_string())?;
        if answer.status().is_success() {
            Ok(())
        } else {
            Err(format!("the webhook answered {}", answer.status()))
        }
    }

    /// Sends due posts every `interval` until `shutdown` fires.
    pub async fn run(self, interval: std::time::Duration, mut shutdown: tokio::sync::watch::Receiver<bool>) {
        loop {
            let sent = self.drain().await;
            crate::count_run("webhooks", sent.is_ok());
            if let Ok(s) = &sent {
                metrics::counter!("webhook_posts_total").increment(s.sent as u64);
                metrics::counter!("webhook_post_failures_total").increment(s.failed as u64);
            }
            if let Err(error) = sent {
                tracing::error!(%error, "webhook worker could not read its queue");
            }
            tokio::select! {
                _ = tokio::time::sleep(interval) => {}
                _ = shutdown.changed() => return,
            }
        }
    }
}
