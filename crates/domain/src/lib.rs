//! Domain rules of Microcontracts. Everything here is pure: no database, network or
//! file access, so every rule can be unit-tested on its own.

pub mod authz;
pub mod clock;
pub mod email;
pub mod errors;
pub mod money;
pub mod password;
pub mod pool;
pub mod roles;
pub mod text;
pub mod throttle;
pub mod weeks;

pub use errors::{FieldError, ValidationErrors};
