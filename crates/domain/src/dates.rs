//! Dates and months as people type them into GOV.UK date inputs. The web layer joins the
//! day, month and year boxes into `YYYY-MM-DD` (a month into `YYYY-MM`), leaving a box that
//! was left blank empty, so that the error can name the part that is missing, as the
//! GOV.UK date input pattern asks ("… must include a month").

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, TimeZone, Utc};

/// A date sent as `YYYY-MM-DD`; empty means not given. The error keys take the field's
/// name as `$field`.
pub fn parse_date(input: &str, required: bool) -> Result<Option<NaiveDate>, &'static str> {
    let text = input.trim();
    if text.is_empty() {
        return if required { Err("error-date-required") } else { Ok(None) };
    }
    let parts: Vec<&str> = text.split('-').map(str::trim).collect();
    let [year, month, day] = parts.as_slice() else {
        return Err("error-date-format");
    };
    let missing = match (day.is_empty(), month.is_empty(), year.is_empty()) {
        (false, false, false) => None,
        (true, false, false) => Some("error-date-missing-day"),
        (false, true, false) => Some("error-date-missing-month"),
        (false, false, true) => Some("error-date-missing-year"),
        (true, true, false) => Some("error-date-missing-day-month"),
        (true, false, true) => Some("error-date-missing-day-year"),
        (false, true, true) => Some("error-date-missing-month-year"),
        (true, true, true) => Some("error-date-required"),
    };
    if let Some(key) = missing {
        return Err(key);
    }
    let number = |part: &str| {
        part.parse::<u32>()
            .ok()
            .filter(|_| part.chars().all(|c| c.is_ascii_digit()))
    };
    let (Some(y), Some(m), Some(d)) = (number(year), number(month), number(day)) else {
        return Err("error-date-format");
    };
    if year.len() != 4 {
        return Err("error-date-year-digits");
    }
    NaiveDate::from_ymd_opt(y as i32, m, d)
        .map(Some)
        .ok_or("error-date-format")
}

/// A month sent as `YYYY-MM`: its first and last days.
pub fn parse_month(input: &str) -> Result<(NaiveDate, NaiveDate), &'static str> {
    let text = input.trim();
    let (year, month) = text.split_once('-').unwrap_or((text, ""));
    let (year, month) = (year.trim(), month.trim());
    match (year.is_empty(), month.is_empty()) {
        (true, true) => return Err("error-month-required"),
        (false, true) => return Err("error-month-missing-month"),
        (true, false) => return Err("error-month-missing-year"),
        (false, false) => {}
    }
    if year.len() != 4 {
        return Err("error-month-year-digits");
    }
    let first = parse_date(&format!("{year}-{month}-01"), true)
        .ok()
        .flatten()
        .ok_or("error-month")?;
    let next = if first.month() == 12 {
        NaiveDate::from_ymd_opt(first.year() + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(first.year(), first.month() + 1, 1)
    };
    let last = next.ok_or("error-month")? - chrono::Duration::days(1);
    Ok((first, last))
}

/// A London date and time as UTC. A time that does not exist (the hour the clocks go
/// forward) is refused; an ambiguous one takes the earlier instant.
pub fn london_instant(date: NaiveDate, time: NaiveTime) -> Option<DateTime<Utc>> {
    chrono_tz::Europe::London
        .from_local_datetime(&date.and_time(time))
        .earliest()
        .map(|t| t.with_timezone(&Utc))
}

/// The start of a London day, as UTC (midnight always exists in London).
pub fn start_of_london_day(date: NaiveDate) -> DateTime<Utc> {
    london_instant(date, NaiveTime::MIN).unwrap_or_else(|| date.and_time(NaiveTime::MIN).and_utc())
}

/// `HH:MM`, 24-hour.
pub fn parse_time(input: &str) -> Result<NaiveTime, &'static str> {
    match input.trim() {
        "" => Err("error-time-required"),
        t => NaiveTime::parse_from_str(t, "%H:%M").map_err(|_| "error-time-format"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn reads_whole_dates() {
        assert_eq!(parse_date("2026-12-03", true), Ok(Some(date(2026, 12, 3))));
        assert_eq!(parse_date(" 2026-02-28 ", true), Ok(Some(date(2026, 2, 28))));
        assert_eq!(parse_date("", false), Ok(None));
        assert_eq!(parse_date("  ", true), Err("error-date-required"));
    }

    #[test]
    fn names_the_missing_parts() {
        assert_eq!(parse_date("2026-12-", true), Err("error-date-missing-day"));
        assert_eq!(parse_date("2026--03", true), Err("error-date-missing-month"));
        assert_eq!(parse_date("-12-03", true), Err("error-date-missing-year"));
        assert_eq!(parse_date("2026--", true), Err("error-date-missing-day-month"));
        assert_eq!(parse_date("-12-", true), Err("error-date-missing-day-year"));
        assert_eq!(parse_date("--03", true), Err("error-date-missing-month-year"));
    }

    #[test]
    fn refuses_dates_that_do_not_exist() {
        for text in [
            "2026-02-30",
            "2026-13-01",
            "2026-00-10",
            "2026-ab-01",
            "2026-1+-01",
            "tomorrow",
            "2026-12",
        ] {
            assert_eq!(parse_date(text, true), Err("error-date-format"), "{text}");
        }
        assert_eq!(parse_date("26-12-03", true), Err("error-date-year-digits"));
        assert_eq!(parse_date("02026-12-03", true), Err("error-date-year-digits"));
    }

    #[test]
    fn months_have_first_and_last_days() {
        assert_eq!(parse_month("2026-12"), Ok((date(2026, 12, 1), date(2026, 12, 31))));
        assert_eq!(parse_month("2028-02"), Ok((date(2028, 2, 1), date(2028, 2, 29))));
        assert_eq!(parse_month("2026-13"), Err("error-month"));
        assert_eq!(parse_month(""), Err("error-month-required"));
        assert_eq!(parse_month("2026-"), Err("error-month-missing-month"));
        assert_eq!(parse_month("-11"), Err("error-month-missing-year"));
        assert_eq!(parse_month("26-11"), Err("error-month-year-digits"));
    }
}
