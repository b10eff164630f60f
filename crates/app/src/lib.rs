//! The application layer of Microcontracts: the commands and queries people perform
//! ("request a booking", "approve time", "issue an invoice"), written once for the pages,
//! the JSON API, the scheduled jobs and the command line. Each command authorises through
//! `domain::authz`, validates, and runs in one transaction with its audit entries and the
//! notifications and emails it causes (SPEC §5.2); `domain` holds the rules, `store` the SQL.

pub mod accounts;
pub mod applications;
pub mod bookings;
pub mod contracts;
pub mod councils;
pub mod deals;
pub mod i18n;
pub mod invoices;
pub mod notify;
pub mod opportunities;
pub mod passwords;
pub mod pool;
pub mod rate_limits;
pub mod sessions;
pub mod timesheets;

mod context;

pub use context::{Ctx, Settings};

use chrono::{DateTime, Utc};
use store::{audit, outbox, Exec};

/// Queues an email in the caller's transaction, so it is sent only if the change commits.
pub async fn queue_email<'a>(
    exec: impl Into<Exec<'a>>,
    to: &str,
    subject: &str,
    body: &str,
    now: DateTime<Utc>,
) -> store::Result<i64> {
    enqueue(exec, to, subject, body, false, now).await
}

/// Queues an email that carries a one-time link (sign-up, password reset): its body is
/// redacted once sent, so the link is not kept in the outbox or in any later backup.
pub async fn queue_one_time_link<'a>(
    exec: impl Into<Exec<'a>>,
    to: &str,
    subject: &str,
    body: &str,
    now: DateTime<Utc>,
) -> store::Result<i64> {
    enqueue(exec, to, subject, body, true, now).await
}

async fn enqueue<'a>(
    exec: impl Into<Exec<'a>>,
    recipient: &str,
    subject: &str,
    body_text: &str,
    one_time_link: bool,
    now: DateTime<Utc>,
) -> store::Result<i64> {
    let email = outbox::NewEmail {
        recipient,
        subject,
        body_text,
        one_time_link,
    };
    outbox::enqueue(exec, &email, now).await
}

/// Who did something, for the audit log.
#[derive(Debug, Clone, Copy)]
pub struct By<'s> {
    pub user_id: Option<i64>,
    pub client_ip: &'s str,
}

/// What changed, for the audit log: the council whose data it is (None for a person's
/// own account), the action's catalogue name, the subject, and the state before and after.
pub struct Entry<'s> {
    pub org_id: Option<i64>,
    pub action: &'s str,
    pub subject: (&'s str, String),
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
}

pub async fn audit<'a>(
    exec: impl Into<Exec<'a>>,
    by: By<'_>,
    entry: Entry<'_>,
    now: DateTime<Utc>,
) -> store::Result<()> {
    audit::record(
        exec,
        audit::NewEvent {
            actor_user_id: by.user_id,
            org_id: entry.org_id,
            action: entry.action,
            subject_type: entry.subject.0,
            subject_id: entry.subject.1,
            before: entry.before,
            after: entry.after,
            client_ip: Some(by.client_ip),
        },
        now,
    )
    .await
}
