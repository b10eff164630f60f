//! The service driven over HTTP, each test run against SQLite and against PostgreSQL.

mod cast;
mod harness;
mod oidc;

/// Runs a test once against SQLite and once against PostgreSQL.
pub use store::on_both;
mod input;
mod limits;

mod access;
mod accounts;
mod admin;
mod api;
mod api_groups;
mod api_maps;
mod api_money;
mod api_pool;
mod bookings;
mod contracts_register;
mod council_sign_in;
mod csv_exports;
mod dashboard;
mod groups;
mod guests;
mod invoices;
mod language;
mod map_files;
mod maps;
mod meeting_records;
mod meetings;
mod moderation;
mod network;
mod opportunities;
mod outage;
mod outbox;
mod personal_data;
mod platform;
mod pool;
mod preferences;
mod privacy;
mod problems;
mod projects;
mod reference_lists;
mod retention;
mod roles;
mod second_factor;
mod sharing;
mod south_group;
mod time;
mod tokens;
mod webhooks;
