//! Bookings (SPEC §4.4): a buyer asks for some of a listed practitioner's hours; the
//! practitioner answers, then a manager of their council; approval makes a microcontract.
//! The hours are held from the request on, week by week.

use crate::dates::parse_date;
use crate::hours::parse_hours;
use crate::text;
use crate::weeks::Week;
use crate::ValidationErrors;
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;

/// Working days a request may wait for an answer before it lapses.
pub const ANSWER_WITHIN_WORKING_DAYS: u32 = 5;
/// How far ahead hours can be booked (the weeks the pool keeps free hours for).
pub const WEEKS_AHEAD: i64 = 26;
pub const MAX_WEEKLY_MINUTES: i64 = crate::pool::MAX_CAPACITY_MINUTES;
pub const PURPOSE_MAX: usize = 1000;
pub const PO_NUMBER_MAX: usize = 50;
pub const REASON_MAX: usize = 500;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BookingStatus {
    Requested,
    Accepted,
    Approved,
    Declined,
    Expired,
    Withdrawn,
}

string_enum!(BookingStatus, "error-status", {
    BookingStatus::Requested => "requested",
    BookingStatus::Accepted => "accepted",
    BookingStatus::Approved => "approved",
    BookingStatus::Declined => "declined",
    BookingStatus::Expired => "expired",
    BookingStatus::Withdrawn => "withdrawn",
});

impl BookingStatus {
    /// While a request waits for an answer its hours stay held.
    pub fn is_open(self) -> bool {
        matches!(self, BookingStatus::Requested | BookingStatus::Accepted)
    }
}

/// How a contract is paid for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Settlement {
    Money,
    HourCredits,
}

string_enum!(Settlement, "error-settlement", {
    Settlement::Money => "money",
    Settlement::HourCredits => "hour_credits",
});

/// What can happen to a booking request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BookingEvent {
    /// The practitioner agrees to do the work.
    Accept,
    /// The practitioner (while requested) or a manager (once accepted) says no, with a reason.
    Decline,
    /// A manager of the practitioner's council approves: a contract is made.
    Approve,
    /// Nobody answered in time.
    Expire,
    /// The buyer takes the request back before it is approved.
    Withdraw,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("a {from} booking request cannot be changed that way")]
pub struct BookingNotAllowed {
    pub from: BookingStatus,
}

impl BookingNotAllowed {
    /// The catalogue key of the message explaining why.
    pub fn key(&self) -> &'static str {
        match self.from {
            BookingStatus::Requested => "error-booking-not-accepted-yet",
            BookingStatus::Accepted => "error-booking-already-accepted",
            _ => "error-booking-closed",
        }
    }
}

pub fn next_booking_status(from: BookingStatus, event: BookingEvent) -> Result<BookingStatus, BookingNotAllowed> {
    use BookingEvent::*;
    use BookingStatus::*;
    match (from, event) {
        (Requested, Accept) => Ok(Accepted),
        (Requested | Accepted, Decline) => Ok(Declined),
        (Accepted, Approve) => Ok(Approved),
        (Requested | Accepted, Expire) => Ok(Expired),
        (Requested | Accepted, Withdraw) => Ok(Withdrawn),
        _ => Err(BookingNotAllowed { from }),
    }
}

/// Minutes in each week, in week order: what a booking or contract asks for or holds.
pub type Schedule = BTreeMap<Week, i64>;

pub fn total_minutes(schedule: &Schedule) -> i64 {
    schedule.values().sum()
}

/// The same minutes every week from `first` to `last`.
pub fn weekly(first: Week, last: Week, minutes: i64) -> Schedule {
    first.through(last).into_iter().map(|w| (w, minutes)).collect()
}

/// `total` minutes spread over the weeks from `start` to `end` (dates, both included), in
/// whole quarter hours, as evenly as possible in proportion to the working days of each
/// week that fall in the range, with any remainder given to the earliest weeks.
pub fn spread(total: i64, start: NaiveDate, end: NaiveDate) -> Schedule {
    let weeks = Week::containing(start).through(Week::containing(end));
    let days: Vec<i64> = weeks
        .iter()
        .map(|w| {
            (0..5)
                .map(|d| w.monday() + chrono::Duration::days(d))
                .filter(|d| *d >= start && *d <= end)
                .count() as i64
        })
        .collect();
    let all_days: i64 = days.iter().sum();
    let quarters = total / 15;
    let mut schedule = Schedule::new();
    if all_days == 0 {
        // A weekend-only range: everything in its one week.
        if let Some(w) = weeks.first() {
            schedule.insert(*w, quarters * 15);
        }
        return schedule;
    }
    let mut given = 0;
    let shares: Vec<i64> = days.iter().map(|d| quarters * d / all_days).collect();
    given += shares.iter().sum::<i64>();
    let mut left = quarters - given;
    for (i, w) in weeks.iter().enumerate() {
        let mut q = shares[i];
        if left > 0 && days[i] > 0 {
            q += 1;
            left -= 1;
        }
        if q > 0 {
            schedule.insert(*w, q * 15);
        }
    }
    schedule
}

