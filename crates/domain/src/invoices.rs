//! Invoices for money contracts (SPEC §4.6): lines from approved time, VAT, numbering,
//! due dates and the lifecycle draft → issued → paid, or credited by a credit note.

use crate::bank_holidays::HolidayArea;
use crate::errors::ValidationErrors;
use crate::text;
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

pub const PAYMENT_REFERENCE_MAX: usize = 100;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum InvoiceStatus {
    Draft,
    Issued,
    Paid,
    /// Cancelled by a credit note.
    Credited,
}

string_enum!(InvoiceStatus, "error-status", {
    InvoiceStatus::Draft => "draft",
    InvoiceStatus::Issued => "issued",
    InvoiceStatus::Paid => "paid",
    InvoiceStatus::Credited => "credited",
});

/// An invoice, or the credit note that cancels one (numbered in the same series, posted
/// as its exact reverse).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum InvoiceKind {
    Invoice,
    CreditNote,
}

string_enum!(InvoiceKind, "error-invoice-kind", {
    InvoiceKind::Invoice => "invoice",
    InvoiceKind::CreditNote => "credit_note",
});

impl InvoiceKind {
    /// What the document counts towards totals: a credit note takes its amount away.
    pub fn sign(self) -> i64 {
        match self {
            InvoiceKind::Invoice => 1,
            InvoiceKind::CreditNote => -1,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InvoiceEvent {
    Issue,
    Pay,
    Credit,
    Discard,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("an invoice that is {from:?} cannot take that step")]
pub struct InvoiceNotAllowed {
    pub from: InvoiceStatus,
}

impl InvoiceNotAllowed {
    pub fn key(&self) -> &'static str {
        match self.from {
            InvoiceStatus::Draft => "error-invoice-draft",
            InvoiceStatus::Issued => "error-invoice-issued",
            InvoiceStatus::Paid => "error-invoice-paid",
            InvoiceStatus::Credited => "error-invoice-credited",
        }
    }
}

/// The next status, or None for a discarded draft.
pub fn next_invoice_status(
    from: InvoiceStatus,
    event: InvoiceEvent,
) -> Result<Option<InvoiceStatus>, InvoiceNotAllowed> {
    use InvoiceEvent::*;
    use InvoiceStatus::*;
    match (from, event) {
        (Draft, Issue) => Ok(Some(Issued)),
        (Draft, Discard) => Ok(None),
        (Issued, Pay) => Ok(Some(Paid)),
        (Issued, Credit) => Ok(Some(Credited)),
        _ => Err(InvoiceNotAllowed { from }),
    }
}

/// VAT on an invoice's net total at `rate_bp` basis points, rounded half up to the penny.
/// (Each line's amount is `contracts::cost_pence` of its minutes at the rate.)
pub fn vat_pence(net_pence: i64, rate_bp: i64) -> i64 {
    (net_pence * rate_bp + 5_000).div_euclid(10_000)
}

/// How an invoice number is shown: the supplying council's code and six digits.
pub fn number_label(council_code: &str, number: i64) -> String {
    format!("{council_code}-{number:06}")
}

/// When an invoice is due: the payment terms' days after issue, or the paying council's
/// next working day when that day is a weekend or one of its bank holidays.
pub fn due_date(payer: HolidayArea, issued_on: NaiveDate, payment_terms_days: i64) -> NaiveDate {
    crate::calendar::on_or_after_working_day(payer, issued_on + chrono::Duration::days(payment_terms_days))
}

pub fn is_overdue(due: NaiveDate, today: NaiveDate) -> bool {
    today > due
}

/// The month before the one `today` is in, as `YYYY-MM` (what a month-end run invoices).
pub fn last_month(today: NaiveDate) -> String {
    let first = today.with_day(1).unwrap_or(today) - chrono::Duration::days(1);
    format!("{}-{:02}", first.year(), first.month())
}

/// A payment as recorded: the date it arrived (not in the future, not before the invoice
/// was issued) and the finance system's reference.
pub fn validate_payment(
    date: &str,
    reference: &str,
    issued_on: NaiveDate,
    today: NaiveDate,
) -> Result<(NaiveDate, String), ValidationErrors> {
    let mut e = ValidationErrors::default();
    let paid_on = e.check("paid_on", crate::dates::parse_date(date, true)).flatten();
    if let Some(d) = paid_on {
        if d > today {
            e.push("paid_on", "error-date-future");
        } else if d < issued_on {
            e.push("paid_on", "error-paid-before-issue");
        }
    }
    let reference = e.check(
        "reference",
        text::with_keys(
            text::single_line(reference, PAYMENT_REFERENCE_MAX),
            "error-payment-reference-required",
            "error-payment-reference-too-long",
        ),
    );
    e.into_result()?;
    match (paid_on, reference) {
        (Some(d), Some(r)) => Ok((d, r)),
        _ => Err(ValidationErrors::single("paid_on", "error-date-required")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn last_month_crosses_the_year() {
        assert_eq!(last_month(date(2027, 1, 15)), "2026-12");
        assert_eq!(last_month(date(2026, 12, 1)), "2026-11");
    }

    #[test]
    fn vat_is_rounded_half_up_on_the_net() {
        use crate::contracts::{cost_pence, VatTreatment};
        // 15 minutes at £49.99 = £12.4975 → £12.50; VAT 20% → £2.50.
        let net = cost_pence(4_999, 15);
        assert_eq!(net, 1_250);
        assert_eq!(vat_pence(net, VatTreatment::Standard.rate_basis_points()), 250);
        // £12.48 net (12.475 rounded up) → VAT £2.496 → £2.50.
        assert_eq!(cost_pence(4_990, 15), 1_248);
        assert_eq!(vat_pence(1_248, 2_000), 250);
        assert_eq!(vat_pence(1_247, 2_000), 249);
        assert_eq!(vat_pence(37_500, VatTreatment::OutsideScope.rate_basis_points()), 0);
    }

    #[test]
    fn lifecycle_and_numbers() {
        use InvoiceEvent::*;
        use InvoiceStatus::*;
        assert_eq!(next_invoice_status(Draft, Issue), Ok(Some(Issued)));
        assert_eq!(next_invoice_status(Draft, Discard), Ok(None));
        assert_eq!(next_invoice_status(Issued, Pay), Ok(Some(Paid)));
        assert_eq!(next_invoice_status(Issued, Credit), Ok(Some(Credited)));
        assert!(next_invoice_status(Paid, Credit).is_err());
        assert!(next_invoice_status(Issued, Discard).is_err());
        assert_eq!(
            next_invoice_status(Credited, Pay).unwrap_err().key(),
            "error-invoice-credited"
        );
        assert_eq!(number_label("LDS", 42), "LDS-000042");
        let ew = HolidayArea::EnglandAndWales;
        assert_eq!(due_date(ew, date(2026, 11, 30), 30), date(2026, 12, 30));
        // 30 days after 26 November 2026 is Saturday 26 December; Monday 28th is Boxing
        // Day's substitute, so it is due on Tuesday 29th.
        assert_eq!(due_date(ew, date(2026, 11, 26), 30), date(2026, 12, 29));
        // 30 November 2026 is a Monday, but St Andrew's Day in Scotland.
        assert_eq!(due_date(ew, date(2026, 10, 31), 30), date(2026, 11, 30));
        assert_eq!(
            due_date(HolidayArea::Scotland, date(2026, 10, 31), 30),
            date(2026, 12, 1)
        );
        assert!(is_overdue(date(2026, 12, 30), date(2026, 12, 31)));
        assert!(!is_overdue(date(2026, 12, 30), date(2026, 12, 30)));
    }

    #[test]
    fn months_and_payments() {
        let today = date(2026, 12, 10);
        let issued = date(2026, 12, 1);
        assert_eq!(
            validate_payment("2026-12-09", "BACS 4471", issued, today),
            Ok((date(2026, 12, 9), "BACS 4471".into()))
        );
        let keys = |r: Result<_, ValidationErrors>| r.unwrap_err().0.iter().map(|f| f.key).collect::<Vec<_>>();
        assert_eq!(
            keys(validate_payment("2026-12-11", "", issued, today)),
            vec!["error-date-future", "error-payment-reference-required"]
        );
        assert_eq!(
            keys(validate_payment("2026-11-30", "x", issued, today)),
            vec!["error-paid-before-issue"]
        );
    }
}
