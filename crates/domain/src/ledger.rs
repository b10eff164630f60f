//! The double-entry ledger (SPEC §4.6): every movement of money or hour credits is one
//! journal entry whose postings sum to zero in each currency. Councils' balances are sums
//! of postings; nothing is ever updated or deleted — corrections are new entries.

use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Currency {
    /// Pence sterling.
    Gbp,
    /// Hour credits, in minutes.
    Minutes,
}

string_enum!(Currency, "error-currency", {
    Currency::Gbp => "gbp",
    Currency::Minutes => "minutes",
});

/// Which way approved time went for a council's income figures: hours it gave (lent, its
/// income) or received (borrowed, its spend).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Flow {
    Given,
    Received,
}

string_enum!(Flow, "error-side", {
    Flow::Given => "given",
    Flow::Received => "received",
});

/// The accounts each council has. Debits are positive amounts, credits negative.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Account {
    /// Hour credits the council holds (Minutes).
    HourCredits,
    /// Money other councils owe it for invoices it issued (Gbp).
    Receivable,
    /// Money it owes other councils for invoices it received (Gbp).
    Payable,
    /// What lending its people earned, before VAT (Gbp; a credit balance).
    Income,
    /// VAT it charged on its invoices (Gbp; a credit balance).
    VatCharged,
    /// What buying other councils' time cost it, VAT included (Gbp; a debit balance).
    Spend,
    /// Money it received or paid on invoices (Gbp).
    Bank,
}

string_enum!(Account, "error-account", {
    Account::HourCredits => "hour_credits",
    Account::Receivable => "receivable",
    Account::Payable => "payable",
    Account::Income => "income",
    Account::VatCharged => "vat_charged",
    Account::Spend => "spend",
    Account::Bank => "bank",
});

impl Account {
    /// Every account, in the order statements list them.
    pub const ALL: [Account; 7] = [
        Account::HourCredits,
        Account::Receivable,
        Account::Payable,
        Account::Income,
        Account::VatCharged,
        Account::Spend,
        Account::Bank,
    ];

    pub fn currency(self) -> Currency {
        match self {
            Account::HourCredits => Currency::Minutes,
            _ => Currency::Gbp,
        }
    }
}

/// One line of a journal entry: a council's account, debited (positive) or credited.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Posting {
    pub org_id: i64,
    pub account: Account,
    pub amount: i64,
}