/// A week asked for beyond what is free, and what is free.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shortfall {
    pub week: Week,
    pub asked: i64,
    pub free: i64,
}

/// The weeks of `asked` that need more than `free` has (missing weeks count as none free).
pub fn shortfalls(asked: &Schedule, free: &BTreeMap<Week, i64>) -> Vec<Shortfall> {
    asked
        .iter()
        .filter_map(|(week, minutes)| {
            let free = free.get(week).copied().unwrap_or(0).max(0);
            (*minutes > free).then_some(Shortfall {
                week: *week,
                asked: *minutes,
                free,
            })
        })
        .collect()
}

/// The booking form as typed.
#[derive(Debug, Clone, Default)]
pub struct BookingInput {
    /// `weekly` (hours each week from one week to another) or `total` (hours over dates).
    pub mode: String,
    pub hours_per_week: String,
    pub from_week: String,
    pub to_week: String,
    pub total_hours: String,
    pub start_date: String,
    pub end_date: String,
    pub purpose: String,
    pub lgsl_id: Option<i64>,
    pub po_number: String,
    pub settlement: String,
}

/// A valid booking request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BookingTerms {
    pub schedule: Schedule,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub purpose: String,
    pub lgsl_id: Option<i64>,
    pub po_number: Option<String>,
    pub settlement: Settlement,
}

/// Checks the form against the rules: weeks from this week to 26 weeks ahead, whole
/// quarter hours, up to 40 hours a week, a purpose, a settlement.
pub fn validate_booking(input: &BookingInput, today: NaiveDate) -> Result<BookingTerms, ValidationErrors> {
    let mut errors = ValidationErrors::default();
    let this_week = Week::containing(today);
    let last_bookable = this_week.plus(WEEKS_AHEAD - 1);
    let mut dated: Option<(Schedule, NaiveDate, NaiveDate)> = None;
    match input.mode.as_str() {
        "weekly" => {
            let minutes = errors.check(
                "hours_per_week",
                parse_hours(&input.hours_per_week).and_then(weekly_minutes),
            );
            let from = errors.check("from_week", week_field(&input.from_week));
            let to = errors.check("to_week", week_field(&input.to_week));
            if let (Some(minutes), Some(from), Some(to)) = (minutes, from, to) {
                if from < this_week {
                    errors.push("from_week", "error-week-past");
                } else if to < from {
                    errors.push("to_week", "error-week-order");
                } else if to > last_bookable {
                    errors.push("to_week", "error-week-too-far");
                } else {
                    dated = Some((weekly(from, to, minutes), from.monday().max(today), to.sunday()));
                }
            }
        }
        "total" => {
            let total = errors.check("total_hours", parse_hours(&input.total_hours).and_then(positive));
            let start = errors
                .check("start_date", parse_date(&input.start_date, true))
                .flatten();
            let end = errors.check("end_date", parse_date(&input.end_date, true)).flatten();
            if let (Some(total), Some(start), Some(end)) = (total, start, end) {
                if start < today {
                    errors.push("start_date", "error-date-past");
                } else if end < start {
                    errors.push("end_date", "error-date-order");
                } else if Week::containing(end) > last_bookable {
                    errors.push("end_date", "error-week-too-far");
                } else {
                    let schedule = spread(total, start, end);
                    if schedule.values().any(|m| *m > MAX_WEEKLY_MINUTES) {
                        errors.push("total_hours", "error-weekly-hours-range");
                    } else if total_minutes(&schedule) != total {
                        errors.push("total_hours", "error-hours-quarters");
                    } else {
                        dated = Some((schedule, start, end));
                    }
                }
            }
        }
        _ => errors.push("mode", "error-booking-mode"),
    }
    let purpose = errors.check("purpose", text::multi_line(&input.purpose, PURPOSE_MAX));
    let po_number = errors
        .check("po_number", text::optional_single_line(&input.po_number, PO_NUMBER_MAX))
        .flatten();
    let settlement = errors.check("settlement", input.settlement.parse::<Settlement>());
    errors.into_result()?;
    match (dated, purpose, settlement) {
        (Some((schedule, start, end)), Some(purpose), Some(settlement)) => Ok(BookingTerms {
            schedule,
            start,
            end,
            purpose,
            lgsl_id: input.lgsl_id,
            po_number,
            settlement,
        }),
        _ => Err(ValidationErrors::single("mode", "error-booking-mode")),
    }
}

