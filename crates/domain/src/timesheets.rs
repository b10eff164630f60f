//! Time recorded against microcontracts (SPEC §4.6): quarter hours by day with a short
//! description, weekly timesheets, the buyer's approval or query, the contract's cap, and
//! deemed approval.

use crate::bank_holidays::HolidayArea;
use crate::errors::ValidationErrors;
use crate::hours::parse_hours;
use crate::text;
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

/// The most one contract may take of one day.
pub const MAX_DAY_MINUTES: i64 = 12 * 60;
pub const DESCRIPTION_MAX_CHARS: usize = 200;
pub const QUERY_MAX_CHARS: usize = 500;
/// Deemed approval: a council may choose from 1 to 30 days.
pub const DEEMED_APPROVAL_DAYS: (i64, i64) = (1, 30);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TimeStatus {
    Draft,
    Submitted,
    Approved,
    /// Sent back to the practitioner with a comment, to fix and submit again.
    Queried,
}

string_enum!(TimeStatus, "error-status", {
    TimeStatus::Draft => "draft",
    TimeStatus::Submitted => "submitted",
    TimeStatus::Approved => "approved",
    TimeStatus::Queried => "queried",
});

impl TimeStatus {
    /// The practitioner may still change it.
    pub fn editable(self) -> bool {
        matches!(self, TimeStatus::Draft | TimeStatus::Queried)
    }
    /// It counts against the contract's cap.
    pub fn counts(self) -> bool {
        matches!(self, TimeStatus::Submitted | TimeStatus::Approved)
    }
}

/// One cell of a timesheet as typed: hours (empty for none) and what was done.
#[derive(Debug, Clone, Default)]
pub struct DayInput {
    pub hours: String,
    pub description: String,
}

/// A day's time, checked: whole quarter hours up to 12, with a description when any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayTime {
    pub minutes: i64,
    pub description: String,
}

/// `None` for an empty cell (no time that day).
pub fn validate_day(input: &DayInput) -> Result<Option<DayTime>, &'static str> {
    if input.hours.trim().is_empty() || input.hours.trim() == "0" {
        return Ok(None);
    }
    let minutes = parse_hours(&input.hours)?;
    if minutes > MAX_DAY_MINUTES {
        return Err("error-day-hours-range");
    }
    let description = text::with_keys(
        text::single_line(&input.description, DESCRIPTION_MAX_CHARS),
        "error-time-description-required",
        "error-time-description-too-long",
    )?;
    Ok(Some(DayTime { minutes, description }))
}

/// A whole week's cells, keyed by a field prefix (e.g. `c12-2026-11-23`): every error, or
/// the days that have time.
pub fn validate_week<K: Clone + Into<String>>(
    cells: &[(K, NaiveDate, DayInput)],
) -> Result<Vec<(K, NaiveDate, Option<DayTime>)>, ValidationErrors> {
    let mut errors = ValidationErrors::default();
    let mut out = Vec::with_capacity(cells.len());
    for (key, date, input) in cells {
        match validate_day(input) {
            Ok(day) => out.push((key.clone(), *date, day)),
            Err(k) => {
                let field: String = key.clone().into();
                let which = if k.starts_with("error-time-description") {
                    "description"
                } else {
                    "hours"
                };
                errors.push(format!("{field}-{which}"), k)
            }
        }
    }
    errors.into_result()?;
    Ok(out)
}

/// What a contract allows, and what its time already takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cap {
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub hours_cap_minutes: i64,
    pub value_cap_pence: i64,
    pub rate_pence: i64,
    /// Submitted and approved minutes other than those being submitted now.
    pub used_minutes: i64,
}

