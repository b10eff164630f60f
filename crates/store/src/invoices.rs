//! Invoices and credit notes. A draft claims approved, uninvoiced time (a conditional
//! update, so two runs at once never claim the same entry); issuing takes the next number
//! from the supplying council's sequence row, whose lock is held to commit, so numbers
//! have no gaps and no repeats. Issued documents change only their status.

use crate::backend::exec;
use crate::ledger::Breach;
use crate::{Exec, Result, Tx};
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

/// Which contracts a draft run covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DraftScope {
    /// Every contract a council supplies: its finance officers' run.
    Supplier(i64),
    /// Contracts with ids in a range (both ends included), whoever supplies them: month-end
    /// for every council walks the contracts in id order, so each page of time is read once.
    Contracts(i64, i64),
}

impl DraftScope {
    /// The condition on a row whose supplier and contract are in the named columns. The
    /// scope's numbers are written into the statement: they are integers, never text.
    fn condition(self, supplier: &str, contract: &str) -> String {
        match self {
            DraftScope::Supplier(org) => format!("{supplier} = {org}"),
            DraftScope::Contracts(first, last) => format!("{contract} BETWEEN {first} AND {last}"),
        }
    }
}

/// A draft made by `draft_period`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, sqlx::FromRow)]
pub struct Drafted {
    pub id: i64,
    pub supplier_org_id: i64,
}

/// Contracts covered by one draft-run lock: runs take the locks of the blocks of contract
/// ids they may draft, so month-end runs over different blocks go side by side while a
/// council's own run (whose contracts lie in many blocks) queues behind them.
pub const CONTRACTS_PER_LOCK: i64 = 20_000;

/// Takes the draft-run lock of each block of contracts in scope, lowest first, so that runs
/// that could draft the same contract queue (PostgreSQL; SQLite has a single writer).
async fn lock_scope(tx: &mut Tx, scope: DraftScope) -> Result<()> {
    if tx.backend() != crate::Backend::Postgres {
        return Ok(());
    }
    let blocks: Vec<i64> = match scope {
        DraftScope::Supplier(org) => exec!(&mut *tx, c => sqlx::query_scalar::<_, i64>(
            "SELECT DISTINCT id / $2 FROM contracts WHERE supplier_org_id = $1 ORDER BY 1")
            .bind(org).bind(CONTRACTS_PER_LOCK).fetch_all(c).await)?,
        DraftScope::Contracts(first, last) => (first / CONTRACTS_PER_LOCK..=last / CONTRACTS_PER_LOCK).collect(),
    };
    for block in blocks {
        exec!(&mut *tx, c => sqlx::query("SELECT pg_advisory_xact_lock(7710005, CAST($1 AS INTEGER))")
            .bind(block).execute(c).await.map(|r| r.rows_affected()))?;
    }
    Ok(())
}

