//! Invoices for money contracts (SPEC §4.6): lines from approved time, VAT, numbering,
//! due dates and the lifecycle draft → issued → paid, or credited by a credit note.

use crate::contracts::{cost_pence, VatTreatment};
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

/// Approved time to invoice: who worked, when, how long.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Worked {
    pub practitioner_id: i64,
    pub practitioner_name: String,
    pub date: NaiveDate,
    pub minutes: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Line {
    pub practitioner_id: i64,
    pub practitioner_name: String,
    pub first_date: NaiveDate,
    pub last_date: NaiveDate,
    pub minutes: i64,
    pub rate_pence: i64,
    pub amount_pence: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Totals {
    pub net_pence: i64,
    pub vat_rate_bp: i64,
    pub vat_pence: i64,
    pub total_pence: i64,
}

/// One line per practitioner (from their first to their last day), at the contract's
/// rate, in the order the practitioners first appear.
pub fn lines(worked: &[Worked], rate_pence: i64) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::new();
    for w in worked {
        match out.iter_mut().find(|l| l.practitioner_id == w.practitioner_id) {
            Some(l) => {
                l.first_date = l.first_date.min(w.date);
                l.last_date = l.last_date.max(w.date);
                l.minutes += w.minutes;
            }
            None => out.push(Line {
                practitioner_id: w.practitioner_id,
                practitioner_name: w.practitioner_name.clone(),
                first_date: w.date,
                last_date: w.date,
                minutes: w.minutes,
                rate_pence,
                amount_pence: 0,
            }),
        }
    }
    for l in &mut out {
        l.amount_pence = cost_pence(l.rate_pence, l.minutes);
    }
    out
}

/// Net, VAT (rounded half up to the penny, on the net total) and total.
pub fn totals(lines: &[Line], vat: VatTreatment) -> Totals {
    let net_pence: i64 = lines.iter().map(|l| l.amount_pence).sum();
    let vat_rate_bp = vat.rate_basis_points();
    let vat_pence = (net_pence * vat_rate_bp + 5_000) / 10_000;
    Totals {
        net_pence,
        vat_rate_bp,
        vat_pence,
        total_pence: net_pence + vat_pence,
    }
}

/// How an invoice number is shown: the supplying council's code and six digits.
pub fn number_label(council_code: &str, number: i64) -> String {
    format!("{council_code}-{number:06}")
}

pub fn due_date(issued_on: NaiveDate, payment_terms_days: i64) -> NaiveDate {
    issued_on + chrono::Duration::days(payment_terms_days)
}

pub fn is_overdue(due: NaiveDate, today: NaiveDate) -> bool {
    today > due
}

/// A month as `YYYY-MM`: its first and last days.
pub fn parse_month(input: &str) -> Result<(NaiveDate, NaiveDate), &'static str> {
    let first = NaiveDate::parse_from_str(&format!("{}-01", input.trim()), "%Y-%m-%d").map_err(|_| "error-month")?;
    let next = if first.month() == 12 {
        NaiveDate::from_ymd_opt(first.year() + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(first.year(), first.month() + 1, 1)
    };
    let last = next.ok_or("error-month")? - chrono::Duration::days(1);
    Ok((first, last))
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
    let paid_on = e.check("paid_on", crate::pool::parse_date(date, true)).flatten();
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

    fn worked(who: i64, day: u32, minutes: i64) -> Worked {
        Worked {
            practitioner_id: who,
            practitioner_name: format!("P{who}"),
            date: date(2026, 11, day),
            minutes,
        }
    }

    #[test]
    fn one_line_per_practitioner_over_their_days() {
        let l = lines(
            &[worked(1, 3, 120), worked(2, 2, 60), worked(1, 20, 45), worked(1, 1, 30)],
            5000,
        );
        assert_eq!(l.len(), 2);
        assert_eq!(
            (l[0].first_date, l[0].last_date, l[0].minutes, l[0].amount_pence),
            (date(2026, 11, 1), date(2026, 11, 20), 195, 16_250)
        );
        assert_eq!((l[1].minutes, l[1].amount_pence), (60, 5000));
    }

    #[test]
    fn vat_is_rounded_half_up_on_the_net() {
        let l = lines(&[worked(1, 3, 15)], 4_999);
        // 15 minutes at £49.99 = £12.4975 → £12.50 (cost_pence rounds half up too).
        assert_eq!(l[0].amount_pence, 1_250);
        let t = totals(&l, VatTreatment::Standard);
        assert_eq!(
            (t.net_pence, t.vat_rate_bp, t.vat_pence, t.total_pence),
            (1_250, 2_000, 250, 1_500)
        );
        let odd = totals(&lines(&[worked(1, 3, 15)], 4_990), VatTreatment::Standard);
        // £12.48 net (12.475 rounded up) → VAT £2.496 → £2.50.
        assert_eq!((odd.net_pence, odd.vat_pence), (1_248, 250));
        let none = totals(&l, VatTreatment::OutsideScope);
        assert_eq!((none.vat_pence, none.total_pence), (0, 1_250));
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
        assert_eq!(due_date(date(2026, 11, 30), 30), date(2026, 12, 30));
        assert!(is_overdue(date(2026, 12, 30), date(2026, 12, 31)));
        assert!(!is_overdue(date(2026, 12, 30), date(2026, 12, 30)));
    }

    #[test]
    fn months_and_payments() {
        assert_eq!(parse_month("2026-12"), Ok((date(2026, 12, 1), date(2026, 12, 31))));
        assert_eq!(parse_month("2028-02"), Ok((date(2028, 2, 1), date(2028, 2, 29))));
        assert_eq!(parse_month("2026-13"), Err("error-month"));
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
