//! Microcontracts (SPEC §4.5): the agreement between a buying and a supplying council for
//! one practitioner's time, its terms, its lifecycle and its variations.

use crate::bookings::{total_minutes, Schedule, Settlement};
use crate::dates::parse_date;
use crate::hours::parse_hours;
use crate::money::parse_pounds;
use crate::pool::rate_in_range;
use crate::text;
use crate::weeks::Week;
use crate::ValidationErrors;
use chrono::NaiveDate;
use serde::Serialize;

pub const DEFAULT_PAYMENT_TERMS_DAYS: i64 = 30;
pub const MAX_PAYMENT_TERMS_DAYS: i64 = 120;
pub const CHANGE_SUMMARY_MAX: usize = 1000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ContractStatus {
    Proposed,
    Active,
    Completed,
    Terminated,
}

string_enum!(ContractStatus, "error-status", {
    ContractStatus::Proposed => "proposed",
    ContractStatus::Active => "active",
    ContractStatus::Completed => "completed",
    ContractStatus::Terminated => "terminated",
});

impl ContractStatus {
    pub fn is_open(self) -> bool {
        matches!(self, ContractStatus::Proposed | ContractStatus::Active)
    }
}

/// The two parties.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Buyer,
    Supplier,
}

string_enum!(Side, "error-side", {
    Side::Buyer => "buyer",
    Side::Supplier => "supplier",
});

