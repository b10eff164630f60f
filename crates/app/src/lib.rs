//! The application layer of Microcontracts: the commands and queries people perform
//! ("request a booking", "approve time", "issue an invoice"), written once for the pages,
//! the JSON API, the scheduled jobs and the command line. Each command authorises through
//! `domain::authz`, validates, and runs in one transaction with its audit entries and the
//! notifications and emails it causes (SPEC §5.2); `domain` holds the rules, `store` the SQL.

/// The names of the steps taken on something, as pages and the API give them in the URL:
/// an enum with `FromStr`, where an unknown name is no such page (`UnknownStep`).
macro_rules! step_names {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $text:literal),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum $name {
            $($variant),*
        }

        impl std::str::FromStr for $name {
            type Err = $crate::failure::UnknownStep;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($text => Ok($name::$variant),)*
                    _ => Err($crate::failure::UnknownStep),
                }
            }
        }
    };
}

#[macro_use]
pub mod failure;

pub mod accounts;
pub mod applications;
pub mod bookings;
pub mod capability_map;
pub mod contracts;
pub mod contracts_register;
pub mod council_sign_in;
pub mod councils;
pub mod dashboard;
pub mod deals;
pub mod digests;
pub mod group_posts;
pub mod i18n;
pub mod invoices;
pub mod leaving;
pub mod map_files;
pub mod meeting_guests;
pub mod meeting_records;
pub mod meetings;
pub mod moderation;
pub mod network;
pub mod notification_preferences;
pub mod notify;
pub mod open_contracting;
pub mod opportunities;
pub mod outbound;
pub mod passwords;
pub mod peer_groups;
pub mod pool;
pub mod problems;
pub mod projects;
pub mod rate_limits;
pub mod recommendations;
pub mod reference_lists;
pub mod retention;
pub mod sealing;
pub mod second_factor;
pub mod sessions;
pub mod sharing;
pub mod statistics;
pub mod subject_access;
pub mod timesheets;
pub mod unsubscribe;
pub mod webhooks;
pub mod work_calendar;

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
    enqueue(exec, to, subject, body, false, None, now).await
}

/// Queues a digest or an alert: its `List-Unsubscribe` headers name `unsubscribe_url`, a
/// one-click address (RFC 8058) that the body gives too.
pub async fn queue_email_with_unsubscribe<'a>(
    exec: impl Into<Exec<'a>>,
    to: &str,
    subject: &str,
    body: &str,
    unsubscribe_url: &str,
    now: DateTime<Utc>,
) -> store::Result<i64> {
    enqueue(exec, to, subject, body, false, Some(unsubscribe_url), now).await
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
    enqueue(exec, to, subject, body, true, None, now).await
}

async fn enqueue<'a>(
    exec: impl Into<Exec<'a>>,
    recipient: &str,
    subject: &str,
    body_text: &str,
    one_time_link: bool,
    unsubscribe_url: Option<&str>,
    now: DateTime<Utc>,
) -> store::Result<i64> {
    let email = outbox::NewEmail {
        recipient,
        subject,
        body_text,
        one_time_link,
        unsubscribe_url,
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

#[cfg(test)]
mod tests {
    use crate::failure::UnknownStep;

    #[test]
    fn step_names_are_read_from_urls_and_unknown_ones_are_not_found() {
        assert_eq!(
            "approve".parse::<crate::bookings::StepName>().ok(),
            Some(crate::bookings::StepName::Approve)
        );
        assert_eq!(
            "variation-withdraw".parse::<crate::contracts::StepName>().ok(),
            Some(crate::contracts::StepName::VariationWithdraw)
        );
        assert_eq!(
            "pay".parse::<crate::invoices::StepName>().ok(),
            Some(crate::invoices::StepName::Pay)
        );
        for unknown in ["", "Approve", "approve ", "variation_accept", "../pay"] {
            assert!(matches!(unknown.parse::<crate::bookings::StepName>(), Err(UnknownStep)));
            assert!(matches!(
                unknown.parse::<crate::contracts::StepName>(),
                Err(UnknownStep)
            ));
            assert!(matches!(unknown.parse::<crate::invoices::StepName>(), Err(UnknownStep)));
        }
    }
}
