//! Password rules, following NCSC guidance: length over complexity, no forced symbols.

use crate::ValidationErrors;

pub const MIN_CHARS: usize = 12;
pub const MAX_CHARS: usize = 128;

pub fn validate_new(password: &str, confirmation: &str) -> Result<(), ValidationErrors> {
    let mut errors = ValidationErrors::default();
    let length = password.chars().count();
    if password.is_empty() {
        errors.push("password", "error-password-required");
    } else if length < MIN_CHARS {
        errors.push("password", "error-password-too-short");
    } else if length > MAX_CHARS {
        errors.push("password", "error-password-too-long");
    } else if password.chars().any(char::is_control) {
        errors.push("password", "error-control-characters");
    } else if password != confirmation {
        errors.push("password_confirmation", "error-password-mismatch");
    }
    errors.into_result()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_long_passphrase() {
        assert!(validate_new("correct horse battery", "correct horse battery").is_ok());
    }

    #[test]
    fn explains_each_problem() {
        let key = |p: &str, c: &str| validate_new(p, c).unwrap_err().0[0].key;
        assert_eq!(key("", ""), "error-password-required");
        assert_eq!(key("short", "short"), "error-password-too-short");
        assert_eq!(key(&"x".repeat(129), ""), "error-password-too-long");
        assert_eq!(key("long enough pass", "different pass!"), "error-password-mismatch");
    }
}
