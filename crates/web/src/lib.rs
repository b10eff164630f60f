//! The web layer of Microcontracts: router, middleware, HTML handlers, the JSON API,
//! templates and embedded assets. Handlers only translate: requests into the application
//! layer's commands and queries (`app`), their results into pages or JSON.

pub mod api;
pub mod assets;
pub mod atom;
pub mod caches;
pub mod charts;
pub mod client;
pub mod config;
pub mod csrf;
pub mod csv_download;
pub mod date_parts;
pub mod error;
pub mod forms;
pub mod found;
pub mod handlers;
pub mod ics;
pub mod input;
pub mod language;
pub mod metrics;
pub mod one_time;
pub mod opportunity_filters;
pub mod options;
pub mod refusals;
pub mod request_id;
pub mod router;
pub mod security;
pub mod service_picker;
pub mod session;
pub mod state;
pub mod templates;
pub mod views;
pub mod work_events;

pub use config::{DemoAccount, DemoInfo, WebConfig, DEFAULT_CACHE_MB};
pub use router::router;
pub use state::AppState;
