//! Invoices (SPEC §4.6): the supplying council's finance officers generate drafts for a
//! month from approved, uninvoiced time on money contracts, issue them (numbered without
//! gaps, posted to the ledger), and cancel an issued one by a credit note; either
//! council's finance officers record payment. Overdue invoices remind the buyer once.
//! Every step is one transaction with its audit entries, ledger entry and notifications.

use super::deals;
use super::notify::tell_role;
use super::By;
use crate::Ctx;
use chrono::NaiveDate;
use domain::authz::{authorise, Action, Actor, Denied};
use domain::bank_holidays::HolidayArea;
use domain::invoices::{self as rules, InvoiceEvent, InvoiceKind, InvoiceStatus};
use domain::language::Lang;
use domain::ledger;
use domain::money::format_pence;
use domain::roles::Role;
use domain::weeks::london_date;
use futures_util::{stream, StreamExt, TryStreamExt};
use serde_json::json;
use std::collections::BTreeMap;
use store::invoices::{self, DraftScope, Drafted, Invoice};
use store::Tx;

step_error! {
    /// Why a step on an invoice did not happen.
    InvoiceError {}
}

/// What an invoice step that moves money writes in its transaction: a journal entry (its
/// kind and the invoice it comes from, the memo, the postings) and the change in both
/// councils' audit logs.
struct Posted<'a> {
    entry: (&'static str, i64),
    memo: &'a str,
    postings: Vec<ledger::Posting>,
    action: &'static str,
    before: serde_json::Value,
    after: serde_json::Value,
}

impl Posted<'_> {
    async fn record(
        self,
        tx: &mut Tx,
        by: By<'_>,
        i: &Invoice,
        user: i64,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<(), InvoiceError> {
        let (kind, source) = self.entry;
        store::ledger::post(
            tx,
            kind,
            ("invoice", source),
            self.memo,
            &self.postings,
            Some(user),
            now,
        )
        .await?;
        deals::audit_both(
            tx,
            by,
            (i.buyer_org_id, i.supplier_org_id),
            self.action,
            ("invoice", i.id),
            Some(self.before),
            Some(self.after),
            now,
        )
        .await?;
        Ok(())
    }
}

pub fn link(id: i64) -> String {
    format!("/invoices/{id}")
}

/// An invoice's number, or "draft 12" in `lang` while it has none.
pub fn label(ctx: &Ctx, lang: Lang, i: &Invoice) -> String {
    match i.number {
        Some(n) => rules::number_label(&i.supplier_code, n),
        None => ctx.t_in(lang, "invoice-draft-label", &[("id", i.id.to_string())]),
    }
}

async fn load(tx: &mut Tx, id: i64) -> Result<(Invoice, InvoiceStatus), InvoiceError> {
    let i = invoices::find(&mut *tx, id).await?.ok_or(InvoiceError::NotFound)?;
    let status = i.status;
    Ok((i, status))
}

fn check(from: InvoiceStatus, event: InvoiceEvent) -> Result<(), InvoiceError> {
    rules::next_invoice_status(from, event)
        .map(|_| ())
        .map_err(|e| InvoiceError::refused(e.key()))
}

/// Drafts an invoice per money contract of a supplying council with approved, uninvoiced
/// time in the month, in one transaction; returns the drafts' ids. Two runs at once claim
/// each entry once: the second finds the time taken and makes nothing.
pub async fn generate(
    ctx: &Ctx,
    by: By<'_>,
    supplier: i64,
    month: (NaiveDate, NaiveDate),
) -> Result<Vec<i64>, InvoiceError> {
    let drafts = draft(ctx, by, DraftScope::Supplier(supplier), month).await?;
    Ok(drafts.into_iter().map(|d| d.id).collect())
}

