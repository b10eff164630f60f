//! Working days in Europe/London: Monday to Friday, less the bank holidays of England and
//! Wales (the list GOV.UK publishes), for deadlines such as "answered within 5 working days".

use crate::weeks::london_date;
use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Utc, Weekday};

/// England and Wales bank holidays, 2025 to 2028 (GOV.UK, "UK bank holidays").
const BANK_HOLIDAYS: &[(i32, u32, u32)] = &[
    (2025, 1, 1),
    (2025, 4, 18),
    (2025, 4, 21),
    (2025, 5, 5),
    (2025, 5, 26),
    (2025, 8, 25),
    (2025, 12, 25),
    (2025, 12, 26),
    (2026, 1, 1),
    (2026, 4, 3),
    (2026, 4, 6),
    (2026, 5, 4),
    (2026, 5, 25),
    (2026, 8, 31),
    (2026, 12, 25),
    (2026, 12, 28),
    (2027, 1, 1),
    (2027, 3, 26),
    (2027, 3, 29),
    (2027, 5, 3),
    (2027, 5, 31),
    (2027, 8, 30),
    (2027, 12, 27),
    (2027, 12, 28),
    (2028, 1, 3),
    (2028, 4, 14),
    (2028, 4, 17),
    (2028, 5, 1),
    (2028, 5, 29),
    (2028, 8, 28),
    (2028, 12, 25),
    (2028, 12, 26),
];

pub fn is_bank_holiday(date: NaiveDate) -> bool {
    BANK_HOLIDAYS
        .iter()
        .any(|&(y, m, d)| date.year() == y && date.month() == m && date.day() == d)
}

pub fn is_working_day(date: NaiveDate) -> bool {
    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) && !is_bank_holiday(date)
}

/// The date `days` working days after `date` (a request made on Friday with 5 days to
/// answer is due the next Friday).
pub fn add_working_days(date: NaiveDate, days: u32) -> NaiveDate {
    let mut d = date;
    let mut left = days;
    while left > 0 {
        d += Duration::days(1);
        if is_working_day(d) {
            left -= 1;
        }
    }
    d
}

/// The end of the `days`th working day after `now`'s London date: the moment a request
/// made at `now` lapses if nobody answers it.
pub fn working_days_deadline(now: DateTime<Utc>, days: u32) -> DateTime<Utc> {
    let due = add_working_days(london_date(now), days) + Duration::days(1);
    let midnight = due.and_hms_opt(0, 0, 0).unwrap_or_default();
    chrono_tz::Europe::London
        .from_local_datetime(&midnight)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|| Utc.from_utc_datetime(&midnight))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn weekends_and_bank_holidays_do_not_count() {
        // Friday 27 November 2026 + 5 working days = Friday 4 December.
        assert_eq!(add_working_days(date(2026, 11, 27), 5), date(2026, 12, 4));
        // Over Christmas: 25 and 28 December 2026 and 1 January 2027 are holidays.
        assert_eq!(add_working_days(date(2026, 12, 23), 5), date(2027, 1, 4));
        assert_eq!(add_working_days(date(2026, 12, 23), 0), date(2026, 12, 23));
        assert!(!is_working_day(date(2026, 8, 31)));
        assert!(is_working_day(date(2026, 9, 1)));
    }

    #[test]
    fn deadlines_end_at_london_midnight() {
        // Requested Friday 27 November 2026 at 15:00 (GMT): lapses at the end of Friday 4 December.
        let now = DateTime::parse_from_rfc3339("2026-11-27T15:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(
            working_days_deadline(now, 5),
            DateTime::parse_from_rfc3339("2026-12-05T00:00:00Z")
                .unwrap()
                .with_timezone(&Utc)
        );
        // In summer London is an hour ahead: midnight there is 23:00 UTC.
        let june = DateTime::parse_from_rfc3339("2027-06-01T09:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(
            working_days_deadline(june, 5),
            DateTime::parse_from_rfc3339("2027-06-08T23:00:00Z")
                .unwrap()
                .with_timezone(&Utc)
        );
    }
}
