//! The retention schedule: how long each kind of record is kept and what then happens to
//! it. The privacy notice prints this table and the jobs apply it, so what people are
//! told and what the service does cannot drift apart.

use chrono::{DateTime, Datelike, Duration, Months, NaiveDate, Utc};

/// What becomes of a record when its time is up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Deleted,
    /// The person's details are removed; the rest stays, no longer about anyone.
    Anonymised,
    /// The part that could say something about a person is emptied.
    Redacted,
    /// Deleted, but the totals it added to (balances, monthly sums) stay; not while an
    /// invoice on it is unpaid.
    DeletedKeepingTotals,
}

/// How long a record is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "amount")]
pub enum Kept {
    Days(i64),
    Years(u32),
    /// Until it expires by itself (a session).
    UntilExpiry,
    /// Until it has been sent.
    UntilSent,
    /// This many years after the end of the financial year (to 31 March) in which the
    /// contract ended: the Limitation Act 1980 period for claims on a contract.
    YearsAfterFinancialYear(i32),
}

/// The kinds of record the schedule covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Record {
    SignInRecords,
    Sessions,
    EmailBodies,
    Notifications,
    WithdrawnProfiles,
    AuditEvents,
    ContractRecords,
}

/// One line of the schedule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Rule {
    pub record: Record,
    pub kept: Kept,
    pub then: Outcome,
}

pub const SIGN_IN_RECORDS_DAYS: i64 = 90;
pub const NOTIFICATIONS_YEARS: u32 = 1;
pub const WITHDRAWN_PROFILES_DAYS: i64 = 30;
pub const AUDIT_EVENTS_YEARS: u32 = 6;
pub const CONTRACT_RECORDS_YEARS: i32 = 6;

/// The schedule, in the order the privacy notice lists it.
pub const SCHEDULE: &[Rule] = &[
    Rule {
        record: Record::SignInRecords,
        kept: Kept::Days(SIGN_IN_RECORDS_DAYS),
        then: Outcome::Deleted,
    },
    Rule {
        record: Record::Sessions,
        kept: Kept::UntilExpiry,
        then: Outcome::Deleted,
    },
    Rule {
        record: Record::EmailBodies,
        kept: Kept::UntilSent,
        then: Outcome::Redacted,
    },
    Rule {
        record: Record::Notifications,
        kept: Kept::Years(NOTIFICATIONS_YEARS),
        then: Outcome::Deleted,
    },
    Rule {
        record: Record::WithdrawnProfiles,
        kept: Kept::Days(WITHDRAWN_PROFILES_DAYS),
        then: Outcome::Anonymised,
    },
    Rule {
        record: Record::AuditEvents,
        kept: Kept::Years(AUDIT_EVENTS_YEARS),
        then: Outcome::Deleted,
    },
    Rule {
        record: Record::ContractRecords,
        kept: Kept::YearsAfterFinancialYear(CONTRACT_RECORDS_YEARS),
        then: Outcome::DeletedKeepingTotals,
    },
];

impl Record {
    /// The message catalogue key naming it.
    pub fn message_key(self) -> &'static str {
        match self {
            Record::SignInRecords => "retention-sign-in-records",
            Record::Sessions => "retention-sessions",
            Record::EmailBodies => "retention-email-bodies",
            Record::Notifications => "retention-notifications",
            Record::WithdrawnProfiles => "retention-withdrawn-profiles",
            Record::AuditEvents => "retention-audit-events",
            Record::ContractRecords => "retention-contract-records",
        }
    }
}

/// The cut-offs one run of the schedule applies at `now`: records made (or, for profiles,
/// withdrawn) before each are due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cutoffs {
    pub notifications: DateTime<Utc>,
    pub withdrawn_profiles: DateTime<Utc>,
    pub audit_events: DateTime<Utc>,
    /// Contracts that ended, and whose terms ran out, on or before this day are due.
    pub contracts_ended_by: NaiveDate,
}

impl Cutoffs {
    pub fn at(now: DateTime<Utc>) -> Cutoffs {
        Cutoffs {
            notifications: years_before(now, NOTIFICATIONS_YEARS),
            withdrawn_profiles: now - Duration::days(WITHDRAWN_PROFILES_DAYS),
            audit_events: years_before(now, AUDIT_EVENTS_YEARS),
            contracts_ended_by: contracts_due_if_ended_by(crate::weeks::london_date(now)),
        }
    }

    /// The moment the London day after `contracts_ended_by` begins: a contract ended
    /// (its `ended_at`) before it ended on or before that day.
    pub fn contracts_ended_before(&self) -> DateTime<Utc> {
        crate::dates::start_of_london_day(self.contracts_ended_by + Duration::days(1))
    }
}

