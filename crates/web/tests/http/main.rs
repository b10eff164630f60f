//! The service driven over HTTP, each test run against SQLite and against PostgreSQL.

mod harness;

mod access;
mod accounts;
mod admin;
mod api;
mod api_money;
mod api_pool;
mod bookings;
mod invoices;
mod opportunities;
mod outbox;
mod platform;
mod pool;
mod roles;
mod time;