/// A request given as explicit weeks and minutes (as the API takes it), checked by the
/// same rules as the form: weeks from this week to 26 ahead, quarter hours up to 40 hours.
pub struct ScheduleInput<'s> {
    pub weeks: &'s [(String, i64)],
    pub purpose: &'s str,
    pub lgsl_id: Option<i64>,
    pub po_number: &'s str,
    pub settlement: &'s str,
}

pub fn validate_schedule(input: &ScheduleInput<'_>, today: NaiveDate) -> Result<BookingTerms, ValidationErrors> {
    let mut errors = ValidationErrors::default();
    let this_week = Week::containing(today);
    let mut schedule = Schedule::new();
    for (text, minutes) in input.weeks {
        match Week::parse_iso(text) {
            None => errors.push("weeks", "error-week-format"),
            Some(w) if w < this_week => errors.push("weeks", "error-week-past"),
            Some(w) if w > this_week.plus(WEEKS_AHEAD - 1) => errors.push("weeks", "error-week-too-far"),
            Some(_) if *minutes % 15 != 0 => errors.push("weeks", "error-hours-quarters"),
            Some(w) => match weekly_minutes(*minutes) {
                Ok(m) => {
                    if schedule.insert(w, m).is_some() {
                        errors.push("weeks", "error-week-twice");
                    }
                }
                Err(key) => errors.push("weeks", key),
            },
        }
    }
    if input.weeks.is_empty() {
        errors.push("weeks", "error-week-required");
    }
    let purpose = errors.check("purpose", text::multi_line(input.purpose, PURPOSE_MAX));
    let po_number = errors
        .check("po_number", text::optional_single_line(input.po_number, PO_NUMBER_MAX))
        .flatten();
    let settlement = errors.check("settlement", input.settlement.parse::<Settlement>());
    errors.into_result()?;
    let (Some(first), Some(last), Some(purpose), Some(settlement)) = (
        schedule.keys().next().copied(),
        schedule.keys().next_back().copied(),
        purpose,
        settlement,
    ) else {
        return Err(ValidationErrors::single("weeks", "error-week-required"));
    };
    Ok(BookingTerms {
        start: first.monday().max(today),
        end: last.sunday(),
        schedule,
        purpose,
        lgsl_id: input.lgsl_id,
        po_number,
        settlement,
    })
}

fn week_field(text: &str) -> Result<Week, &'static str> {
    if text.trim().is_empty() {
        return Err("error-week-required");
    }
    Week::parse_iso(text).ok_or("error-week-format")
}

fn weekly_minutes(minutes: i64) -> Result<i64, &'static str> {
    if (15..=MAX_WEEKLY_MINUTES).contains(&minutes) {
        Ok(minutes)
    } else {
        Err("error-weekly-hours-range")
    }
}

fn positive(minutes: i64) -> Result<i64, &'static str> {
    if minutes > 0 {
        Ok(minutes)
    } else {
        Err("error-hours-positive")
    }
}