/// The same moment `years` years earlier (29 February falls back to the 28th).
fn years_before(now: DateTime<Utc>, years: u32) -> DateTime<Utc> {
    now.checked_sub_months(Months::new(12 * years))
        .unwrap_or(DateTime::<Utc>::MIN_UTC)
}

/// The last day (31 March) of the financial year that `day` falls in.
pub fn financial_year_end(day: NaiveDate) -> NaiveDate {
    let year = if day.month() >= 4 { day.year() + 1 } else { day.year() };
    NaiveDate::from_ymd_opt(year, 3, 31).unwrap_or(day)
}

/// The last day a contract that ended on `ended` must be kept: six years after the end
/// of the financial year in which it ended.
pub fn contract_records_kept_until(ended: NaiveDate) -> NaiveDate {
    let end = financial_year_end(ended);
    NaiveDate::from_ymd_opt(end.year() + CONTRACT_RECORDS_YEARS, 3, 31).unwrap_or(end)
}

/// The last financial year end whose contracts are due on `today`: those that ended on or
/// before it were to be kept until a day before today.
pub fn contracts_due_if_ended_by(today: NaiveDate) -> NaiveDate {
    let end = financial_year_end(today);
    NaiveDate::from_ymd_opt(end.year() - CONTRACT_RECORDS_YEARS - 1, 3, 31).unwrap_or(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn the_financial_year_ends_on_31_march() {
        assert_eq!(financial_year_end(day(2026, 3, 31)), day(2026, 3, 31));
        assert_eq!(financial_year_end(day(2026, 4, 1)), day(2027, 3, 31));
        assert_eq!(financial_year_end(day(2027, 1, 15)), day(2027, 3, 31));
    }

    #[test]
    fn contract_records_are_kept_six_years_after_that_financial_year() {
        assert_eq!(contract_records_kept_until(day(2026, 12, 7)), day(2033, 3, 31));
        assert_eq!(contract_records_kept_until(day(2026, 3, 31)), day(2032, 3, 31));
    }

    #[test]
    fn a_contract_is_due_the_day_after_it_was_to_be_kept_until() {
        // Kept to 31 March 2033: still kept that day, due the next.
        let ended = day(2026, 12, 7);
        assert_eq!(contracts_due_if_ended_by(day(2033, 3, 31)), day(2026, 3, 31));
        assert_eq!(contracts_due_if_ended_by(day(2033, 4, 1)), day(2027, 3, 31));
        for today in [day(2033, 3, 31), day(2033, 4, 1), day(2034, 1, 1), day(2040, 3, 31)] {
            for ended in [
                ended,
                day(2026, 3, 31),
                day(2026, 4, 1),
                day(2027, 3, 31),
                day(2030, 5, 1),
            ] {
                let due = ended <= contracts_due_if_ended_by(today);
                assert_eq!(due, contract_records_kept_until(ended) < today, "{ended} on {today}");
            }
        }
    }

    #[test]
    fn contracts_ended_before_the_next_london_day() {
        let now = day(2033, 4, 1).and_hms_opt(9, 0, 0).unwrap().and_utc();
        let c = Cutoffs::at(now);
        assert_eq!(c.contracts_ended_by, day(2027, 3, 31));
        // 1 April 2027 begins at 23:00 UTC on 31 March (British Summer Time).
        assert_eq!(
            c.contracts_ended_before(),
            day(2027, 3, 31).and_hms_opt(23, 0, 0).unwrap().and_utc()
        );
    }

    #[test]
    fn each_cut_off_is_its_period_before_now() {
        let now = day(2032, 6, 1).and_hms_opt(12, 0, 0).unwrap().and_utc();
        let c = Cutoffs::at(now);
        assert_eq!(
            c.notifications,
            day(2031, 6, 1).and_hms_opt(12, 0, 0).unwrap().and_utc()
        );
        assert_eq!(c.withdrawn_profiles, now - Duration::days(30));
        assert_eq!(c.audit_events, day(2026, 6, 1).and_hms_opt(12, 0, 0).unwrap().and_utc());
        let leap = day(2028, 2, 29).and_hms_opt(0, 0, 0).unwrap().and_utc();
        assert_eq!(Cutoffs::at(leap).notifications.date_naive(), day(2027, 2, 28));
    }

    #[test]
    fn every_record_kind_is_in_the_schedule_once() {
        let kinds = [
            Record::SignInRecords,
            Record::Sessions,
            Record::EmailBodies,
            Record::Notifications,
            Record::WithdrawnProfiles,
            Record::AuditEvents,
            Record::ContractRecords,
        ];
        for kind in kinds {
            assert_eq!(SCHEDULE.iter().filter(|r| r.record == kind).count(), 1, "{kind:?}");
        }
        assert_eq!(SCHEDULE.len(), kinds.len());
    }
}