/// Makes draft invoices for a period, all at once, for the money contracts in `scope`
/// with approved, uninvoiced time in it: a draft per contract, claiming that time (a
/// conditional update, so a racing run or approval never puts an entry on two invoices),
/// with a line per practitioner (first and last day, minutes, the contract's rate, the
/// amount rounded half up to the penny) and VAT on the net at the contract's treatment
/// (`vat_bp` for standard-rated), rounded half up. Runs that could draft the same contract
/// queue behind its block's lock. Returns the drafts made.
pub async fn draft_period(
    tx: &mut Tx,
    scope: DraftScope,
    period: (NaiveDate, NaiveDate),
    vat_bp: i64,
    by: i64,
    now: DateTime<Utc>,
) -> Result<Vec<Drafted>> {
    lock_scope(tx, scope).await?;
    let (first, last) = period;
    let in_scope = scope.condition("k.supplier_org_id", "k.id");
    let sql = format!(
        "INSERT INTO invoices (kind, supplier_org_id, buyer_org_id, contract_id, status, period_start, period_end,
             po_number, vat_treatment, vat_rate_bp, net_pence, vat_pence, total_pence, payment_terms_days,
             created_at, created_by)
         SELECT 'invoice', k.supplier_org_id, k.buyer_org_id, k.id, 'draft', $1, $2, v.po_number, v.vat_treatment,
             CASE WHEN v.vat_treatment = 'standard' THEN $3 ELSE 0 END, 0, 0, 0, v.payment_terms_days, $4, $5
         FROM contracts k JOIN contract_versions v ON v.contract_id = k.id AND v.version = k.current_version
         WHERE {in_scope} AND v.settlement = 'money'
           AND EXISTS (SELECT 1 FROM time_entries t WHERE t.contract_id = k.id AND t.status = 'approved'
               AND t.invoice_id IS NULL AND t.work_date BETWEEN $1 AND $2)
         ORDER BY k.id
         RETURNING id, supplier_org_id"
    );
    let drafts = exec!(&mut *tx, c => sqlx::query_as::<_, Drafted>(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(first).bind(last).bind(vat_bp).bind(now).bind(by).fetch_all(c).await)?;
    if drafts.is_empty() {
        return Ok(drafts);
    }
    // The drafts just made: no other run can have drafted these contracts since the first of
    // them (the locks above), and earlier drafts have lower ids.
    let new_from = drafts.iter().map(|d| d.id).min().unwrap_or(0);
    let made = |alias: &str| {
        format!(
            "{alias}.id >= {new_from} AND {alias}.status = 'draft' AND {}",
            scope.condition(&format!("{alias}.supplier_org_id"), &format!("{alias}.contract_id"))
        )
    };
    // Each contract's time goes to the draft just made for it.
    let sql = format!(
        "UPDATE time_entries SET invoice_id = (SELECT i.id FROM invoices i WHERE i.contract_id = time_entries.contract_id
                 AND {made_i})
         WHERE status = 'approved' AND invoice_id IS NULL AND work_date BETWEEN $1 AND $2
           AND contract_id IN (SELECT d.contract_id FROM invoices d WHERE {made_d})",
        made_i = made("i"),
        made_d = made("d"),
    );
    exec!(&mut *tx, c => sqlx::query(sqlx::AssertSqlSafe(sql.as_str())).bind(first).bind(last).execute(c).await.map(|r| r.rows_affected()))?;
    let sql = format!(
        "INSERT INTO invoice_entries (invoice_id, time_entry_id)
         SELECT t.invoice_id, t.id FROM time_entries t JOIN invoices i ON i.id = t.invoice_id WHERE {}",
        made("i")
    );
    exec!(&mut *tx, c => sqlx::query(sqlx::AssertSqlSafe(sql.as_str())).execute(c).await.map(|r| r.rows_affected()))?;
    let sql = format!(
        "INSERT INTO invoice_lines (invoice_id, position, practitioner_id, practitioner_name, first_date, last_date,
             minutes, rate_pence, amount_pence)
         SELECT invoice_id, ROW_NUMBER() OVER (PARTITION BY invoice_id ORDER BY first_date, practitioner_id),
             practitioner_id, practitioner_name, first_date, last_date, minutes, rate_pence,
             (rate_pence * minutes + 30) / 60
         FROM (
             SELECT t.invoice_id, t.practitioner_id, u.display_name AS practitioner_name,
                 MIN(t.work_date) AS first_date, MAX(t.work_date) AS last_date,
                 CAST(SUM(t.minutes) AS BIGINT) AS minutes, v.rate_pence
             FROM time_entries t
             JOIN invoices i ON i.id = t.invoice_id
             JOIN contracts k ON k.id = t.contract_id
             JOIN contract_versions v ON v.contract_id = k.id AND v.version = k.current_version
             JOIN users u ON u.id = t.practitioner_id
             WHERE {}
             GROUP BY t.invoice_id, t.practitioner_id, u.display_name, v.rate_pence
         ) worked",
        made("i")
    );
    exec!(&mut *tx, c => sqlx::query(sqlx::AssertSqlSafe(sql.as_str())).execute(c).await.map(|r| r.rows_affected()))?;
    // Net, VAT and total in one statement: the table requires total = net + VAT always.
    let sql = format!(
        "UPDATE invoices SET net_pence = s.net, vat_pence = (s.net * invoices.vat_rate_bp + 5000) / 10000,
             total_pence = s.net + (s.net * invoices.vat_rate_bp + 5000) / 10000
         FROM (SELECT l.invoice_id, CAST(SUM(l.amount_pence) AS BIGINT) AS net FROM invoice_lines l
               JOIN invoices d ON d.id = l.invoice_id
               WHERE {} GROUP BY l.invoice_id) s
         WHERE s.invoice_id = invoices.id",
        made("d")
    );
    exec!(&mut *tx, c => sqlx::query(sqlx::AssertSqlSafe(sql.as_str())).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(drafts)
}