/// A reason for declining or ending: required, one paragraph.
pub fn validate_reason(input: &str) -> Result<String, ValidationErrors> {
    text::multi_line(input, REASON_MAX).map_err(|key| ValidationErrors::single("reason", key))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn the_lifecycle_allows_only_its_own_steps() {
        use BookingEvent::*;
        use BookingStatus::*;
        assert_eq!(next_booking_status(Requested, Accept), Ok(Accepted));
        assert_eq!(next_booking_status(Accepted, Approve), Ok(Approved));
        assert_eq!(next_booking_status(Requested, Decline), Ok(Declined));
        assert_eq!(next_booking_status(Accepted, Decline), Ok(Declined));
        assert_eq!(next_booking_status(Accepted, Expire), Ok(Expired));
        assert_eq!(next_booking_status(Requested, Withdraw), Ok(Withdrawn));
        let refused = next_booking_status(Requested, Approve).unwrap_err();
        assert_eq!(refused.key(), "error-booking-not-accepted-yet");
        assert_eq!(
            next_booking_status(Accepted, Accept).unwrap_err().key(),
            "error-booking-already-accepted"
        );
        for closed in [Approved, Declined, Expired, Withdrawn] {
            assert!(!closed.is_open());
            for event in [Accept, Decline, Approve, Expire, Withdraw] {
                assert_eq!(
                    next_booking_status(closed, event).unwrap_err().key(),
                    "error-booking-closed"
                );
            }
        }
    }

    #[test]
    fn totals_spread_by_working_days_in_quarter_hours() {
        // Wednesday 2 to Friday 11 December 2026: 3 working days, then 5.
        let s = spread(16 * 60, date(2026, 12, 2), date(2026, 12, 11));
        let weeks: Vec<(String, i64)> = s.iter().map(|(w, m)| (w.iso(), *m)).collect();
        assert_eq!(weeks, vec![("2026-W49".into(), 360), ("2026-W50".into(), 600)]);
        // Remainders go to the earliest weeks; the total is kept exactly.
        let s = spread(10 * 60 + 15, date(2026, 11, 30), date(2026, 12, 18));
        assert_eq!(total_minutes(&s), 615);
        assert!(s.values().all(|m| m % 15 == 0));
        assert_eq!(s.values().copied().collect::<Vec<_>>(), vec![210, 210, 195]);
    }

    #[test]
    fn shortfalls_name_each_week_that_lacks_hours() {
        let w = Week::containing(date(2026, 11, 30));
        let asked = weekly(w, w.plus(2), 240);
        let free = BTreeMap::from([(w, 300), (w.next(), 120), (w.plus(2), -30)]);
        let short = shortfalls(&asked, &free);
        assert_eq!(
            short,
            vec![
                Shortfall {
                    week: w.next(),
                    asked: 240,
                    free: 120
                },
                Shortfall {
                    week: w.plus(2),
                    asked: 240,
                    free: 0
                }
            ]
        );
    }

    fn weekly_input() -> BookingInput {
        BookingInput {
            mode: "weekly".into(),
            hours_per_week: "3.5".into(),
            from_week: "2026-W49".into(),
            to_week: "2026-W51".into(),
            purpose: "Usability testing of the garden waste form".into(),
            settlement: "money".into(),
            ..Default::default()
        }
    }

    #[test]
    fn explicit_schedules_follow_the_same_rules() {
        let today = date(2026, 12, 2);
        let weeks = vec![("2026-W50".to_string(), 120), ("2026-W49".to_string(), 45)];
        let input = ScheduleInput {
            weeks: &weeks,
            purpose: "Discovery",
            lgsl_id: None,
            po_number: "",
            settlement: "money",
        };
        let terms = validate_schedule(&input, today).unwrap();
        assert_eq!(total_minutes(&terms.schedule), 165);
        assert_eq!((terms.start, terms.end), (today, date(2026, 12, 13)));
        let bad = vec![
            ("2026-W48".to_string(), 60),
            ("2026-W51".to_string(), 50),
            ("2026-W52".to_string(), 2415),
            ("next week".to_string(), 60),
        ];
        let keys: Vec<_> = validate_schedule(&ScheduleInput { weeks: &bad, ..input }, today)
            .unwrap_err()
            .0
            .into_iter()
            .map(|e| e.key)
            .collect();
        assert_eq!(
            keys,
            vec![
                "error-week-past",
                "error-hours-quarters",
                "error-weekly-hours-range",
                "error-week-format"
            ]
        );
    }

    #[test]
    fn a_weekly_booking_is_valid_from_this_week() {
        let today = date(2026, 12, 2);
        let terms = validate_booking(&weekly_input(), today).unwrap();
        assert_eq!(total_minutes(&terms.schedule), 3 * 210);
        assert_eq!(terms.start, today, "not before today");
        assert_eq!(terms.end, date(2026, 12, 20));
        assert_eq!(terms.settlement, Settlement::Money);
        assert_eq!(terms.po_number, None);
    }

    #[test]
    fn booking_errors_name_their_fields() {
        let today = date(2026, 12, 8);
        let keys = |input: &BookingInput| -> Vec<(String, &'static str)> {
            validate_booking(input, today)
                .unwrap_err()
                .0
                .into_iter()
                .map(|e| (e.field, e.key))
                .collect()
        };
        assert_eq!(keys(&weekly_input()), vec![("from_week".into(), "error-week-past")]);
        let mut input = weekly_input();
        input.from_week = "2026-W52".into();
        input.hours_per_week = "41".into();
        input.purpose = " ".into();
        input.settlement = "shells".into();
        assert_eq!(
            keys(&input),
            vec![
                ("hours_per_week".into(), "error-weekly-hours-range"),
                ("purpose".into(), "error-required"),
                ("settlement".into(), "error-settlement")
            ]
        );
        let mut input = weekly_input();
        input.from_week = "2026-W52".into();
        input.to_week = "2027-W40".into();
        assert_eq!(keys(&input), vec![("to_week".into(), "error-week-too-far")]);
        let total = BookingInput {
            mode: "total".into(),
            total_hours: "12".into(),
            start_date: "2026-12-20".into(),
            end_date: "2026-12-14".into(),
            purpose: "Discovery".into(),
            settlement: "hour_credits".into(),
            ..Default::default()
        };
        assert_eq!(keys(&total), vec![("end_date".into(), "error-date-order")]);
        let mode = BookingInput {
            mode: "".into(),
            ..weekly_input()
        };
        assert_eq!(keys(&mode), vec![("mode".into(), "error-booking-mode")]);
    }
}
