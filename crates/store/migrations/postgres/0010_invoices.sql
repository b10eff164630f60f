-- Invoices and credit notes for money contracts (SPEC §4.6). Numbers are given at issue,
-- from one gapless sequence per supplying council; an issued document is never changed
-- but for its payment or its cancellation by a credit note.

CREATE TABLE invoice_sequences (
    org_id BIGINT PRIMARY KEY REFERENCES organisations (id),
    last_number BIGINT NOT NULL
);

CREATE TABLE invoices (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('invoice', 'credit_note')),
    supplier_org_id BIGINT NOT NULL REFERENCES organisations (id),
    buyer_org_id BIGINT NOT NULL REFERENCES organisations (id),
    contract_id BIGINT NOT NULL REFERENCES contracts (id),
    credits_invoice_id BIGINT REFERENCES invoices (id),
    number BIGINT,
    status TEXT NOT NULL CHECK (status IN ('draft', 'issued', 'paid', 'credited')),
    period_start DATE NOT NULL,
    period_end DATE NOT NULL,
    po_number TEXT,
    vat_treatment TEXT NOT NULL,
    vat_rate_bp BIGINT NOT NULL,
    net_pence BIGINT NOT NULL,
    vat_pence BIGINT NOT NULL,
    total_pence BIGINT NOT NULL,
    payment_terms_days BIGINT NOT NULL,
    due_date DATE,
    created_at TIMESTAMPTZ NOT NULL,
    created_by BIGINT REFERENCES users (id),
    issued_at TIMESTAMPTZ,
    issued_on DATE,
    issued_by BIGINT REFERENCES users (id),
    paid_on DATE,
    paid_reference TEXT,
    paid_recorded_by BIGINT REFERENCES users (id),
    reminded_at TIMESTAMPTZ,
    UNIQUE (supplier_org_id, number),
    CHECK (total_pence = net_pence + vat_pence),
    CHECK ((status = 'draft') = (number IS NULL))
);
CREATE INDEX invoices_supplier ON invoices (supplier_org_id, status, id);
CREATE INDEX invoices_buyer ON invoices (buyer_org_id, status, id);
CREATE INDEX invoices_due ON invoices (due_date) WHERE status = 'issued';
CREATE INDEX invoices_contract ON invoices (contract_id, status);

CREATE TABLE invoice_lines (
    invoice_id BIGINT NOT NULL REFERENCES invoices (id),
    position BIGINT NOT NULL,
    practitioner_id BIGINT NOT NULL REFERENCES users (id),
    practitioner_name TEXT NOT NULL,
    first_date DATE NOT NULL,
    last_date DATE NOT NULL,
    minutes BIGINT NOT NULL,
    rate_pence BIGINT NOT NULL,
    amount_pence BIGINT NOT NULL,
    PRIMARY KEY (invoice_id, position)
);

-- Which time each invoice charged for, kept even after a credit note frees the time.
CREATE TABLE invoice_entries (
    invoice_id BIGINT NOT NULL REFERENCES invoices (id),
    time_entry_id BIGINT NOT NULL REFERENCES time_entries (id),
    PRIMARY KEY (invoice_id, time_entry_id)
);
CREATE INDEX invoice_entries_time ON invoice_entries (time_entry_id);