impl Side {
    pub fn other(self) -> Side {
        match self {
            Side::Buyer => Side::Supplier,
            Side::Supplier => Side::Buyer,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum VatTreatment {
    /// Council to council under statutory powers: the usual case.
    OutsideScope,
    /// Standard rate, 20%.
    Standard,
    Exempt,
}

string_enum!(VatTreatment, "error-vat-treatment", {
    VatTreatment::OutsideScope => "outside_scope",
    VatTreatment::Standard => "standard",
    VatTreatment::Exempt => "exempt",
});

impl VatTreatment {
    /// VAT in basis points (1/100 of a percent).
    pub fn rate_basis_points(self) -> i64 {
        match self {
            VatTreatment::Standard => 2000,
            VatTreatment::OutsideScope | VatTreatment::Exempt => 0,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum InvoicingFrequency {
    Monthly,
    OnCompletion,
}

string_enum!(InvoicingFrequency, "error-invoicing", {
    InvoicingFrequency::Monthly => "monthly",
    InvoicingFrequency::OnCompletion => "on_completion",
});

/// What can happen to a contract, and by which side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContractEvent {
    /// One council accepts the proposed contract.
    Accept(Side),
    /// The buyer says the work is done.
    Complete,
    /// Either side ends it early, with a reason.
    Terminate,
}

/// Where a contract stands: its status and which councils have accepted it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ContractState {
    pub status: ContractStatus,
    pub buyer_accepted: bool,
    pub supplier_accepted: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("that cannot be done to this contract now")]
pub struct ContractNotAllowed {
    pub key: &'static str,
}

/// The state after `event`; a contract becomes active when both councils have accepted.
pub fn next_contract_state(from: ContractState, event: ContractEvent) -> Result<ContractState, ContractNotAllowed> {
    use ContractStatus::*;
    let refuse = |key| Err(ContractNotAllowed { key });
    match (from.status, event) {
        (Proposed, ContractEvent::Accept(side)) => {
            let already = match side {
                Side::Buyer => from.buyer_accepted,
                Side::Supplier => from.supplier_accepted,
            };
            if already {
                return refuse("error-contract-already-accepted");
            }
            let mut next = from;
            match side {
                Side::Buyer => next.buyer_accepted = true,
                Side::Supplier => next.supplier_accepted = true,
            }
            if next.buyer_accepted && next.supplier_accepted {
                next.status = Active;
            }
            Ok(next)
        }
        (Active, ContractEvent::Complete) => Ok(ContractState {
            status: Completed,
            ..from
        }),
        (Proposed | Active, ContractEvent::Terminate) => Ok(ContractState {
            status: Terminated,
            ..from
        }),
        (Active, ContractEvent::Accept(_)) => refuse("error-contract-already-active"),
        (Proposed, ContractEvent::Complete) => refuse("error-contract-not-active"),
        _ => refuse("error-contract-ended"),
    }
}

/// The terms of one version of a contract.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Terms {
    pub rate_pence: i64,
    pub schedule: Schedule,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub settlement: Settlement,
    pub invoicing: InvoicingFrequency,
    pub po_number: Option<String>,
    pub vat: VatTreatment,
    pub payment_terms_days: i64,
    pub legal_basis_id: i64,
}

impl Terms {
    /// The cap in hours: every hour of the schedule.
    pub fn hours_cap_minutes(&self) -> i64 {
        total_minutes(&self.schedule)
    }
    /// The cap in value: the cap in hours at the rate (before VAT).
    pub fn value_cap_pence(&self) -> i64 {
        cost_pence(self.rate_pence, self.hours_cap_minutes())
    }
}

/// The cost of `minutes` at an hourly rate, to the nearest penny (halves up).
pub fn cost_pence(rate_pence: i64, minutes: i64) -> i64 {
    (rate_pence * minutes + 30).div_euclid(60)
}

pub const FEEDBACK_COMMENT_MAX: usize = 1000;

/// Feedback on a completed contract: a rating from 1 to 5 and a comment.
pub fn validate_feedback(rating: &str, comment: &str) -> Result<(i64, String), ValidationErrors> {
    let mut e = ValidationErrors::default();
    let rating = e.check(
        "rating",
        rating
            .trim()
            .parse::<i64>()
            .ok()
            .filter(|r| (1..=5).contains(r))
            .ok_or("error-rating"),
    );
    let comment = e.check(
        "comment",
        crate::text::with_keys(
            crate::text::multi_line(comment, FEEDBACK_COMMENT_MAX),
            "error-feedback-comment-required",
            "error-feedback-comment-too-long",
        ),
    );
    e.into_result()?;
    match (rating, comment) {
        (Some(r), Some(c)) => Ok((r, c)),
        _ => Err(ValidationErrors::single("rating", "error-rating")),
    }
}

/// An average rating to one decimal place, from a sum and a count (none when no ratings).
pub fn average_rating(sum: i64, count: i64) -> Option<String> {
    (count > 0).then(|| {
        let tenths = (sum * 10 + count / 2) / count;
        format!("{}.{}", tenths / 10, tenths % 10)
    })
}

/// What the supplying council's manager settles when approving a booking.
#[derive(Debug, Clone, Default)]
pub struct ApprovalInput {
    pub legal_basis_id: String,
    pub invoicing: String,
    pub vat: String,
    pub payment_terms_days: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApprovalTerms {
    pub legal_basis_id: i64,
    pub invoicing: InvoicingFrequency,
    pub vat: VatTreatment,
    pub payment_terms_days: i64,
}

pub fn validate_approval(input: &ApprovalInput, legal_bases: &[i64]) -> Result<ApprovalTerms, ValidationErrors> {
    let mut errors = ValidationErrors::default();
    let legal_basis_id = errors.check(
        "legal_basis_id",
        input
            .legal_basis_id
            .trim()
            .parse::<i64>()
            .ok()
            .filter(|id| legal_bases.contains(id))
            .ok_or("error-legal-basis"),
    );
    let invoicing = errors.check("invoicing", input.invoicing.parse::<InvoicingFrequency>());
    let vat = errors.check("vat", input.vat.parse::<VatTreatment>());
    let payment_terms_days = errors.check("payment_terms_days", payment_terms(&input.payment_terms_days));
    errors.into_result()?;
    match (legal_basis_id, invoicing, vat, payment_terms_days) {
        (Some(legal_basis_id), Some(invoicing), Some(vat), Some(payment_terms_days)) => Ok(ApprovalTerms {
            legal_basis_id,
            invoicing,
            vat,
            payment_terms_days,
        }),
        _ => Err(ValidationErrors::single("legal_basis_id", "error-legal-basis")),
    }
}

pub fn payment_terms(input: &str) -> Result<i64, &'static str> {
    match input.trim().parse::<i64>() {
        Ok(days) if (0..=MAX_PAYMENT_TERMS_DAYS).contains(&days) => Ok(days),
        Ok(_) => Err("error-payment-terms-range"),
        Err(_) => Err("error-payment-terms-format"),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum VariationStatus {
    Proposed,
    Accepted,
    Declined,
    Withdrawn,
}

string_enum!(VariationStatus, "error-status", {
    VariationStatus::Proposed => "proposed",
    VariationStatus::Accepted => "accepted",
    VariationStatus::Declined => "declined",
    VariationStatus::Withdrawn => "withdrawn",
});

/// A variation as typed: more hours a week over some weeks, a later end, a new rate.
#[derive(Debug, Clone, Default)]
pub struct VariationInput {
    pub extra_hours_per_week: String,
    pub from_week: String,
    pub to_week: String,
    pub end_date: String,
    pub rate: String,
    pub summary: String,
}

/// The terms a variation proposes, and the hours it adds (held while it waits).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variation {
    pub terms: Terms,
    pub added: Schedule,
    pub summary: String,
}

/// Applies a variation to the current terms. Weeks with extra hours must lie between this
/// week and 26 weeks ahead; the end may only move later; something must change.
pub fn validate_variation(
    current: &Terms,
    input: &VariationInput,
    today: NaiveDate,
) -> Result<Variation, ValidationErrors> {
    let mut errors = ValidationErrors::default();
    let this_week = Week::containing(today);
    let mut added = Schedule::new();
    let extra = input.extra_hours_per_week.trim();
    if !extra.is_empty() && extra != "0" {
        let minutes = errors.check("extra_hours_per_week", parse_hours(extra));
        let from = errors.check("from_week", week_or_required(&input.from_week));
        let to = errors.check("to_week", week_or_required(&input.to_week));
        if let (Some(minutes), Some(from), Some(to)) = (minutes, from, to) {
            if from < this_week {
                errors.push("from_week", "error-week-past");
            } else if to < from {
                errors.push("to_week", "error-week-order");
            } else if to > this_week.plus(crate::bookings::WEEKS_AHEAD - 1) {
                errors.push("to_week", "error-week-too-far");
            } else if minutes > 0 {
                added = crate::bookings::weekly(from, to, minutes);
            }
        }
    }
    let end = match input.end_date.trim() {
        "" => Some(current.end),
        text => match errors.check("end_date", parse_date(text, true)).flatten() {
            Some(end) if end < current.end => {
                errors.push("end_date", "error-end-earlier");
                None
            }
            other => other,
        },
    };
    let rate_pence = match input.rate.trim() {
        "" => Some(current.rate_pence),
        text => errors.check(
            "rate",
            parse_pounds(text).and_then(|p| {
                if rate_in_range(p) {
                    Ok(p)
                } else {
                    Err("error-rate-range")
                }
            }),
        ),
    };
    let summary = errors.check("summary", text::multi_line(&input.summary, CHANGE_SUMMARY_MAX));
    errors.into_result()?;
    let (Some(mut end), Some(rate_pence), Some(summary)) = (end, rate_pence, summary) else {
        return Err(ValidationErrors::single("summary", "error-required"));
    };
    if let Some(last) = added.keys().next_back() {
        if last.sunday() > end {
            end = last.sunday();
        }
    }
    let mut schedule = current.schedule.clone();
    for (week, minutes) in &added {
        *schedule.entry(*week).or_insert(0) += minutes;
    }
    if added.is_empty() && end == current.end && rate_pence == current.rate_pence {
        return Err(ValidationErrors::single(
            "extra_hours_per_week",
            "error-variation-no-change",
        ));
    }
    if schedule.values().any(|m| *m > crate::bookings::MAX_WEEKLY_MINUTES) {
        return Err(ValidationErrors::single(
            "extra_hours_per_week",
            "error-weekly-hours-range",
        ));
    }
    Ok(Variation {
        terms: Terms {
            rate_pence,
            schedule,
            end,
            ..current.clone()
        },
        added,
        summary,
    })
}

fn week_or_required(text: &str) -> Result<Week, &'static str> {
    if text.trim().is_empty() {
        return Err("error-week-required");
    }
    Week::parse_iso(text).ok_or("error-week-format")
}

/// A contract reference for people: `MC-000042`.
pub fn reference(id: i64) -> String {
    format!("MC-{id:06}")
}

#[cfg(test)]
mod feedback_tests {
    use super::*;

    #[test]
    fn feedback_is_1_to_5_with_a_comment() {
        assert_eq!(validate_feedback("4", "Great work"), Ok((4, "Great work".into())));
        let keys: Vec<_> = validate_feedback("6", " ")
            .unwrap_err()
            .0
            .iter()
            .map(|f| f.key)
            .collect();
        assert_eq!(keys, vec!["error-rating", "error-feedback-comment-required"]);
        assert!(validate_feedback("0", "x").is_err());
    }

    #[test]
    fn averages_to_one_decimal_place() {
        assert_eq!(average_rating(0, 0), None);
        assert_eq!(average_rating(9, 2), Some("4.5".into()));
        assert_eq!(average_rating(13, 3), Some("4.3".into()));
        assert_eq!(average_rating(5, 1), Some("5.0".into()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bookings::weekly;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    const PROPOSED: ContractState = ContractState {
        status: ContractStatus::Proposed,
        buyer_accepted: false,
        supplier_accepted: false,
    };

    #[test]
    fn active_only_when_both_councils_accept() {
        let one = next_contract_state(PROPOSED, ContractEvent::Accept(Side::Supplier)).unwrap();
        assert_eq!(one.status, ContractStatus::Proposed);
        assert_eq!(
            next_contract_state(one, ContractEvent::Accept(Side::Supplier))
                .unwrap_err()
                .key,
            "error-contract-already-accepted"
        );
        let both = next_contract_state(one, ContractEvent::Accept(Side::Buyer)).unwrap();
        assert_eq!(both.status, ContractStatus::Active);
        assert_eq!(
            next_contract_state(both, ContractEvent::Accept(Side::Buyer))
                .unwrap_err()
                .key,
            "error-contract-already-active"
        );
        assert_eq!(
            next_contract_state(PROPOSED, ContractEvent::Complete).unwrap_err().key,
            "error-contract-not-active"
        );
        let done = next_contract_state(both, ContractEvent::Complete).unwrap();
        assert_eq!(done.status, ContractStatus::Completed);
        for event in [
            ContractEvent::Complete,
            ContractEvent::Terminate,
            ContractEvent::Accept(Side::Buyer),
        ] {
            assert_eq!(
                next_contract_state(done, event).unwrap_err().key,
                "error-contract-ended"
            );
        }
        assert_eq!(
            next_contract_state(PROPOSED, ContractEvent::Terminate).unwrap().status,
            ContractStatus::Terminated
        );
    }

    #[test]
    fn cost_is_rounded_to_the_penny() {
        assert_eq!(cost_pence(6500, 60), 6500);
        assert_eq!(cost_pence(6500, 90), 9750);
        // £123.45 for a quarter hour is £30.8625: £30.86.
        assert_eq!(cost_pence(12345, 15), 3086);
        // £0.02 for 15 minutes is half a penny: rounds up.
        assert_eq!(cost_pence(2, 15), 1);
        assert_eq!(cost_pence(6500, 0), 0);
    }

    fn terms() -> Terms {
        let w = Week::containing(date(2026, 11, 30));
        Terms {
            rate_pence: 6000,
            schedule: weekly(w, w.plus(3), 240),
            start: date(2026, 11, 30),
            end: date(2026, 12, 27),
            settlement: Settlement::Money,
            invoicing: InvoicingFrequency::Monthly,
            po_number: None,
            vat: VatTreatment::OutsideScope,
            payment_terms_days: 30,
            legal_basis_id: 1,
        }
    }

    #[test]
    fn caps_follow_the_schedule_and_rate() {
        let t = terms();
        assert_eq!(t.hours_cap_minutes(), 16 * 60);
        assert_eq!(t.value_cap_pence(), 96_000);
    }

    #[test]
    fn variations_add_hours_move_the_end_later_and_change_the_rate() {
        let today = date(2026, 12, 9);
        let input = VariationInput {
            extra_hours_per_week: "2".into(),
            from_week: "2026-W51".into(),
            to_week: "2027-W01".into(),
            rate: "65".into(),
            summary: "Two more hours a week into January".into(),
            ..Default::default()
        };
        let v = validate_variation(&terms(), &input, today).unwrap();
        assert_eq!(v.added.len(), 4, "W51, W52, W53 (2026 has 53 weeks) and W01");
        assert_eq!(v.terms.end, date(2027, 1, 10));
        assert_eq!(v.terms.rate_pence, 6500);
        assert_eq!(v.terms.hours_cap_minutes(), 16 * 60 + 4 * 120);
        let earlier = VariationInput {
            end_date: "2026-12-20".into(),
            summary: "Shorter".into(),
            ..Default::default()
        };
        let keys: Vec<_> = validate_variation(&terms(), &earlier, today)
            .unwrap_err()
            .0
            .into_iter()
            .map(|e| e.key)
            .collect();
        assert_eq!(keys, vec!["error-end-earlier"]);
        let nothing = VariationInput {
            summary: "Nothing".into(),
            ..Default::default()
        };
        assert_eq!(
            validate_variation(&terms(), &nothing, today).unwrap_err().0[0].key,
            "error-variation-no-change"
        );
    }

    #[test]
    fn approval_needs_a_listed_legal_basis() {
        let input = ApprovalInput {
            legal_basis_id: "3".into(),
            invoicing: "monthly".into(),
            vat: "outside_scope".into(),
            payment_terms_days: "30".into(),
        };
        assert_eq!(validate_approval(&input, &[3, 4]).unwrap().payment_terms_days, 30);
        let keys: Vec<_> = validate_approval(
            &ApprovalInput {
                payment_terms_days: "400".into(),
                ..input
            },
            &[4],
        )
        .unwrap_err()
        .0
        .into_iter()
        .map(|e| e.key)
        .collect();
        assert_eq!(keys, vec!["error-legal-basis", "error-payment-terms-range"]);
    }
}