/// Month-end for every supplying council: drafts for all money contracts with approved,
/// uninvoiced time in the month, walking the contracts in id order (so each page of time
/// is read once) a block of contracts per transaction. Blocks hold separate locks, so on
/// PostgreSQL several go at once; SQLite has one writer, so there they go in turn. Returns
/// how many drafts were made.
pub async fn generate_all(ctx: &Ctx, by: By<'_>, month: (NaiveDate, NaiveDate)) -> Result<usize, InvoiceError> {
    let Some((low, high)) = invoices::contract_id_range(&ctx.db).await? else {
        return Ok(0);
    };
    let at_once = match ctx.db.backend() {
        store::Backend::Sqlite => 1,
        store::Backend::Postgres => std::thread::available_parallelism().map_or(2, |n| n.get().clamp(2, 4)),
    };
    let block = invoices::CONTRACTS_PER_LOCK;
    stream::iter(low / block..=high / block)
        .map(|b| draft(ctx, by, DraftScope::Contracts(b * block, b * block + block - 1), month))
        .buffer_unordered(at_once)
        .try_fold(0, |made, drafts| async move { Ok(made + drafts.len()) })
        .await
}

/// One draft run in one transaction, with an audit entry for each supplying council that
/// got drafts.
async fn draft(
    ctx: &Ctx,
    by: By<'_>,
    scope: DraftScope,
    month: (NaiveDate, NaiveDate),
) -> Result<Vec<Drafted>, InvoiceError> {
    let now = ctx.clock.now();
    let user = by.user_id.ok_or(InvoiceError::NotFound)?;
    let mut tx = ctx.db.begin().await?;
    let standard = domain::contracts::VatTreatment::Standard.rate_basis_points();
    let drafts = invoices::draft_period(&mut tx, scope, month, standard, user, now).await?;
    let mut per_supplier: BTreeMap<i64, usize> = BTreeMap::new();
    for d in &drafts {
        *per_supplier.entry(d.supplier_org_id).or_default() += 1;
    }
    for (supplier, count) in per_supplier {
        let entry = super::Entry {
            org_id: Some(supplier),
            action: "invoice-drafted",
            subject: ("organisation", supplier.to_string()),
            before: None,
            after: Some(json!({ "period": [month.0, month.1], "drafts": count })),
        };
        super::audit(&mut tx, by, entry, now).await?;
    }
    tx.commit().await?;
    Ok(drafts)
}

/// Issues a draft: the next number, the due date by the contract's payment terms, the
/// ledger entry; the buying council's finance officers are told.
/// Invoice `id`, if `actor` may see it: the supplying council's finance officers always,
/// the buying council's once it is issued.
pub async fn visible(ctx: &Ctx, actor: Option<&Actor>, id: i64) -> Result<Invoice, InvoiceError> {
    let i = invoices::find(&ctx.db, id).await?.ok_or(InvoiceError::NotFound)?;
    let supplier = authorise(actor, Action::ViewInvoices(i.supplier_org_id)).is_ok();
    let buyer = i.status != InvoiceStatus::Draft && authorise(actor, Action::ViewInvoices(i.buyer_org_id)).is_ok();
    if supplier || buyer {
        Ok(i)
    } else {
        Err(InvoiceError::Denied(Denied::Forbidden))
    }
}

step_names!(
    /// The steps people take on an invoice, as pages and the API name them.
    StepName {
        Issue => "issue",
        Discard => "discard",
        Credit => "credit",
        Pay => "pay",
    }
);

/// A step with what it needs: the date the money arrived and the finance system's
/// reference, to record a payment (as typed: they are validated here).
#[derive(Debug, Clone)]
pub enum Step {
    Issue,
    Discard,
    Credit,
    Pay { paid_on: String, reference: String },
}

/// What a step did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepDone {
    Issued,
    /// The draft is gone.
    Discarded,
    /// A credit note cancels the invoice.
    Credited {
        credit_note_id: i64,
    },
    Paid,
}

