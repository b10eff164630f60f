//! Sector statistics (SPEC §4.11, issue 21): what the platform has done, by financial
//! quarter, for anyone to read. The figures are counted in the database; what is worked
//! out here is how they read: running totals and the median time to award.

use crate::network::Quarter;

/// One quarter's figures.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct QuarterFigures {
    /// Councils with at least one member by the quarter's end.
    pub councils: i64,
    /// Practitioners listed in the pool by the quarter's end (of those listed now).
    pub practitioners: i64,
    /// Contracts signed in the quarter.
    pub contracts: i64,
    /// Hours agreed in contracts signed in the quarter (their caps), in minutes.
    pub contracted_minutes: i64,
    /// Time worked in the quarter and approved, in minutes.
    pub worked_minutes: i64,
    /// What the approved time settled in money was worth.
    pub value_pence: i64,
    pub published: i64,
    pub awarded: i64,
    /// Median days from publication to award of those awarded in the quarter, in tenths
    /// of a day; None when none were.
    pub median_award_tenths: Option<i64>,
}

/// How many of `firsts` (the quarter each thing began in) had begun by the end of each of
/// `quarters`.
pub fn running_totals(firsts: &[Quarter], quarters: &[Quarter]) -> Vec<i64> {
    quarters
        .iter()
        .map(|q| firsts.iter().filter(|f| *f <= q).count() as i64)
        .collect()
}

/// The median of `seconds`, in tenths of a day (rounded); None when there are none.
pub fn median_tenths_of_a_day(seconds: &[i64]) -> Option<i64> {
    if seconds.is_empty() {
        return None;
    }
    let mut sorted = seconds.to_vec();
    sorted.sort_unstable();
    let n = sorted.len();
    // Twice the median, so that an even count's middle pair needs no fraction.
    let twice = if n % 2 == 1 {
        2 * sorted[n / 2]
    } else {
        sorted[n / 2 - 1] + sorted[n / 2]
    };
    // tenths of a day = seconds × 10 / 86,400, rounded half up.
    Some((twice * 10 + 86_400) / (2 * 86_400))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn running_totals_count_what_began_by_each_quarters_end() {
        let q = Quarter::parse("2026-04").unwrap();
        let firsts = [q.plus(-3), q, q, q.plus(2)];
        assert_eq!(
            running_totals(&firsts, &q.plus(-1).through(q.plus(2))),
            vec![1, 3, 3, 4]
        );
    }

    #[test]
    fn the_median_is_the_middle_or_the_mean_of_the_middle_two() {
        const DAY: i64 = 86_400;
        assert_eq!(median_tenths_of_a_day(&[]), None);
        assert_eq!(median_tenths_of_a_day(&[30 * DAY, DAY, 10 * DAY]), Some(100));
        assert_eq!(median_tenths_of_a_day(&[DAY, 2 * DAY]), Some(15));
        assert_eq!(median_tenths_of_a_day(&[DAY / 2]), Some(5));
        assert_eq!(
            median_tenths_of_a_day(&[DAY / 20 * 3]),
            Some(2),
            "0.15 days rounds up to 0.2"
        );
    }
}
