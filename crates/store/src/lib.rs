//! All SQL of Microcontracts lives in this crate, for both SQLite and PostgreSQL.
//!
//! One code path serves both backends (docs/adr/0002): statements are written once in the
//! SQL both understand, with `$1` placeholders, and the `exec!` macro runs the same
//! statement on whichever pool or transaction is in hand. Only the few statements that
//! must differ (job claiming) are written twice.

pub mod agreements;
pub mod api_tokens;
pub mod applications;
pub mod audit;
pub(crate) mod backend;
pub mod backup;
pub mod bench_data;
pub mod bookings;
pub mod calendar_feeds;
pub mod capability_map;
pub mod capacity;
pub mod contracts;
pub mod contracts_register;
pub mod dashboard;
pub mod email_unsubscribes;
pub mod feedback;
pub mod full_text;
pub mod income;
pub mod invoices;
mod joined;
pub mod ledger;
pub mod meeting_guests;
pub mod meeting_records;
pub mod meetings;
pub mod members;
mod migrations;
pub mod moderation;
pub mod network;
pub mod notifications;
pub mod ocds;
pub mod opportunities;
pub mod opportunity_list;
pub mod organisations;
pub mod outbox;
pub mod peer_groups;
pub mod problems;
pub mod profiles;
pub mod projects;
pub mod rate_cards;
pub mod rate_limits;
pub mod recommendations;
pub mod reference;
pub mod reference_lists;
pub mod retention;
pub mod saved_searches;
pub mod schema;
pub mod search;
pub mod second_factors;
pub mod seed;
pub mod sessions;
pub mod sharing;
pub mod sign_in_attempts;
pub mod sign_in_providers;
pub(crate) mod sql;
pub mod statistics;
pub mod subject_access;
pub use sql::DealsVisible;
pub mod time_entries;
pub mod tokens;
pub mod users;
pub mod waiting;
pub mod webhooks;

#[cfg(any(test, feature = "testing"))]
pub mod testing;

pub use backend::{Backend, Db, Exec, PoolSettings, PoolStats, Tx};

use thiserror::Error;

#[derive(Debug, Error)]
pub enum StoreError {
    #[error(transparent)]
    Database(#[from] sqlx::Error),
    #[error("migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("unsupported database URL {0:?}: use sqlite://FILE or postgres://…")]
    UnsupportedUrl(String),
    #[error("reference data is not valid: {0}")]
    Seed(String),
    #[error("{0}")]
    Other(String),
}

impl StoreError {
    /// True when the statement broke a UNIQUE constraint: two people did the same thing
    /// at once, or a value that must be unique is taken.
    pub fn is_unique_violation(&self) -> bool {
        match self {
            StoreError::Database(e) => e.as_database_error().is_some_and(|d| d.is_unique_violation()),
            _ => false,
        }
    }
}

impl StoreError {
    /// True when the database could not be reached or was too busy to answer in time: a
    /// pool that timed out or closed, a lost or garbled connection, a server shutting down or
    /// refusing connections, SQLite's lock not granted within the busy timeout. Worth
    /// trying again shortly (`503`), unlike a fault in the statement (`500`).
    pub fn is_unavailable(&self) -> bool {
        let StoreError::Database(error) = self else {
            return false;
        };
        match error {
            sqlx::Error::PoolTimedOut
            | sqlx::Error::PoolClosed
            | sqlx::Error::Io(_)
            | sqlx::Error::Tls(_)
            // The wire broke mid-conversation, e.g. a connection cut while TLS was agreed.
            | sqlx::Error::Protocol(_)
            | sqlx::Error::WorkerCrashed => true,
            sqlx::Error::Database(d) => d.code().is_some_and(|code| UNAVAILABLE_CODES.contains(&code.as_ref())),
            _ => false,
        }
    }
}

/// PostgreSQL: connection exceptions (08…), too many connections (53300), and the server
/// shutting down or starting up (57P01–57P03). SQLite: BUSY and LOCKED with their
/// extended codes (5, 6, 261, 262, 517).
const UNAVAILABLE_CODES: &[&str] = &[
    "08000", "08001", "08003", "08004", "08006", "53300", "57P01", "57P02", "57P03", "5", "6", "261", "262", "517",
];

pub type Result<T> = std::result::Result<T, StoreError>;