/// The lowest and highest contract ids, for walking every contract in ranges.
pub async fn contract_id_range<'a>(exec: impl Into<Exec<'a>>) -> Result<Option<(i64, i64)>> {
    let (low, high) = exec!(exec, c => sqlx::query_as::<_, (Option<i64>, Option<i64>)>(
        "SELECT MIN(id), MAX(id) FROM contracts").fetch_one(c).await)?;
    Ok(low.zip(high))
}

/// Deletes a draft and frees its time; false if it is no longer a draft.
pub async fn discard(tx: &mut Tx, id: i64) -> Result<bool> {
    let draft = exec!(&mut *tx, c => sqlx::query_scalar::<_, i64>(
        "SELECT COUNT(*) FROM invoices WHERE id = $1 AND status = 'draft'")
        .bind(id).fetch_one(c).await)?;
    if draft == 0 {
        return Ok(false);
    }
    for sql in [
        "UPDATE time_entries SET invoice_id = NULL WHERE invoice_id = $1",
        "DELETE FROM invoice_entries WHERE invoice_id = $1",
        "DELETE FROM invoice_lines WHERE invoice_id = $1",
        "DELETE FROM invoices WHERE id = $1 AND status = 'draft'",
    ] {
        exec!(&mut *tx, c => sqlx::query(sql).bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    }
    Ok(true)
}

/// The supplying council's next document number. The sequence row stays locked until the
/// caller's transaction ends, so numbers are given in order and a rolled-back issue gives
/// its number back.
async fn next_number(tx: &mut Tx, supplier: i64) -> Result<i64> {
    Ok(exec!(&mut *tx, c => sqlx::query_scalar::<_, i64>(
        "INSERT INTO invoice_sequences (org_id, last_number) VALUES ($1, 1)
         ON CONFLICT (org_id) DO UPDATE SET last_number = invoice_sequences.last_number + 1
         RETURNING last_number")
        .bind(supplier).fetch_one(c).await)?)
}

/// Issues a draft with the next number; returns the number, or None if it was no longer
/// a draft (the caller's transaction must then be abandoned, giving the number back).
pub async fn issue(
    tx: &mut Tx,
    id: i64,
    supplier: i64,
    issued_on: NaiveDate,
    due: NaiveDate,
    by: i64,
    now: DateTime<Utc>,
) -> Result<Option<i64>> {
    let number = next_number(tx, supplier).await?;
    let n = exec!(&mut *tx, c => sqlx::query(
        "UPDATE invoices SET status = 'issued', number = $1, issued_at = $2, issued_on = $3, issued_by = $4,
             due_date = $5
         WHERE id = $6 AND status = 'draft'")
        .bind(number).bind(now).bind(issued_on).bind(by).bind(due).bind(id)
        .execute(c).await.map(|r| r.rows_affected()))?;
    Ok((n == 1).then_some(number))
}

pub async fn mark_paid(tx: &mut Tx, id: i64, paid_on: NaiveDate, reference: &str, by: i64) -> Result<bool> {
    let n = exec!(&mut *tx, c => sqlx::query(
        "UPDATE invoices SET status = 'paid', paid_on = $1, paid_reference = $2, paid_recorded_by = $3
         WHERE id = $4 AND status = 'issued' AND kind = 'invoice'")
        .bind(paid_on).bind(reference).bind(by).bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Cancels an issued invoice by a credit note for its whole amount (issued at once, with
/// the next number) and frees its time to be invoiced again; returns the credit note's
/// id and number, or None if the invoice was no longer issued.
pub async fn credit(
    tx: &mut Tx,
    id: i64,
    issued_on: NaiveDate,
    by: i64,
    now: DateTime<Utc>,
) -> Result<Option<(i64, i64)>> {
    let n = exec!(&mut *tx, c => sqlx::query(
        "UPDATE invoices SET status = 'credited' WHERE id = $1 AND status = 'issued' AND kind = 'invoice'")
        .bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    if n != 1 {
        return Ok(None);
    }
    let original = find(&mut *tx, id)
        .await?
        .ok_or(crate::StoreError::Other("invoice vanished".into()))?;
    let number = next_number(tx, original.supplier_org_id).await?;
    let note = exec!(&mut *tx, c => sqlx::query_scalar::<_, i64>(
        "INSERT INTO invoices (kind, supplier_org_id, buyer_org_id, contract_id, credits_invoice_id, number, status,
             period_start, period_end, po_number, vat_treatment, vat_rate_bp, net_pence, vat_pence, total_pence,
             payment_terms_days, due_date, created_at, created_by, issued_at, issued_on, issued_by)
         SELECT 'credit_note', supplier_org_id, buyer_org_id, contract_id, id, $1, 'issued', period_start, period_end,
             po_number, vat_treatment, vat_rate_bp, net_pence, vat_pence, total_pence, payment_terms_days, $2, $3, $4,
             $3, $2, $4
         FROM invoices WHERE id = $5 RETURNING id")
        .bind(number).bind(issued_on).bind(now).bind(by).bind(id).fetch_one(c).await)?;
    exec!(&mut *tx, c => sqlx::query(
        "INSERT INTO invoice_lines (invoice_id, position, practitioner_id, practitioner_name, first_date, last_date,
             minutes, rate_pence, amount_pence)
         SELECT $1, position, practitioner_id, practitioner_name, first_date, last_date, minutes, rate_pence,
             amount_pence FROM invoice_lines WHERE invoice_id = $2")
        .bind(note).bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    exec!(&mut *tx, c => sqlx::query("UPDATE time_entries SET invoice_id = NULL WHERE invoice_id = $1")
        .bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(Some((note, number)))
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Invoice {
    pub id: i64,
    #[sqlx(try_from = "String")]
    pub kind: domain::invoices::InvoiceKind,
    pub supplier_org_id: i64,
    pub supplier_name: String,
    pub supplier_code: String,
    pub buyer_org_id: i64,
    pub buyer_name: String,
    pub contract_id: i64,
    pub credits_invoice_id: Option<i64>,
    pub number: Option<i64>,
    #[sqlx(try_from = "String")]
    pub status: domain::invoices::InvoiceStatus,
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    pub po_number: Option<String>,
    #[sqlx(try_from = "String")]
    pub vat_treatment: domain::contracts::VatTreatment,
    pub vat_rate_bp: i64,
    pub net_pence: i64,
    pub vat_pence: i64,
    pub total_pence: i64,
    pub payment_terms_days: i64,
    pub due_date: Option<NaiveDate>,
    pub created_at: DateTime<Utc>,
    pub issued_on: Option<NaiveDate>,
    pub paid_on: Option<NaiveDate>,
    pub paid_reference: Option<String>,
}

const SELECT: &str = "SELECT i.id, i.kind, i.supplier_org_id, s.name AS supplier_name, s.code AS supplier_code,
        i.buyer_org_id, b.name AS buyer_name, i.contract_id, i.credits_invoice_id, i.number, i.status,
        i.period_start, i.period_end, i.po_number, i.vat_treatment, i.vat_rate_bp, i.net_pence, i.vat_pence,
        i.total_pence, i.payment_terms_days, i.due_date, i.created_at, i.issued_on, i.paid_on, i.paid_reference
    FROM invoices i JOIN organisations s ON s.id = i.supplier_org_id JOIN organisations b ON b.id = i.buyer_org_id";

/// The credit note that cancelled an invoice, if any.
pub async fn credit_note_for<'a>(exec: impl Into<Exec<'a>>, invoice_id: i64) -> Result<Option<Invoice>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, Invoice>(
        sqlx::AssertSqlSafe(format!("{SELECT} WHERE i.credits_invoice_id = $1 AND i.kind = 'credit_note'")))
        .bind(invoice_id).fetch_optional(c).await)?)
}

pub async fn find<'a>(exec: impl Into<Exec<'a>>, id: i64) -> Result<Option<Invoice>> {
    Ok(
        exec!(exec, c => sqlx::query_as::<_, Invoice>(sqlx::AssertSqlSafe(format!("{SELECT} WHERE i.id = $1")))
        .bind(id).fetch_optional(c).await)?,
    )
}

/// A council's invoices and credit notes, as supplier or buyer (buyers never see drafts),
/// newest first.
pub async fn list<'a>(exec: impl Into<Exec<'a>>, org_id: i64, as_supplier: bool) -> Result<Vec<Invoice>> {
    let filter = if as_supplier {
        "i.supplier_org_id = $1"
    } else {
        "i.buyer_org_id = $1 AND i.status <> 'draft'"
    };
    Ok(exec!(exec, c => sqlx::query_as::<_, Invoice>(
        sqlx::AssertSqlSafe(format!("{SELECT} WHERE {filter} ORDER BY i.id DESC LIMIT 1000")))
        .bind(org_id).fetch_all(c).await)?)
}

/// Which of a council's documents an export reads: those it sent, or those it received.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Supplier,
    Buyer,
}

impl Side {
    fn filter(self) -> &'static str {
        match self {
            Side::Supplier => "i.supplier_org_id = $1",
            Side::Buyer => "i.buyer_org_id = $1",
        }
    }
}

/// Up to `limit` of a council's issued documents on one side after `after_id`, oldest
/// first: one page of an export that holds a page, not the whole history, in memory.
pub async fn export_page<'a>(
    exec: impl Into<Exec<'a>>,
    org_id: i64,
    side: Side,
    after_id: i64,
    limit: i64,
) -> Result<Vec<Invoice>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, Invoice>(
        sqlx::AssertSqlSafe(format!(
            "{SELECT} WHERE {} AND i.status <> 'draft' AND i.id > $2 ORDER BY i.id LIMIT $3",
            side.filter()
        )))
        .bind(org_id).bind(after_id).bind(limit).fetch_all(c).await)?)
}

