//! Validation errors carry message-catalogue keys, never English text, so that every
//! message can be translated (SPEC §5.4).

use serde::Serialize;

/// One problem with one form field. `key` names a message in the catalogue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    pub field: String,
    pub key: &'static str,
}

impl FieldError {
    pub fn new(field: impl Into<String>, key: &'static str) -> Self {
        Self {
            field: field.into(),
            key,
        }
    }
}

/// All the problems found with one submitted form, in the order of its fields.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("the submitted values are not valid")]
pub struct ValidationErrors(pub Vec<FieldError>);

impl ValidationErrors {
    pub fn single(field: impl Into<String>, key: &'static str) -> Self {
        Self(vec![FieldError::new(field, key)])
    }
    pub fn push(&mut self, field: impl Into<String>, key: &'static str) {
        self.0.push(FieldError::new(field, key));
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// Ok when nothing was found, so callers can end a chain of checks with `?`.
    pub fn into_result(self) -> Result<(), ValidationErrors> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(self)
        }
    }
    /// Records the error of a field check, keeping its value when the check passed.
    pub fn check<T>(&mut self, field: &str, result: Result<T, &'static str>) -> Option<T> {
        match result {
            Ok(v) => Some(v),
            Err(key) => {
                self.push(field, key);
                None
            }
        }
    }
}