/// Takes `step` on invoice `i` (as `visible` read it) for `actor`: the supplying council's finance officers
/// issue, discard or credit it; either council's record that it was paid.
pub async fn take_step(
    ctx: &Ctx,
    actor: Option<&Actor>,
    by: By<'_>,
    i: &Invoice,
    step: Step,
) -> Result<StepDone, InvoiceError> {
    let id = i.id;
    let manage = Action::ManageInvoices(i.supplier_org_id);
    match step {
        Step::Issue => {
            authorise(actor, manage)?;
            issue(ctx, by, id).await?;
            Ok(StepDone::Issued)
        }
        Step::Discard => {
            authorise(actor, manage)?;
            discard(ctx, by, id).await?;
            Ok(StepDone::Discarded)
        }
        Step::Credit => {
            authorise(actor, manage)?;
            let credit_note_id = credit(ctx, by, id).await?;
            Ok(StepDone::Credited { credit_note_id })
        }
        Step::Pay { paid_on, reference } => {
            authorise(
                actor,
                Action::RecordPayment {
                    buyer: i.buyer_org_id,
                    supplier: i.supplier_org_id,
                },
            )?;
            let today = london_date(ctx.clock.now());
            let (paid_on, reference) =
                rules::validate_payment(&paid_on, &reference, i.issued_on.unwrap_or(today), today)
                    .map_err(InvoiceError::Invalid)?;
            pay(ctx, by, id, paid_on, &reference).await?;
            Ok(StepDone::Paid)
        }
    }
}

pub async fn issue(ctx: &Ctx, by: By<'_>, id: i64) -> Result<i64, InvoiceError> {
    let now = ctx.clock.now();
    let user = by.user_id.ok_or(InvoiceError::NotFound)?;
    let today = london_date(now);
    let mut tx = ctx.db.begin().await?;
    let (i, from) = load(&mut tx, id).await?;
    check(from, InvoiceEvent::Issue)?;
    let payer = store::organisations::find_by_id(&mut tx, i.buyer_org_id)
        .await?
        .ok_or(InvoiceError::NotFound)?;
    let due = rules::due_date(HolidayArea::of_nation(&payer.nation), today, i.payment_terms_days);
    let Some(number) = invoices::issue(&mut tx, id, i.supplier_org_id, today, due, user, now).await? else {
        return Err(InvoiceError::refused("error-changed-meanwhile"));
    };
    let label = rules::number_label(&i.supplier_code, number);
    let posted = Posted {
        entry: ("invoice_issued", id),
        memo: &label,
        postings: ledger::invoice_issued(i.buyer_org_id, i.supplier_org_id, i.net_pence, i.vat_pence),
        action: "invoice-issued",
        before: json!({ "status": "draft" }),
        after: json!({ "status": "issued", "number": label, "total_pence": i.total_pence }),
    };
    posted.record(&mut tx, by, &i, user, now).await?;
    let args = [
        ("number", label),
        ("council", i.supplier_name.clone()),
        ("total", format_pence(i.total_pence)),
        // An ISO date, written in each reader's language (`notify::in_language`).
        ("due", due.to_string()),
    ];
    tell_role(
        ctx,
        &mut tx,
        i.buyer_org_id,
        Role::Finance,
        "notify-invoice-issued",
        &args,
        &link(id),
    )
    .await?;
    tx.commit().await?;
    Ok(number)
}

/// Deletes a draft and frees its time.
pub async fn discard(ctx: &Ctx, by: By<'_>, id: i64) -> Result<(), InvoiceError> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let (i, from) = load(&mut tx, id).await?;
    check(from, InvoiceEvent::Discard)?;
    if !invoices::discard(&mut tx, id).await? {
        return Err(InvoiceError::refused("error-changed-meanwhile"));
    }
    let entry = super::Entry {
        org_id: Some(i.supplier_org_id),
        action: "invoice-discarded",
        subject: ("invoice", id.to_string()),
        before: Some(json!({ "status": "draft", "total_pence": i.total_pence })),
        after: None,
    };
    super::audit(&mut tx, by, entry, now).await?;
    tx.commit().await?;
    Ok(())
}

