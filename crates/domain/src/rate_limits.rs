//! Rate limits (SPEC §5.2): how often one subject (an email address, a client address, an
//! API token) may do one thing. Counted in fixed windows: simple to keep in a database
//! row that every instance increments, and the wait is until the window ends.

use chrono::{DateTime, Duration, Utc};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    /// The most attempts in one window.
    pub max: u32,
    /// The window's length.
    pub per: Duration,
}

/// Asking to join, or for a reset link, for one address: a few a day is plenty; more is
/// someone filling a person's inbox.
pub const LINKS_PER_EMAIL: Limit = Limit {
    max: 3,
    per: Duration::hours(1),
};
/// The same from one client address, which may be a council's proxy carrying many people.
pub const LINKS_PER_ADDRESS: Limit = Limit {
    max: 30,
    per: Duration::hours(1),
};

/// The window `now` falls in, by its start: whole multiples of `per` since the epoch.
pub fn window_start(limit: Limit, now: DateTime<Utc>) -> DateTime<Utc> {
    let per = limit.per.num_seconds().max(1);
    let start = now.timestamp().div_euclid(per) * per;
    DateTime::from_timestamp(start, 0).unwrap_or(now)
}

/// Allowed, or how long to wait, given the hits in the window so far (this one included).
pub fn decide(limit: Limit, hits: u64, now: DateTime<Utc>) -> Result<(), std::time::Duration> {
    if hits <= u64::from(limit.max) {
        return Ok(());
    }
    let ends = window_start(limit, now) + limit.per;
    let wait = (ends - now).to_std().unwrap_or_default();
    Err(wait.max(std::time::Duration::from_secs(1)))
}

/// Whole seconds for a `Retry-After` header, rounded up.
pub fn retry_after_seconds(wait: std::time::Duration) -> u64 {
    wait.as_secs() + u64::from(wait.subsec_nanos() > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(seconds: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000 + seconds, 0).unwrap()
    }

    #[test]
    fn windows_are_whole_periods() {
        let hour = Limit {
            max: 3,
            per: Duration::hours(1),
        };
        let start = window_start(hour, at(0));
        assert_eq!(start.timestamp() % 3600, 0);
        assert_eq!(window_start(hour, start + Duration::minutes(59)), start);
        assert_eq!(
            window_start(hour, start + Duration::minutes(60)),
            start + Duration::hours(1)
        );
    }

    #[test]
    fn over_the_limit_waits_for_the_window_to_end() {
        let limit = Limit {
            max: 3,
            per: Duration::hours(1),
        };
        let start = window_start(limit, at(0));
        let now = start + Duration::minutes(45);
        assert_eq!(decide(limit, 3, now), Ok(()));
        assert_eq!(decide(limit, 4, now), Err(std::time::Duration::from_secs(15 * 60)));
        assert_eq!(retry_after_seconds(std::time::Duration::from_millis(1500)), 2);
    }
}
