-- Time recorded against microcontracts, and the double-entry ledger of hour credits and
-- money (SPEC §4.6). Journal entries and postings are only ever inserted.

CREATE TABLE time_entries (
    id INTEGER PRIMARY KEY,
    contract_id INTEGER NOT NULL REFERENCES contracts (id),
    practitioner_id INTEGER NOT NULL REFERENCES users (id),
    work_date TEXT NOT NULL,
    minutes INTEGER NOT NULL CHECK (minutes > 0 AND minutes % 15 = 0),
    description TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'approved', 'queried')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    submitted_at TEXT,
    decided_at TEXT,
    decided_by INTEGER REFERENCES users (id),
    deemed BOOLEAN NOT NULL DEFAULT FALSE,
    query_comment TEXT,
    invoice_id INTEGER,
    UNIQUE (contract_id, work_date)
);
CREATE INDEX time_entries_practitioner ON time_entries (practitioner_id, work_date);
CREATE INDEX time_entries_submitted ON time_entries (submitted_at) WHERE status = 'submitted';
CREATE INDEX time_entries_contract ON time_entries (contract_id, status);
CREATE INDEX time_entries_invoice ON time_entries (invoice_id) WHERE invoice_id IS NOT NULL;

CREATE TABLE journal_entries (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('hour_credits', 'invoice_issued', 'credit_note', 'invoice_paid')),
    source_type TEXT NOT NULL,
    source_id INTEGER NOT NULL,
    memo TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by INTEGER REFERENCES users (id),
    -- One entry per thing that moves value: approving twice cannot post twice.
    UNIQUE (kind, source_type, source_id)
);

CREATE TABLE journal_postings (
    entry_id INTEGER NOT NULL REFERENCES journal_entries (id),
    org_id INTEGER NOT NULL REFERENCES organisations (id),
    account TEXT NOT NULL CHECK (account IN ('hour_credits', 'receivable', 'payable', 'income', 'vat_charged', 'spend', 'bank')),
    currency TEXT NOT NULL CHECK (currency IN ('gbp', 'minutes')),
    amount INTEGER NOT NULL CHECK (amount <> 0)
);
CREATE INDEX journal_postings_entry ON journal_postings (entry_id);
CREATE INDEX journal_postings_account ON journal_postings (org_id, account);

-- Each council's running balance per account, kept in the same transaction as every
-- posting (and checked against the postings by `verify`).
CREATE TABLE ledger_balances (
    org_id INTEGER NOT NULL REFERENCES organisations (id),
    account TEXT NOT NULL,
    balance INTEGER NOT NULL,
    PRIMARY KEY (org_id, account)
);

-- How many hour credits a council may owe; councils without a row have the default.
CREATE TABLE hour_credit_limits (
    org_id INTEGER PRIMARY KEY REFERENCES organisations (id),
    limit_minutes INTEGER NOT NULL CHECK (limit_minutes >= 0),
    set_by INTEGER REFERENCES users (id),
    set_at TEXT NOT NULL
);

-- A buying council's choice to approve submitted time after some days without an answer.
CREATE TABLE time_settings (
    org_id INTEGER PRIMARY KEY REFERENCES organisations (id),
    deemed_approval_days INTEGER CHECK (deemed_approval_days BETWEEN 1 AND 30),
    updated_by INTEGER REFERENCES users (id),
    updated_at TEXT NOT NULL
);
