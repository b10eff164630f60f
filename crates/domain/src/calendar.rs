//! Working days in Europe/London: Monday to Friday, less the bank holidays of the council's
//! holiday area (`bank_holidays`), for deadlines such as "answered within 5 working days".

use crate::bank_holidays::{is_bank_holiday, HolidayArea};
use crate::weeks::london_date;
use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Utc, Weekday};

pub fn is_working_day(area: HolidayArea, date: NaiveDate) -> bool {
    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) && !is_bank_holiday(area, date)
}

/// `date` if it is a working day, else the next one (a payment due on a Saturday is due
/// on Monday, or Tuesday when Monday is a bank holiday).
pub fn on_or_after_working_day(area: HolidayArea, date: NaiveDate) -> NaiveDate {
    let mut d = date;
    while !is_working_day(area, d) {
        d += Duration::days(1);
    }
    d
}

/// The date `days` working days after `date` (a request made on Friday with 5 days to
/// answer is due the next Friday).
pub fn add_working_days(area: HolidayArea, date: NaiveDate, days: u32) -> NaiveDate {
    let mut d = date;
    let mut left = days;
    while left > 0 {
        d += Duration::days(1);
        if is_working_day(area, d) {
            left -= 1;
        }
    }
    d
}

/// The end of the `days`th working day after `now`'s London date: the moment a request
/// made at `now` lapses if nobody answers it.
pub fn working_days_deadline(area: HolidayArea, now: DateTime<Utc>, days: u32) -> DateTime<Utc> {
    let due = add_working_days(area, london_date(now), days) + Duration::days(1);
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
        let ew = HolidayArea::EnglandAndWales;
        // Friday 27 November 2026 + 5 working days = Friday 4 December.
        assert_eq!(add_working_days(ew, date(2026, 11, 27), 5), date(2026, 12, 4));
        // Over Christmas: 25 and 28 December 2026 and 1 January 2027 are holidays.
        assert_eq!(add_working_days(ew, date(2026, 12, 23), 5), date(2027, 1, 4));
        assert_eq!(add_working_days(ew, date(2026, 12, 23), 0), date(2026, 12, 23));
        assert!(!is_working_day(ew, date(2026, 8, 31)));
        assert!(is_working_day(ew, date(2026, 9, 1)));
    }

    #[test]
    fn each_area_keeps_its_own_holidays() {
        let (ew, scotland, ni) = (
            HolidayArea::EnglandAndWales,
            HolidayArea::Scotland,
            HolidayArea::NorthernIreland,
        );
        // Monday 30 November 2026 is St Andrew's Day in Scotland only.
        assert_eq!(add_working_days(ew, date(2026, 11, 27), 1), date(2026, 11, 30));
        assert_eq!(add_working_days(scotland, date(2026, 11, 27), 1), date(2026, 12, 1));
        // Scotland's summer holiday is the first Monday of August, not the last.
        assert!(!is_working_day(scotland, date(2026, 8, 3)));
        assert!(is_working_day(scotland, date(2026, 8, 31)));
        // Monday 13 July 2026 stands in for the Boyne (12 July, a Sunday) in Northern Ireland.
        assert!(!is_working_day(ni, date(2026, 7, 13)));
        assert!(is_working_day(ew, date(2026, 7, 13)));
        // A payment due on Saturday 26 December 2026 is due on Tuesday 29th (the 28th is a holiday).
        assert_eq!(on_or_after_working_day(ew, date(2026, 12, 26)), date(2026, 12, 29));
        assert_eq!(on_or_after_working_day(ew, date(2026, 12, 29)), date(2026, 12, 29));
    }

    #[test]
    fn deadlines_end_at_london_midnight() {
        // Requested Friday 27 November 2026 at 15:00 (GMT): lapses at the end of Friday 4 December.
        let now = DateTime::parse_from_rfc3339("2026-11-27T15:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(
            working_days_deadline(HolidayArea::EnglandAndWales, now, 5),
            DateTime::parse_from_rfc3339("2026-12-05T00:00:00Z")
                .unwrap()
                .with_timezone(&Utc)
        );
        // In summer London is an hour ahead: midnight there is 23:00 UTC.
        let june = DateTime::parse_from_rfc3339("2027-06-01T09:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(
            working_days_deadline(HolidayArea::EnglandAndWales, june, 5),
            DateTime::parse_from_rfc3339("2027-06-08T23:00:00Z")
                .unwrap()
                .with_timezone(&Utc)
        );
    }
}
