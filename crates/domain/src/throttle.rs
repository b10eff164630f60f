//! Sign-in throttling (SPEC §4.1): repeated failures are first slowed, then locked for a
//! while, counted both per account and per client address. The counts come from the
//! database so that the limits hold across instances.

use chrono::{DateTime, Duration, Utc};

#[derive(Debug, Clone, Copy)]
pub struct Policy {
    /// Failures older than this are forgotten.
    pub window: Duration,
    /// From this many failures on an account, each attempt waits a little longer.
    pub slow_after: u32,
    /// This many failures on an account lock it.
    pub account_lock_after: u32,
    /// This many failures from one client address lock that address.
    pub address_lock_after: u32,
    /// How long a lock lasts after the last failure.
    pub lock_for: Duration,
}

impl Default for Policy {
    fn default() -> Self {
        Self {
            window: Duration::minutes(15),
            slow_after: 3,
            account_lock_after: 5,
            address_lock_after: 20,
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
    let lock_until = |f: Failures, limit: u32| {
        f.latest
            .filter(|_| f.count >= limit)
            .map(|latest| latest + policy.lock_for)
            .filter(|until| *until > now)
    };
    let locks = [
        lock_until(account, policy.account_lock_after),
        lock_until(address, policy.address_lock_after),
    ];
    if let Some(until) = locks.into_iter().flatten().max() {
        return Decision::Locked { until };
    }
    let extra = account.count.saturating_sub(policy.slow_after.saturating_sub(1));
    let delay = if extra == 0 {
        std::time::Duration::ZERO
    } else {
        std::time::Duration::from_millis(500 * u64::from(extra.min(4)))
    };
    Decision::Allow { delay }
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
    fn one_address_trying_many_accounts_is_locked() {
        let d = decide(&Policy::default(), Failures::default(), failures(20, 3), at(4));
        assert_eq!(d, Decision::Locked { until: at(18) });
    }
}