/// The lines of the documents `export_page` gave for ids in `first_id..=last_id`, in one
/// statement rather than one per document.
pub async fn export_lines<'a>(
    exec: impl Into<Exec<'a>>,
    org_id: i64,
    side: Side,
    first_id: i64,
    last_id: i64,
) -> Result<Vec<ExportLine>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, ExportLine>(
        sqlx::AssertSqlSafe(format!(
            "SELECT l.invoice_id, l.position, l.practitioner_name, l.first_date, l.last_date, l.minutes,
                    l.rate_pence, l.amount_pence
             FROM invoices i JOIN invoice_lines l ON l.invoice_id = i.id
             WHERE {} AND i.status <> 'draft' AND i.id BETWEEN $2 AND $3
             ORDER BY l.invoice_id, l.position",
            side.filter()
        )))
        .bind(org_id).bind(first_id).bind(last_id).fetch_all(c).await)?)
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ExportLine {
    pub invoice_id: i64,
    #[sqlx(flatten)]
    pub line: StoredLine,
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct StoredLine {
    pub position: i64,
    pub practitioner_name: String,
    pub first_date: NaiveDate,
    pub last_date: NaiveDate,
    pub minutes: i64,
    pub rate_pence: i64,
    pub amount_pence: i64,
}

pub async fn lines<'a>(exec: impl Into<Exec<'a>>, id: i64) -> Result<Vec<StoredLine>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, StoredLine>(
        "SELECT position, practitioner_name, first_date, last_date, minutes, rate_pence, amount_pence
         FROM invoice_lines WHERE invoice_id = $1 ORDER BY position")
        .bind(id).fetch_all(c).await)?)
}

