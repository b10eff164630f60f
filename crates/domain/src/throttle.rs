//! Sign-in throttling (SPEC §4.1): repeated failures on an account are first slowed, then
//! locked for a while; many failures from one client address slow that address down, but
//! never lock the accounts of everyone behind it (one council's proxy may carry hundreds of
//! people). Every attempt is counted before its password is checked, and the counts come
//! from the database, so the limits hold across concurrent requests and instances.

use chrono::{DateTime, Duration, Utc};

#[derive(Debug, Clone, Copy)]
pub struct Policy {
    /// Failures older than this are forgotten.
    pub window: Duration,
    /// From this many failures on an account, each attempt waits a little longer.
    pub slow_after: u32,
    /// This many failures on an account lock it.
    pub account_lock_after: u32,
    /// From this many failures from one client address, each attempt from it waits longer.
    pub address_slow_after: u32,
    /// How long a lock lasts after the last failure.
    pub lock_for: Duration,
}

impl Default for Policy {
    fn default() -> Self {
        Self {
            window: Duration::minutes(15),
            slow_after: 3,
            account_lock_after: 5,
            address_slow_after: 20,
            lock_for: Duration::minutes(15),
        }
    }
}

/// Recent failed sign-ins for one account or one address.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Failures {
    pub count: u32,
    pub latest: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// Check the password, after waiting this long.
    Allow { delay: std::time::Duration },
    /// Do not check the password until then.
    Locked { until: DateTime<Utc> },
}

pub fn decide(policy: &Policy, account: Failures, address: Failures, now: DateTime<Utc>) -> Decision {
    let locked_until = account
        .latest
        .filter(|_| account.count >= policy.account_lock_after)
        .map(|latest| latest + policy.lock_for)
        .filter(|until| *until > now);
    if let Some(until) = locked_until {
        return Decision::Locked { until };
    }
    // Half a second more per failure from the slow-down on, at most two seconds.
    let account_delay = steps_beyond(account.count, policy.slow_after, 4) * 500;
    // A second more per failure beyond the address's allowance, at most ten seconds.
    let address_delay = steps_beyond(address.count, policy.address_slow_after, 10) * 1000;
    Decision::Allow {
        delay: std::time::Duration::from_millis(account_delay.max(address_delay)),
    }
}

/// How far `count` has gone past `from - 1`, at most `cap`.
fn steps_beyond(count: u32, from: u32, cap: u32) -> u64 {
    u64::from(count.saturating_sub(from.saturating_sub(1)).min(cap))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(minute: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000 + minute * 60, 0).unwrap()
    }

    fn failures(count: u32, latest_minute: i64) -> Failures {
        Failures {
            count,
            latest: Some(at(latest_minute)),
        }
    }

    #[test]
    fn first_attempts_are_not_slowed() {
        let d = decide(&Policy::default(), failures(2, 0), Failures::default(), at(1));
        assert_eq!(
            d,
            Decision::Allow {
                delay: std::time::Duration::ZERO
            }
        );
    }

    #[test]
    fn repeated_failures_slow_then_lock_the_account() {
        let policy = Policy::default();
        match decide(&policy, failures(3, 0), Failures::default(), at(1)) {
            Decision::Allow { delay } => assert!(delay > std::time::Duration::ZERO),
            other => panic!("expected a delay, got {other:?}"),
        }
        assert_eq!(
            decide(&policy, failures(5, 0), Failures::default(), at(1)),
            Decision::Locked { until: at(15) }
        );
    }

    #[test]
    fn lock_ends_after_its_time() {
        let d = decide(&Policy::default(), failures(5, 0), Failures::default(), at(16));
        assert!(matches!(d, Decision::Allow { .. }));
    }

    #[test]
    fn one_address_trying_many_accounts_is_slowed_not_locked() {
        let policy = Policy::default();
        let d = decide(&policy, Failures::default(), failures(19, 3), at(4));
        assert_eq!(
            d,
            Decision::Allow {
                delay: std::time::Duration::ZERO
            }
        );
        let d = decide(&policy, Failures::default(), failures(20, 3), at(4));
        assert_eq!(
            d,
            Decision::Allow {
                delay: std::time::Duration::from_secs(1)
            }
        );
        let d = decide(&policy, Failures::default(), failures(500, 3), at(4));
        assert_eq!(
            d,
            Decision::Allow {
                delay: std::time::Duration::from_secs(10)
            }
        );
    }
}
