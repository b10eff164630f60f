//! The web layer of Microcontracts: router, middleware, HTML handlers, the JSON API,
//! templates, the message catalogue and embedded assets. Handlers stay thin: rules live
//! in `domain`, SQL in `store`, multi-step changes in `services`.

pub mod api;
pub mod assets;
pub mod charts;
pub mod client;
pub mod csrf;
pub mod csv_download;
pub mod date_parts;
pub mod deadlines;
pub mod error;
pub mod forms;
pub mod found;
pub mod handlers;
pub mod i18n;
pub mod input;
pub mod metrics;
pub mod one_time;
pub mod options;
pub mod passwords;
pub mod request_id;
pub mod router;
pub mod security;
pub mod service_picker;
pub mod services;
pub mod session;
pub mod state;
pub mod templates;
pub mod views;

pub use router::router;
pub use state::{AppState, DemoAccount, DemoInfo, WebConfig, DEFAULT_CACHE_MB};