impl Cap {
    /// Minutes still to be had under both caps.
    pub fn remaining(&self) -> i64 {
        let by_hours = self.hours_cap_minutes - self.used_minutes;
        let by_value = if self.rate_pence > 0 && self.value_cap_pence > 0 {
            // Whole quarter hours whose cost stays within the value cap.
            let affordable = self.value_cap_pence * 60 / self.rate_pence;
            affordable / 15 * 15 - self.used_minutes
        } else {
            by_hours
        };
        by_hours.min(by_value).max(0)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SubmitRefused {
    #[error("{0} is outside the contract's dates")]
    OutsideDates(NaiveDate),
    #[error("over the cap: {remaining} minutes remain")]
    OverCap { remaining: i64 },
    #[error("nothing to submit")]
    Nothing,
}

/// Whether time on these dates may be submitted against the contract.
pub fn check_submission(cap: &Cap, days: &[(NaiveDate, i64)]) -> Result<(), SubmitRefused> {
    if days.is_empty() {
        return Err(SubmitRefused::Nothing);
    }
    if let Some((d, _)) = days.iter().find(|(d, _)| *d < cap.start || *d > cap.end) {
        return Err(SubmitRefused::OutsideDates(*d));
    }
    let asked: i64 = days.iter().map(|(_, m)| m).sum();
    let remaining = cap.remaining();
    if asked > remaining {
        return Err(SubmitRefused::OverCap { remaining });
    }
    Ok(())
}

/// The comment sent back with queried time.
pub fn validate_query(input: &str) -> Result<String, ValidationErrors> {
    text::with_keys(
        text::multi_line(input, QUERY_MAX_CHARS),
        "error-query-required",
        "error-query-too-long",
    )
    .map_err(|k| ValidationErrors::single("comment", k))
}

/// Deemed approval: `days` off, or 1 to 30.
pub fn parse_deemed_days(input: &str) -> Result<Option<i64>, &'static str> {
    match input.trim() {
        "" | "0" => Ok(None),
        t => match t.parse::<i64>() {
            Ok(n) if (DEEMED_APPROVAL_DAYS.0..=DEEMED_APPROVAL_DAYS.1).contains(&n) => Ok(Some(n)),
            _ => Err("error-deemed-days"),
        },
    }
}

/// Whether time submitted at `submitted_at` is deemed approved by `now`: once the buying
/// council's `days`th working day after the day it was submitted has ended.
pub fn deemed_approved(buyer: HolidayArea, submitted_at: DateTime<Utc>, days: i64, now: DateTime<Utc>) -> bool {
    // Days are chosen from 1 to 30; anything else kept is read within a year.
    let days = days.clamp(0, 366) as u32;
    now >= crate::calendar::working_days_deadline(buyer, submitted_at, days)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn cell(hours: &str, description: &str) -> DayInput {
        DayInput {
            hours: hours.into(),
            description: description.into(),
        }
    }

    #[test]
    fn days_are_quarter_hours_with_a_description() {
        assert_eq!(validate_day(&cell("", "")), Ok(None));
        assert_eq!(validate_day(&cell("0", "")), Ok(None));
        assert_eq!(
            validate_day(&cell("1.75", "Interviews")),
            Ok(Some(DayTime {
                minutes: 105,
                description: "Interviews".into()
            }))
        );
        assert_eq!(validate_day(&cell("1.3", "x")), Err("error-hours-quarters"));
        assert_eq!(validate_day(&cell("12.25", "x")), Err("error-day-hours-range"));
        assert_eq!(validate_day(&cell("2", " ")), Err("error-time-description-required"));
        assert_eq!(
            validate_day(&cell("2", &"x".repeat(201))),
            Err("error-time-description-too-long")
        );
    }

    #[test]
    fn a_week_reports_every_bad_cell_by_field() {
        let cells = vec![
            ("c1-mon".to_string(), date(2026, 11, 23), cell("2", "Plan")),
            ("c1-tue".to_string(), date(2026, 11, 24), cell("x", "")),
            ("c1-wed".to_string(), date(2026, 11, 25), cell("3", "")),
        ];
        let e = validate_week(&cells).unwrap_err();
        let fields: Vec<_> = e.0.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(fields, vec!["c1-tue-hours", "c1-wed-description"]);
    }

    fn cap() -> Cap {
        Cap {
            start: date(2026, 11, 2),
            end: date(2026, 12, 18),
            hours_cap_minutes: 20 * 60,
            value_cap_pence: 20 * 5000,
            rate_pence: 5000,
            used_minutes: 18 * 60,
        }
    }

    #[test]
    fn the_cap_and_the_dates_are_kept() {
        let c = cap();
        assert_eq!(c.remaining(), 120);
        assert_eq!(check_submission(&c, &[(date(2026, 11, 23), 120)]), Ok(()));
        assert_eq!(
            check_submission(&c, &[(date(2026, 11, 23), 135)]),
            Err(SubmitRefused::OverCap { remaining: 120 })
        );
        assert_eq!(
            check_submission(&c, &[(date(2026, 12, 19), 60)]),
            Err(SubmitRefused::OutsideDates(date(2026, 12, 19)))
        );
        assert_eq!(check_submission(&c, &[]), Err(SubmitRefused::Nothing));
    }

    #[test]
    fn a_lower_value_cap_wins() {
        let c = Cap {
            value_cap_pence: 18 * 5000 + 3000,
            ..cap()
        };
        // £30 buys 36 minutes at £50 an hour: two whole quarter hours.
        assert_eq!(c.remaining(), 30);
    }

    #[test]
    fn statuses_say_what_may_change() {
        assert!(TimeStatus::Draft.editable() && TimeStatus::Queried.editable());
        assert!(!TimeStatus::Submitted.editable() && !TimeStatus::Approved.editable());
        assert!(TimeStatus::Submitted.counts() && TimeStatus::Approved.counts());
        assert!(!TimeStatus::Queried.counts());
    }

    #[test]
    fn deemed_approval_after_the_days_chosen() {
        assert_eq!(parse_deemed_days(""), Ok(None));
        assert_eq!(parse_deemed_days("5"), Ok(Some(5)));
        assert_eq!(parse_deemed_days("31"), Err("error-deemed-days"));
        let ew = HolidayArea::EnglandAndWales;
        let at = |text: &str| DateTime::parse_from_rfc3339(text).unwrap().with_timezone(&Utc);
        // Submitted Thursday 24 December 2026: 25 and 28 December are holidays, so the
        // third working day is Thursday 31 December, which ends at midnight (GMT).
        let submitted = at("2026-12-24T10:00:00Z");
        assert!(!deemed_approved(ew, submitted, 3, at("2026-12-31T23:59:59Z")));
        assert!(deemed_approved(ew, submitted, 3, at("2027-01-01T00:00:00Z")));
        // Submitted Friday 27 November 2026: St Andrew's Day (Monday 30th) counts in
        // England, not in Scotland.
        let submitted = at("2026-11-27T16:00:00Z");
        assert!(deemed_approved(ew, submitted, 1, at("2026-12-01T00:00:00Z")));
        assert!(!deemed_approved(
            HolidayArea::Scotland,
            submitted,
            1,
            at("2026-12-01T00:00:00Z")
        ));
        assert!(deemed_approved(
            HolidayArea::Scotland,
            submitted,
            1,
            at("2026-12-02T00:00:00Z")
        ));
    }
}
