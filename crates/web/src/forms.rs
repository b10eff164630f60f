//! Form plumbing: error summaries in the GOV.UK pattern, and safe return addresses.

use crate::state::AppState;
use domain::ValidationErrors;
use serde::Serialize;

/// One message in the error summary, linked to its field.
#[derive(Debug, Clone, Serialize)]
pub struct ShownError {
    pub field: String,
    pub text: String,
}

/// The messages for a form's errors, in field order. Keys come from the catalogue.
pub fn shown(state: &AppState, errors: &ValidationErrors) -> Vec<ShownError> {
    errors
        .0
        .iter()
        .map(|e| ShownError {
            field: e.field.clone(),
            text: state.t(e.key, &[]),
        })
        .collect()
}

pub fn one(field: &str, text: String) -> Vec<ShownError> {
    vec![ShownError {
        field: field.to_string(),
        text,
    }]
}

/// Only same-site paths are followed after sign-in, never another site.
pub fn safe_return_to(value: Option<&str>) -> String {
    match value {
        Some(v) if v.starts_with('/') && !v.starts_with("//") && !v.starts_with("/\\") && !v.contains(['\r', '\n']) => {
            v.to_string()
        }
        _ => "/".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::safe_return_to;

    #[test]
    fn refuses_other_sites() {
        assert_eq!(safe_return_to(Some("/councils/WOK/members")), "/councils/WOK/members");
        assert_eq!(safe_return_to(Some("//evil.example")), "/");
        assert_eq!(safe_return_to(Some("https://evil.example")), "/");
        assert_eq!(safe_return_to(Some("/\\evil.example")), "/");
        assert_eq!(safe_return_to(None), "/");
    }
}
