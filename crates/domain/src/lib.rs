//! Domain rules of Microcontracts. Everything here is pure: no database, network or
//! file access, so every rule can be unit-tested on its own.

/// A fieldless enum stored and sent as fixed snake_case names: `as_str`, `FromStr` (with
/// the given catalogue key as the error), `TryFrom<String>` (so that the store decodes
/// its rows' columns into it) and `Display`.
macro_rules! string_enum {
    ($ty:ty, $err:literal, { $($variant:path => $name:literal),* $(,)? }) => {
        impl $ty {
            pub fn as_str(self) -> &'static str {
                match self { $($variant => $name),* }
            }
        }
        impl std::str::FromStr for $ty {
            type Err = &'static str;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s { $($name => Ok($variant),)* _ => Err($err) }
            }
        }
        impl TryFrom<String> for $ty {
            type Error = &'static str;
            fn try_from(s: String) -> Result<Self, Self::Error> {
                s.parse()
            }
        }
        impl std::fmt::Display for $ty {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

pub mod api_tokens;
pub mod authz;
pub mod bank_holidays;
pub mod bookings;
pub mod calendar;
pub mod capability_map;
pub mod choices;
pub mod clock;
pub mod contracts;
pub mod contracts_register;
pub mod dates;
pub mod email;
pub mod errors;
pub mod full_text;
pub mod hours;
pub mod invoices;
pub mod language;
pub mod ledger;
pub mod meetings;
pub mod moderation;
pub mod money;
pub mod navigation;
pub mod network;
pub mod notifications;
pub mod opportunities;
pub mod password;
pub mod peer_groups;
pub mod pool;
pub mod problems;
pub mod projects;
pub mod rate_limits;
pub mod recommendations;
pub mod reference_lists;
pub mod retention;
pub mod roles;
pub mod second_factor;
pub mod sessions;
pub mod sign_in_providers;
pub mod statistics;
pub mod text;
pub mod throttle;
pub mod timesheets;
pub mod weeks;
pub mod written_in;

pub use errors::{FieldError, ValidationErrors};