impl Posting {
    pub fn currency(&self) -> Currency {
        self.account.currency()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum LedgerError {
    #[error("the postings in {0:?} do not sum to zero")]
    Unbalanced(Currency),
    #[error("an entry needs postings")]
    Empty,
    #[error("a posting of nothing")]
    ZeroPosting,
}

/// Checks that an entry has postings, none of them zero, summing to zero per currency.
pub fn check_balanced(postings: &[Posting]) -> Result<(), LedgerError> {
    if postings.is_empty() {
        return Err(LedgerError::Empty);
    }
    if postings.iter().any(|p| p.amount == 0) {
        return Err(LedgerError::ZeroPosting);
    }
    for (currency, sum) in sums_by_currency(postings) {
        if sum != 0 {
            return Err(LedgerError::Unbalanced(currency));
        }
    }
    Ok(())
}

fn sums_by_currency(postings: &[Posting]) -> BTreeMap<Currency, i64> {
    let mut sums = BTreeMap::new();
    for p in postings {
        *sums.entry(p.currency()).or_insert(0) += p.amount;
    }
    sums
}

/// Approved time on an hour-credit contract: the buyer's credits go to the supplier.
pub fn hour_credit_transfer(buyer: i64, supplier: i64, minutes: i64) -> Vec<Posting> {
    vec![
        Posting {
            org_id: supplier,
            account: Account::HourCredits,
            amount: minutes,
        },
        Posting {
            org_id: buyer,
            account: Account::HourCredits,
            amount: -minutes,
        },
    ]
}

/// An invoice issued: the supplier is owed the total and earns the net and the VAT it
/// charged; the buyer owes the total and spends it.
pub fn invoice_issued(buyer: i64, supplier: i64, net_pence: i64, vat_pence: i64) -> Vec<Posting> {
    let total = net_pence + vat_pence;
    let mut postings = vec![
        Posting {
            org_id: supplier,
            account: Account::Receivable,
            amount: total,
        },
        Posting {
            org_id: supplier,
            account: Account::Income,
            amount: -net_pence,
        },
        Posting {
            org_id: buyer,
            account: Account::Spend,
            amount: total,
        },
        Posting {
            org_id: buyer,
            account: Account::Payable,
            amount: -total,
        },
    ];
    if vat_pence != 0 {
        postings.push(Posting {
            org_id: supplier,
            account: Account::VatCharged,
            amount: -vat_pence,
        });
    }
    postings
}

/// A credit note: the exact reverse of the invoice it cancels.
pub fn credit_note(buyer: i64, supplier: i64, net_pence: i64, vat_pence: i64) -> Vec<Posting> {
    invoice_issued(buyer, supplier, net_pence, vat_pence)
        .into_iter()
        .map(|p| Posting { amount: -p.amount, ..p })
        .collect()
}

/// An invoice paid: the money moves from the buyer's bank to the supplier's, settling what
/// was owed on both sides.
pub fn invoice_paid(buyer: i64, supplier: i64, total_pence: i64) -> Vec<Posting> {
    vec![
        Posting {
            org_id: supplier,
            account: Account::Bank,
            amount: total_pence,
        },
        Posting {
            org_id: supplier,
            account: Account::Receivable,
            amount: -total_pence,
        },
        Posting {
            org_id: buyer,
            account: Account::Payable,
            amount: total_pence,
        },
        Posting {
            org_id: buyer,
            account: Account::Bank,
            amount: -total_pence,
        },
    ]
}

/// Hour credits a council may owe at most, when the platform admin set none (minutes).
pub const DEFAULT_CREDIT_LIMIT_MINUTES: i64 = 20 * 60;

/// Whether moving `minutes` out of a balance keeps it at or above minus the limit; the
/// error carries how many minutes could still move.
pub fn check_credit_limit(balance: i64, limit: i64, minutes: i64) -> Result<(), i64> {
    let headroom = balance + limit;
    if minutes > headroom {
        Err(headroom.max(0))
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LEEDS: i64 = 1;
    const YORK: i64 = 2;

    #[test]
    fn every_movement_balances_per_currency() {
        for postings in [
            hour_credit_transfer(LEEDS, YORK, 90),
            invoice_issued(LEEDS, YORK, 10_000, 2_000),
            invoice_issued(LEEDS, YORK, 10_000, 0),
            credit_note(LEEDS, YORK, 10_000, 2_000),
            invoice_paid(LEEDS, YORK, 12_000),
        ] {
            assert_eq!(check_balanced(&postings), Ok(()), "{postings:?}");
        }
    }

    #[test]
    fn unbalanced_or_empty_entries_are_refused() {
        let mut p = hour_credit_transfer(LEEDS, YORK, 90);
        p[0].amount = 60;
        assert_eq!(check_balanced(&p), Err(LedgerError::Unbalanced(Currency::Minutes)));
        assert_eq!(check_balanced(&[]), Err(LedgerError::Empty));
        // Money and minutes never offset each other.
        let mixed = [
            Posting {
                org_id: LEEDS,
                account: Account::HourCredits,
                amount: 100,
            },
            Posting {
                org_id: LEEDS,
                account: Account::Bank,
                amount: -100,
            },
        ];
        assert_eq!(check_balanced(&mixed), Err(LedgerError::Unbalanced(Currency::Gbp)));
    }

    #[test]
    fn a_credit_note_undoes_its_invoice() {
        let mut all = invoice_issued(LEEDS, YORK, 5_000, 1_000);
        all.extend(credit_note(LEEDS, YORK, 5_000, 1_000));
        let mut balances: BTreeMap<(i64, Account), i64> = BTreeMap::new();
        for p in all {
            *balances.entry((p.org_id, p.account)).or_default() += p.amount;
        }
        assert!(balances.values().all(|b| *b == 0));
    }

    #[test]
    fn credit_limits_allow_owing_up_to_the_limit() {
        assert_eq!(check_credit_limit(0, 1200, 1200), Ok(()));
        assert_eq!(check_credit_limit(0, 1200, 1215), Err(1200));
        assert_eq!(check_credit_limit(-1200, 1200, 15), Err(0));
        assert_eq!(check_credit_limit(-1500, 1200, 15), Err(0));
        assert_eq!(check_credit_limit(600, 0, 600), Ok(()));
    }
}
