//! ISO weeks in Europe/London (SPEC: dates are Europe/London). A week is named by the date
//! of its Monday; `2026-W49` is the week starting Monday 30 November 2026.

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc, Weekday};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Week(NaiveDate);

impl Week {
    /// The week containing `date`.
    pub fn containing(date: NaiveDate) -> Week {
        let back = i64::from(date.weekday().num_days_from_monday());
        Week(date - Duration::days(back))
    }

    /// The week it is now in London.
    pub fn current(now: DateTime<Utc>) -> Week {
        Week::containing(london_date(now))
    }

    /// The week starting on `monday`, or None if it is not a Monday.
    pub fn starting(monday: NaiveDate) -> Option<Week> {
        (monday.weekday() == Weekday::Mon).then_some(Week(monday))
    }

    /// Parses an ISO week such as `2026-W49` (as `<input type="week">` sends it).
    pub fn parse_iso(text: &str) -> Option<Week> {
        let (year, week) = text.trim().split_once("-W")?;
        let year: i32 = year.parse().ok()?;
        let week: u32 = week.parse().ok()?;
        NaiveDate::from_isoywd_opt(year, week, Weekday::Mon).map(Week)
    }

    pub fn monday(self) -> NaiveDate {
        self.0
    }

    pub fn sunday(self) -> NaiveDate {
        self.0 + Duration::days(6)
    }

    pub fn next(self) -> Week {
        Week(self.0 + Duration::days(7))
    }

    pub fn plus(self, weeks: i64) -> Week {
        Week(self.0 + Duration::days(7 * weeks))
    }

    /// Every week from `self` to `last`, both included (empty if `last` is earlier).
    pub fn through(self, last: Week) -> Vec<Week> {
        let mut weeks = Vec::new();
        let mut week = self;
        while week <= last {
            weeks.push(week);
            week = week.next();
        }
        weeks
    }

    /// `2026-W49`.
    pub fn iso(self) -> String {
        let iso = self.0.iso_week();
        format!("{}-W{:02}", iso.year(), iso.week())
    }
}

impl fmt::Display for Week {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

/// Today's date in London.
pub fn london_date(now: DateTime<Utc>) -> NaiveDate {
    now.with_timezone(&chrono_tz::Europe::London).date_naive()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn weeks_start_on_monday() {
        let week = Week::containing(date(2026, 12, 3));
        assert_eq!(week.monday(), date(2026, 11, 30));
        assert_eq!(week.sunday(), date(2026, 12, 6));
        assert_eq!(week.iso(), "2026-W49");
        assert_eq!(Week::containing(date(2026, 11, 30)), week);
        assert_eq!(Week::containing(date(2026, 12, 6)), week);
    }

    #[test]
    fn iso_weeks_cross_years() {
        // 1 January 2027 is a Friday in ISO week 53 of 2026.
        assert_eq!(Week::containing(date(2027, 1, 1)).iso(), "2026-W53");
        assert_eq!(Week::parse_iso("2026-W53").unwrap().monday(), date(2026, 12, 28));
        assert_eq!(Week::parse_iso("2027-W01").unwrap().monday(), date(2027, 1, 4));
        assert_eq!(Week::parse_iso("2027-W54"), None);
        assert_eq!(Week::parse_iso("nonsense"), None);
    }

    #[test]
    fn the_week_turns_at_london_midnight() {
        // Sunday 23:30 UTC in summer is already Monday 00:30 in London.
        let late_sunday = DateTime::parse_from_rfc3339("2026-06-07T23:30:00Z")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(Week::current(late_sunday).monday(), date(2026, 6, 8));
        // In winter London is on UTC: still Sunday.
        let winter = DateTime::parse_from_rfc3339("2026-12-06T23:30:00Z")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(Week::current(winter).monday(), date(2026, 11, 30));
    }

    #[test]
    fn ranges_include_both_ends() {
        let first = Week::parse_iso("2026-W50").unwrap();
        assert_eq!(first.through(first.plus(2)).len(), 3);
        assert!(first.plus(1).through(first).is_empty());
        assert_eq!(Week::starting(date(2026, 12, 1)), None);
    }
}
