//! Scheduled work of Microcontracts: deadlines, housekeeping, the email outbox worker with
//! its transports, and the peer groups' webhook posts. Each step is a command of the application layer or a store call.

pub mod deadlines;
pub mod housekeeping;
pub mod mail;
pub mod notify;
pub mod outbox_worker;
pub mod webhooks;

/// Counts one run of a background job in `/metrics` (`job_runs_total{job, result}`).
pub fn count_run(job: &'static str, ok: bool) {
    let result = if ok { "ok" } else { "error" };
    metrics::counter!("job_runs_total", "job" => job, "result" => result).increment(1);
}

pub use mail::{FolderTransport, MailError, MailTransport, OutgoingEmail, SmtpTransport};
pub use notify::NotifyTransport;
pub use outbox_worker::OutboxWorker;
pub use webhooks::WebhookWorker;
