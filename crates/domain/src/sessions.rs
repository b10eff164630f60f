//! How long a signed-in session lasts (SPEC §5.2, OWASP ASVS 3.3): it ends after a spell
//! without use, and in any case a fixed time after signing in, however busy it is.

use chrono::{DateTime, Duration, Utc};

/// A session ends after this long without use.
pub const IDLE_TIMEOUT: Duration = Duration::hours(12);
/// A session ends this long after signing in, even if it is used all the while.
pub const ABSOLUTE_LIFETIME: Duration = Duration::days(7);

/// When a session started at `started` and last used `now` expires.
pub fn expiry(started: DateTime<Utc>, now: DateTime<Utc>) -> DateTime<Utc> {
    (now + IDLE_TIMEOUT).min(started + ABSOLUTE_LIFETIME)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(hours: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000 + hours * 3600, 0).unwrap()
    }

    #[test]
    fn use_slides_the_expiry_forward() {
        assert_eq!(expiry(at(0), at(0)), at(12));
        assert_eq!(expiry(at(0), at(30)), at(42));
    }

    #[test]
    fn never_beyond_seven_days_from_signing_in() {
        assert_eq!(expiry(at(0), at(7 * 24 - 1)), at(7 * 24));
        assert_eq!(expiry(at(0), at(7 * 24 + 5)), at(7 * 24));
    }
}
