//! Property tests for capacity and holds: whatever sequence of requests and releases
//! happens, free hours never go negative, no week is held beyond capacity, and releasing
//! a hold gives back exactly what it took.

use chrono::NaiveDate;
use domain::bookings::{shortfalls, spread, total_minutes, Schedule};
use domain::pool::{free_minutes, Capacity};
use domain::weeks::Week;
use proptest::prelude::*;
use std::collections::BTreeMap;

fn monday() -> Week {
    Week::starting(NaiveDate::from_ymd_opt(2026, 11, 30).unwrap()).unwrap()
}

#[derive(Debug, Clone)]
enum Op {
    /// A request: these minutes in weeks `first..first+len` (checked against free hours).
    Request { first: i64, len: i64, quarters: i64 },
    /// Release the holds of the n-th request made so far (if any, and not yet released).
    Release { nth: usize },
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => (0..6_i64, 1..4_i64, 1..40_i64).prop_map(|(first, len, quarters)| Op::Request { first, len, quarters }),
        2 => (0..20_usize).prop_map(|nth| Op::Release { nth }),
    ]
}

/// The weeks' free minutes given what is held now.
fn free(capacity: &Capacity, away: &[Week], held: &BTreeMap<Week, i64>, weeks: &[Week]) -> Schedule {
    weeks
        .iter()
        .map(|w| (*w, free_minutes(capacity, away, held.get(w).copied().unwrap_or(0), *w)))
        .collect()
}

proptest! {
    #[test]
    fn holds_never_overbook_and_releases_restore(
        hours in 0..41_i64,
        away_week in proptest::option::of(0..8_i64),
        ops in proptest::collection::vec(op(), 1..60),
    ) {
        let capacity = Capacity {
            minutes_per_week: hours * 60,
            available_from: monday().monday(),
            available_to: None,
        };
        let away: Vec<Week> = away_week.map(|w| monday().plus(w)).into_iter().collect();
        let all: Vec<Week> = monday().through(monday().plus(9));
        let mut held: BTreeMap<Week, i64> = BTreeMap::new();
        let mut requests: Vec<Option<Schedule>> = Vec::new();
        for op in ops {
            match op {
                Op::Request { first, len, quarters } => {
                    let asked: Schedule = monday().plus(first).through(monday().plus(first + len - 1))
                        .into_iter().map(|w| (w, quarters * 15)).collect();
                    let weeks: Vec<Week> = asked.keys().copied().collect();
                    let now_free = free(&capacity, &away, &held, &weeks);
                    let short = shortfalls(&asked, &now_free);
                    if short.is_empty() {
                        for (w, m) in &asked {
                            *held.entry(*w).or_insert(0) += m;
                        }
                        requests.push(Some(asked));
                    } else {
                        // Refused, naming exactly the weeks that lack the hours.
                        for s in &short {
                            prop_assert!(now_free[&s.week] < asked[&s.week]);
                            prop_assert_eq!(s.free, now_free[&s.week]);
                        }
                    }
                }
                Op::Release { nth } => {
                    let Some(slot) = requests.get_mut(nth) else { continue };
                    let Some(asked) = slot.take() else { continue };
                    let weeks: Vec<Week> = asked.keys().copied().collect();
                    let before = free(&capacity, &away, &held, &weeks);
                    for (w, m) in &asked {
                        if let Some(h) = held.get_mut(w) {
                            *h -= m;
                        }
                    }
                    let after = free(&capacity, &away, &held, &weeks);
                    for w in &weeks {
                        if away.contains(w) {
                            prop_assert_eq!(after[w], 0);
                        } else {
                            prop_assert_eq!(after[w] - before[w], asked[w], "release gives back exactly what it held");
                        }
                    }
                }
            }
            for (w, f) in free(&capacity, &away, &held, &all) {
                prop_assert!(f >= 0, "free minutes never negative");
                prop_assert!(held.get(&w).copied().unwrap_or(0) <= capacity.minutes_per_week, "never beyond capacity");
            }
        }
        // Releasing everything leaves every week as free as it started.
        for asked in requests.into_iter().flatten() {
            for (w, m) in asked {
                if let Some(h) = held.get_mut(&w) {
                    *h -= m;
                }
            }
        }
        prop_assert!(held.values().all(|m| *m == 0));
    }

    #[test]
    fn spreading_keeps_every_quarter_hour_inside_the_dates(
        quarters in 1..2000_i64,
        start in 0..60_i64,
        days in 0..120_i64,
    ) {
        let first = NaiveDate::from_ymd_opt(2026, 11, 2).unwrap() + chrono::Duration::days(start);
        let last = first + chrono::Duration::days(days);
        let s = spread(quarters * 15, first, last);
        prop_assert_eq!(total_minutes(&s), quarters * 15);
        prop_assert!(s.values().all(|m| *m > 0 && m % 15 == 0));
        prop_assert!(s.keys().all(|w| *w >= Week::containing(first) && *w <= Week::containing(last)));
        // As even as whole quarter hours allow, between weeks wholly inside the dates.
        let full: Vec<i64> = s.iter()
            .filter(|(w, _)| w.monday() >= first && w.sunday() <= last)
            .map(|(_, m)| *m).collect();
        if let (Some(max), Some(min)) = (full.iter().max(), full.iter().min()) {
            prop_assert!(max - min <= 15);
        }
    }
}