/// Records payment (date and reference), posting it to the ledger.
pub async fn pay(ctx: &Ctx, by: By<'_>, id: i64, paid_on: NaiveDate, reference: &str) -> Result<(), InvoiceError> {
    let now = ctx.clock.now();
    let user = by.user_id.ok_or(InvoiceError::NotFound)?;
    let mut tx = ctx.db.begin().await?;
    let (i, from) = load(&mut tx, id).await?;
    if i.kind != InvoiceKind::Invoice {
        return Err(InvoiceError::refused("error-invoice-credit-note"));
    }
    check(from, InvoiceEvent::Pay)?;
    if !invoices::mark_paid(&mut tx, id, paid_on, reference, user).await? {
        return Err(InvoiceError::refused("error-changed-meanwhile"));
    }
    let posted = Posted {
        entry: ("invoice_paid", id),
        memo: reference,
        postings: ledger::invoice_paid(i.buyer_org_id, i.supplier_org_id, i.total_pence),
        action: "invoice-paid",
        before: json!({ "status": "issued" }),
        after: json!({ "status": "paid", "paid_on": paid_on, "reference": reference }),
    };
    posted.record(&mut tx, by, &i, user, now).await?;
    tx.commit().await?;
    Ok(())
}

/// Cancels an issued invoice by a credit note (numbered, posted as the exact reverse) and
/// frees its time to be invoiced again; returns the credit note's id.
pub async fn credit(ctx: &Ctx, by: By<'_>, id: i64) -> Result<i64, InvoiceError> {
    let now = ctx.clock.now();
    let user = by.user_id.ok_or(InvoiceError::NotFound)?;
    let mut tx = ctx.db.begin().await?;
    let (i, from) = load(&mut tx, id).await?;
    if i.kind != InvoiceKind::Invoice {
        return Err(InvoiceError::refused("error-invoice-credit-note"));
    }
    check(from, InvoiceEvent::Credit)?;
    let Some((note, number)) = invoices::credit(&mut tx, id, london_date(now), user, now).await? else {
        return Err(InvoiceError::refused("error-changed-meanwhile"));
    };
    let label = rules::number_label(&i.supplier_code, number);
    let posted = Posted {
        entry: ("credit_note", note),
        memo: &label,
        postings: ledger::credit_note(i.buyer_org_id, i.supplier_org_id, i.net_pence, i.vat_pence),
        action: "invoice-credited",
        before: json!({ "status": "issued" }),
        after: json!({ "status": "credited", "credit_note": label }),
    };
    posted.record(&mut tx, by, &i, user, now).await?;
    let args = [
        ("number", label),
        ("council", i.supplier_name.clone()),
        ("total", format_pence(i.total_pence)),
    ];
    tell_role(
        ctx,
        &mut tx,
        i.buyer_org_id,
        Role::Finance,
        "notify-credit-note",
        &args,
        &link(note),
    )
    .await?;
    tx.commit().await?;
    Ok(note)
}

/// Reminds the buying council's finance officers, once, of each invoice past its due date.
pub async fn remind_overdue(ctx: &Ctx) -> Result<usize, InvoiceError> {
    let now = ctx.clock.now();
    let mut reminded = 0;
    for id in invoices::overdue_unreminded(&ctx.db, london_date(now)).await? {
        let mut tx = ctx.db.begin().await?;
        if !invoices::mark_reminded(&mut tx, id, now).await? {
            continue;
        }
        let (i, _) = load(&mut tx, id).await?;
        let args = [
            // Overdue invoices are issued, so numbered: the same in every language.
            ("number", label(ctx, Lang::default(), &i)),
            ("council", i.supplier_name.clone()),
            ("total", format_pence(i.total_pence)),
            ("due", i.due_date.map(|d| d.to_string()).unwrap_or_default()),
        ];
        tell_role(
            ctx,
            &mut tx,
            i.buyer_org_id,
            Role::Finance,
            "notify-invoice-overdue",
            &args,
            &link(id),
        )
        .await?;
        tx.commit().await?;
        reminded += 1;
    }
    Ok(reminded)
}
