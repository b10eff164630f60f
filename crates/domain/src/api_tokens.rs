//! How long a personal access token for the API lives (SPEC §4.10): chosen when it is made,
//! 90 days unless the person picks otherwise, a year at the most.

use chrono::Duration;

/// The lifetimes offered, in days.
pub const LIFETIME_DAYS: [i64; 4] = [30, 90, 180, 365];
pub const DEFAULT_LIFETIME_DAYS: i64 = 90;

/// The lifetime chosen on the form (empty: the default). Only the offered ones are taken.
pub fn lifetime(days: &str) -> Result<Duration, &'static str> {
    let days = days.trim();
    if days.is_empty() {
        return Ok(Duration::days(DEFAULT_LIFETIME_DAYS));
    }
    days.parse::<i64>()
        .ok()
        .filter(|d| LIFETIME_DAYS.contains(d))
        .map(Duration::days)
        .ok_or("error-token-lifetime")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ninety_days_unless_chosen_and_never_beyond_a_year() {
        assert_eq!(lifetime(""), Ok(Duration::days(90)));
        assert_eq!(lifetime("30"), Ok(Duration::days(30)));
        assert_eq!(lifetime("365"), Ok(Duration::days(365)));
        assert_eq!(lifetime("366"), Err("error-token-lifetime"));
        assert_eq!(lifetime("3650"), Err("error-token-lifetime"));
        assert_eq!(lifetime("-1"), Err("error-token-lifetime"));
        assert_eq!(lifetime("ninety"), Err("error-token-lifetime"));
    }
}