/// Issued invoices past their due date whose buyers were not reminded.
pub async fn overdue_unreminded<'a>(exec: impl Into<Exec<'a>>, today: NaiveDate) -> Result<Vec<i64>> {
    Ok(exec!(exec, c => sqlx::query_scalar::<_, i64>(
        "SELECT id FROM invoices WHERE status = 'issued' AND kind = 'invoice' AND due_date < $1
             AND reminded_at IS NULL ORDER BY due_date LIMIT 200")
        .bind(today).fetch_all(c).await)?)
}

pub async fn mark_reminded(tx: &mut Tx, id: i64, now: DateTime<Utc>) -> Result<bool> {
    let n = exec!(&mut *tx, c => sqlx::query(
        "UPDATE invoices SET reminded_at = $1 WHERE id = $2 AND reminded_at IS NULL AND status = 'issued'")
        .bind(now).bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Invoice invariants: totals equal their lines; VAT and line amounts follow the rules;
/// every issued document has its journal
/// entry for its total (and a paid invoice its payment); no time entry is charged by two
/// invoices that stand; numbers run without gaps from 1 for each supplying council.
pub async fn verify<'a>(exec: impl Into<Exec<'a>>) -> Result<Vec<Breach>> {
    let mut exec = exec.into();
    let mut breaches = Vec::new();
    let totals = exec!(&mut exec, c => sqlx::query_as::<_, (i64, i64, i64)>(
        "SELECT i.id, i.net_pence, CAST(COALESCE(SUM(l.amount_pence), 0) AS BIGINT) FROM invoices i
         LEFT JOIN invoice_lines l ON l.invoice_id = i.id
         GROUP BY i.id, i.net_pence HAVING i.net_pence <> COALESCE(SUM(l.amount_pence), 0) ORDER BY i.id")
        .fetch_all(c).await)?;
    for (id, net, lines) in totals {
        breaches.push(Breach {
            invariant: "invoice-equals-lines",
            detail: format!("invoice {id} has net {net} but its lines add up to {lines}"),
        });
    }
    let sums = exec!(&mut exec, c => sqlx::query_as::<_, (i64, i64, i64, i64, i64)>(
        "SELECT id, net_pence, vat_rate_bp, vat_pence, total_pence FROM invoices ORDER BY id")
        .fetch_all(c).await)?;
    for (id, net, bp, vat, total) in sums {
        let expected = domain::invoices::vat_pence(net, bp);
        if vat != expected || total != net + vat {
            breaches.push(Breach {
                invariant: "invoice-vat-and-total",
                detail: format!("invoice {id}: net {net}, VAT {vat} (the rule gives {expected}), total {total}"),
            });
        }
    }
    let amounts = exec!(&mut exec, c => sqlx::query_as::<_, (i64, i64, i64, i64, i64)>(
        "SELECT invoice_id, position, minutes, rate_pence, amount_pence FROM invoice_lines ORDER BY invoice_id, position")
        .fetch_all(c).await)?;
    for (id, position, minutes, rate, amount) in amounts {
        let expected = domain::contracts::cost_pence(rate, minutes);
        if amount != expected {
            breaches.push(Breach {
                invariant: "line-amount",
                detail: format!("invoice {id} line {position}: {amount} for {minutes} minutes at {rate} (the rule gives {expected})"),
            });
        }
    }
    let posted = exec!(&mut exec, c => sqlx::query_as::<_, (i64, String, i64, i64)>(
        "SELECT i.id, i.kind, i.total_pence, CAST(COALESCE((SELECT SUM(p.amount) FROM journal_entries e
             JOIN journal_postings p ON p.entry_id = e.id AND p.org_id = i.supplier_org_id AND p.account = 'receivable'
             WHERE e.source_type = 'invoice' AND e.source_id = i.id
               AND e.kind = CASE WHEN i.kind = 'invoice' THEN 'invoice_issued' ELSE 'credit_note' END), 0) AS BIGINT)
         FROM invoices i WHERE i.status <> 'draft' ORDER BY i.id")
        .fetch_all(c).await)?;
    for (id, kind, total, receivable) in posted {
        let expected = if kind == "invoice" { total } else { -total };
        if receivable != expected {
            breaches.push(Breach {
                invariant: "invoice-equals-postings",
                detail: format!("{kind} {id} for {total} posted {receivable} to the supplier's receivable"),
            });
        }
    }
    let unpaid = exec!(&mut exec, c => sqlx::query_scalar::<_, i64>(
        "SELECT i.id FROM invoices i WHERE i.status = 'paid' AND NOT EXISTS (SELECT 1 FROM journal_entries e
             WHERE e.kind = 'invoice_paid' AND e.source_type = 'invoice' AND e.source_id = i.id) ORDER BY i.id")
        .fetch_all(c).await)?;
    for id in unpaid {
        breaches.push(Breach {
            invariant: "payment-posted",
            detail: format!("invoice {id} is paid but no payment was posted"),
        });
    }
    let twice = exec!(&mut exec, c => sqlx::query_as::<_, (i64, i64)>(
        "SELECT ie.time_entry_id, COUNT(*) FROM invoice_entries ie JOIN invoices i ON i.id = ie.invoice_id
         WHERE i.kind = 'invoice' AND i.status IN ('draft', 'issued', 'paid')
         GROUP BY ie.time_entry_id HAVING COUNT(*) > 1 ORDER BY ie.time_entry_id")
        .fetch_all(c).await)?;
    for (entry, count) in twice {
        breaches.push(Breach {
            invariant: "time-invoiced-once",
            detail: format!("time entry {entry} is on {count} invoices"),
        });
    }
    let numbers = exec!(&mut exec, c => sqlx::query_as::<_, (i64, i64, i64)>(
        "SELECT supplier_org_id, CAST(COUNT(*) AS BIGINT), CAST(COALESCE(MAX(number), 0) AS BIGINT) FROM invoices
         WHERE number IS NOT NULL GROUP BY supplier_org_id ORDER BY supplier_org_id")
        .fetch_all(c).await)?;
    for (org, count, max) in numbers {
        if count != max {
            breaches.push(Breach {
                invariant: "numbers-without-gaps",
                detail: format!("council {org} has {count} numbered documents but numbers up to {max}"),
            });
        }
    }
    Ok(breaches)
}

/// How many invoices exist, of every status (a benchmark counts what a run made).
pub async fn count<'a>(exec: impl Into<Exec<'a>>) -> Result<i64> {
    Ok(exec!(exec, c => sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM invoices").fetch_one(c).await)?)
}
