//! Why a step did not happen. Each feature returns its own error enum (`BookingError`,
//! `ContractError`, `InvoiceError`, `OpportunityError`, `ApplicationError`, `TimeError`),
//! so a signature says what can go wrong there. Every one of them turns into `Failure`, the
//! one shape the pages map to a GOV.UK error summary and the API to a problem.

use domain::bookings::Shortfall;
use domain::ValidationErrors;

/// What any refused step comes to, as the pages and the API show it.
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    /// There is no such thing, or it is not the person's to see.
    #[error("not found")]
    NotFound,
    /// The lifecycle, the agreement or the state of things does not allow it now. `key`
    /// names the message that says why (and what to do).
    #[error("refused: {key}")]
    Refused { key: &'static str },
    /// Some weeks do not have the hours free.
    #[error("not enough free hours")]
    NoCapacity(Vec<Shortfall>),
    #[error("the submitted values are not valid")]
    Invalid(ValidationErrors),
    /// The person may not take this step.
    #[error(transparent)]
    Denied(#[from] domain::authz::Denied),
    #[error(transparent)]
    Store(#[from] store::StoreError),
}

impl Failure {
    /// Refused for the reason the message `key` gives.
    pub fn refused(key: &'static str) -> Self {
        Failure::Refused { key }
    }
}

/// What the pages and the API need of a feature's error: whether it is the person's input
/// that is wrong (400) rather than the state of things (409), and the `Failure` it comes to.
pub trait StepError: Into<Failure> {
    fn is_invalid(&self) -> bool;
}

impl StepError for Failure {
    fn is_invalid(&self) -> bool {
        matches!(self, Failure::Invalid(_))
    }
}

/// A step name in a URL that names no step: no such page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("no such step")]
pub struct UnknownStep;

impl From<UnknownStep> for Failure {
    fn from(_: UnknownStep) -> Self {
        Failure::NotFound
    }
}

/// Declares a feature's error enum: the variants every step can fail with (not found,
/// refused, invalid, denied, store) and the feature's own, each of which has a variant of
/// the same name in `Failure`.
macro_rules! step_error {
    (
        $(#[$meta:meta])*
        $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident($payload:ty) ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, thiserror::Error)]
        pub enum $name {
            #[error("not found")]
            NotFound,
            #[error("refused: {key}")]
            Refused { key: &'static str },
            #[error("the submitted values are not valid")]
            Invalid(domain::ValidationErrors),
            #[error(transparent)]
            Denied(#[from] domain::authz::Denied),
            #[error(transparent)]
            Store(#[from] store::StoreError),
            $( $(#[$vmeta])* $variant($payload), )*
        }

        impl $name {
            /// Refused for the reason the message `key` gives.
            pub fn refused(key: &'static str) -> Self {
                $name::Refused { key }
            }
        }

        impl $crate::failure::StepError for $name {
            fn is_invalid(&self) -> bool {
                matches!(self, $name::Invalid(_))
            }
        }

        impl From<$crate::failure::UnknownStep> for $name {
            fn from(_: $crate::failure::UnknownStep) -> Self {
                $name::NotFound
            }
        }

        impl From<$name> for $crate::failure::Failure {
            fn from(e: $name) -> Self {
                use $crate::failure::Failure;
                match e {
                    $name::NotFound => Failure::NotFound,
                    $name::Refused { key } => Failure::Refused { key },
                    $name::Invalid(errors) => Failure::Invalid(errors),
                    $name::Denied(d) => Failure::Denied(d),
                    $name::Store(e) => Failure::Store(e),
                    $( $name::$variant(v) => Failure::$variant(v), )*
                }
            }
        }
    };
}

/// A feature's step error from another feature's, for a step that reads what the other
/// feature owns (`applications` loading an opportunity). Both must be `step_error!`
/// enums, the source without variants of its own (the match is exhaustive, so one added
/// later is a compile error here, not a silent loss).
macro_rules! step_error_from {
    ($to:ident <- $from:ident) => {
        impl From<$from> for $to {
            fn from(e: $from) -> Self {
                match e {
                    $from::NotFound => $to::NotFound,
                    $from::Refused { key } => $to::Refused { key },
                    $from::Invalid(errors) => $to::Invalid(errors),
                    $from::Denied(d) => $to::Denied(d),
                    $from::Store(e) => $to::Store(e),
                }
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::{Failure, StepError, UnknownStep};
    use crate::bookings::BookingError;
    use crate::opportunities::OpportunityError;
    use domain::ValidationErrors;

    #[test]
    fn a_features_error_comes_to_the_failure_of_the_same_name() {
        let short = BookingError::NoCapacity(Vec::new());
        assert!(matches!(Failure::from(short), Failure::NoCapacity(s) if s.is_empty()));
        let refused = OpportunityError::refused("error-opportunity-not-draft");
        assert!(matches!(
            Failure::from(refused),
            Failure::Refused {
                key: "error-opportunity-not-draft"
            }
        ));
        assert!(matches!(
            Failure::from(OpportunityError::from(UnknownStep)),
            Failure::NotFound
        ));
    }

    #[test]
    fn only_invalid_input_is_the_persons_to_mend() {
        let invalid = BookingError::Invalid(ValidationErrors::single("hours", "error-hours-missing"));
        assert!(invalid.is_invalid());
        assert!(!BookingError::refused("error-changed-meanwhile").is_invalid());
        assert!(!BookingError::NotFound.is_invalid());
        assert!(Failure::Invalid(ValidationErrors::default()).is_invalid());
    }
}
