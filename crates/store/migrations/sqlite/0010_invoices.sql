-- Invoices and credit notes for money contracts (SPEC §4.6). Numbers are given at issue,
-- from one gapless sequence per supplying council; an issued document is never changed
-- but for its payment or its cancellation by a credit note.

CREATE TABLE invoice_sequences (
    org_id INTEGER PRIMARY KEY REFERENCES organisations (id),
    last_number INTEGER NOT NULL
);

CREATE TABLE invoices (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('invoice', 'credit_note')),
    supplier_org_id INTEGER NOT NULL REFERENCES organisations (id),
    buyer_org_id INTEGER NOT NULL REFERENCES organisations (id),
    contract_id INTEGER NOT NULL REFERENCES contracts (id),
    credits_invoice_id INTEGER REFERENCES invoices (id),
    number INTEGER,
    status TEXT NOT NULL CHECK (status IN ('draft', 'issued', 'paid', 'credited')),
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    po_number TEXT,
    vat_treatment TEXT NOT NULL,
    vat_rate_bp INTEGER NOT NULL,
    net_pence INTEGER NOT NULL,
    vat_pence INTEGER NOT NULL,
    total_pence INTEGER NOT NULL,
    payment_terms_days INTEGER NOT NULL,
    due_date TEXT,
    created_at TEXT NOT NULL,
    created_by INTEGER REFERENCES users (id),
    issued_at TEXT,
    issued_on TEXT,
    issued_by INTEGER REFERENCES users (id),
    paid_on TEXT,
    paid_reference TEXT,
    paid_recorded_by INTEGER REFERENCES users (id),
    reminded_at TEXT,
    UNIQUE (supplier_org_id, number),
    CHECK (total_pence = net_pence + vat_pence),
    CHECK ((status = 'draft') = (number IS NULL))
);
CREATE INDEX invoices_supplier ON invoices (supplier_org_id, status, id);
CREATE INDEX invoices_buyer ON invoices (buyer_org_id, status, id);
CREATE INDEX invoices_due ON invoices (due_date) WHERE status = 'issued';
CREATE INDEX invoices_contract ON invoices (contract_id, status);

CREATE TABLE invoice_lines (
    invoice_id INTEGER NOT NULL REFERENCES invoices (id),
    position INTEGER NOT NULL,
    practitioner_id INTEGER NOT NULL REFERENCES users (id),
    practitioner_name TEXT NOT NULL,
    first_date TEXT NOT NULL,
    last_date TEXT NOT NULL,
    minutes INTEGER NOT NULL,
    rate_pence INTEGER NOT NULL,
    amount_pence INTEGER NOT NULL,
    PRIMARY KEY (invoice_id, position)
);

-- Which time each invoice charged for, kept even after a credit note frees the time.
CREATE TABLE invoice_entries (
    invoice_id INTEGER NOT NULL REFERENCES invoices (id),
    time_entry_id INTEGER NOT NULL REFERENCES time_entries (id),
    PRIMARY KEY (invoice_id, time_entry_id)
);
CREATE INDEX invoice_entries_time ON invoice_entries (time_entry_id);
