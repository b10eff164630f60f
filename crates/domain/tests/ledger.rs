//! Property: any sequence of hour-credit approvals, invoices, payments and credit notes
//! keeps every ledger invariant — each entry balances per currency, all postings sum to
//! zero per currency, balances are the sums of postings, a paid invoice leaves nothing
//! owed, a credited one leaves nothing at all, and hour credits never go below a limit
//! the check enforced.

use domain::ledger::{self, Account, Currency, Posting};
use proptest::prelude::*;
use std::collections::BTreeMap;

#[derive(Debug, Clone)]
enum Op {
    Hours {
        buyer: i64,
        supplier: i64,
        minutes: i64,
    },
    Invoice {
        buyer: i64,
        supplier: i64,
        net: i64,
        vat_rate_bp: i64,
    },
    Pay {
        invoice: usize,
    },
    Credit {
        invoice: usize,
    },
}

fn op() -> impl Strategy<Value = Op> {
    let council = 1..5i64;
    prop_oneof![
        (council.clone(), council.clone(), 1..40i64).prop_map(|(buyer, supplier, q)| Op::Hours {
            buyer,
            supplier,
            minutes: q * 15
        }),
        (
            council.clone(),
            council,
            1..500_000i64,
            prop_oneof![Just(0i64), Just(2000i64)]
        )
            .prop_map(|(buyer, supplier, net, vat_rate_bp)| Op::Invoice {
                buyer,
                supplier,
                net,
                vat_rate_bp
            }),
        (0..20usize).prop_map(|invoice| Op::Pay { invoice }),
        (0..20usize).prop_map(|invoice| Op::Credit { invoice }),
    ]
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum InvoiceState {
    Issued,
    Paid,
    Credited,
}

proptest! {
    #[test]
    fn every_sequence_keeps_the_invariants(ops in prop::collection::vec(op(), 1..60)) {
        const LIMIT: i64 = 20 * 60;
        let mut journal: Vec<Vec<Posting>> = Vec::new();
        let mut balances: BTreeMap<(i64, Account), i64> = BTreeMap::new();
        let mut invoices: Vec<(i64, i64, i64, i64, InvoiceState)> = Vec::new();
        for op in ops {
            let entry = match op {
                Op::Hours { buyer, supplier, minutes } if buyer != supplier => {
                    let balance = balances.get(&(buyer, Account::HourCredits)).copied().unwrap_or(0);
                    match ledger::check_credit_limit(balance, LIMIT, minutes) {
                        Ok(()) => Some(ledger::hour_credit_transfer(buyer, supplier, minutes)),
                        Err(headroom) => {
                            prop_assert!(headroom < minutes);
                            None
                        }
                    }
                }
                Op::Invoice { buyer, supplier, net, vat_rate_bp } if buyer != supplier => {
                    let vat = net * vat_rate_bp / 10_000;
                    invoices.push((buyer, supplier, net, vat, InvoiceState::Issued));
                    Some(ledger::invoice_issued(buyer, supplier, net, vat))
                }
                Op::Pay { invoice } => match invoices.get_mut(invoice) {
                    Some(inv) if inv.4 == InvoiceState::Issued => {
                        inv.4 = InvoiceState::Paid;
                        Some(ledger::invoice_paid(inv.0, inv.1, inv.2 + inv.3))
                    }
                    _ => None,
                },
                Op::Credit { invoice } => match invoices.get_mut(invoice) {
                    Some(inv) if inv.4 == InvoiceState::Issued => {
                        inv.4 = InvoiceState::Credited;
                        Some(ledger::credit_note(inv.0, inv.1, inv.2, inv.3))
                    }
                    _ => None,
                },
                _ => None,
            };
            if let Some(postings) = entry {
                prop_assert_eq!(ledger::check_balanced(&postings), Ok(()));
                for p in &postings {
                    *balances.entry((p.org_id, p.account)).or_default() += p.amount;
                }
                journal.push(postings);
            }
        }
        // Balances are the sums of the postings, and everything sums to zero per currency.
        let mut sums: BTreeMap<(i64, Account), i64> = BTreeMap::new();
        let mut by_currency: BTreeMap<Currency, i64> = BTreeMap::new();
        for p in journal.iter().flatten() {
            *sums.entry((p.org_id, p.account)).or_default() += p.amount;
            *by_currency.entry(p.currency()).or_default() += p.amount;
        }
        prop_assert_eq!(&sums, &balances);
        prop_assert!(by_currency.values().all(|s| *s == 0));
        // Nobody owes more hour credits than the limit allows.
        for ((_, account), balance) in &balances {
            if *account == Account::HourCredits {
                prop_assert!(*balance >= -LIMIT);
            }
        }
        // What is owed is exactly what was issued and neither paid nor credited.
        let mut owed: BTreeMap<i64, i64> = BTreeMap::new();
        for (_, supplier, net, vat, state) in &invoices {
            if *state == InvoiceState::Issued {
                *owed.entry(*supplier).or_default() += net + vat;
            }
        }
        for org in 1..5 {
            let receivable = balances.get(&(org, Account::Receivable)).copied().unwrap_or(0);
            prop_assert_eq!(receivable, owed.get(&org).copied().unwrap_or(0));
        }
    }
}
