-- Time recorded against microcontracts, and the double-entry ledger of hour credits and
-- money (SPEC §4.6). Journal entries and postings are only ever inserted.

CREATE TABLE time_entries (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    contract_id BIGINT NOT NULL REFERENCES contracts (id),
    practitioner_id BIGINT NOT NULL REFERENCES users (id),
    work_date DATE NOT NULL,
    minutes BIGINT NOT NULL CHECK (minutes > 0 AND minutes % 15 = 0),
    description TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'approved', 'queried')),
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    submitted_at TIMESTAMPTZ,
    decided_at TIMESTAMPTZ,
    decided_by BIGINT REFERENCES users (id),
    deemed BOOLEAN NOT NULL DEFAULT FALSE,
    query_comment TEXT,
    invoice_id BIGINT,
    UNIQUE (contract_id, work_date)
);
CREATE INDEX time_entries_practitioner ON time_entries (practitioner_id, work_date);
CREATE INDEX time_entries_submitted ON time_entries (submitted_at) WHERE status = 'submitted';
CREATE INDEX time_entries_contract ON time_entries (contract_id, status);
CREATE INDEX time_entries_invoice ON time_entries (invoice_id) WHERE invoice_id IS NOT NULL;

CREATE TABLE journal_entries (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('hour_credits', 'invoice_issued', 'credit_note', 'invoice_paid')),
    source_type TEXT NOT NULL,
    source_id BIGINT NOT NULL,
    memo TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    created_by BIGINT REFERENCES users (id),
    -- One entry per thing that moves value: approving twice cannot post twice.
    UNIQUE (kind, source_type, source_id)
);

CREATE TABLE journal_postings (
    entry_id BIGINT NOT NULL REFERENCES journal_entries (id),
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    account TEXT NOT NULL CHECK (account IN ('hour_credits', 'receivable', 'payable', 'income', 'vat_charged', 'spend', 'bank')),
    currency TEXT NOT NULL CHECK (currency IN ('gbp', 'minutes')),
    amount BIGINT NOT NULL CHECK (amount <> 0)
);
CREATE INDEX journal_postings_entry ON journal_postings (entry_id);
CREATE INDEX journal_postings_account ON journal_postings (org_id, account);

-- Each council's running balance per account, kept in the same transaction as every
-- posting (and checked against the postings by `verify`).
CREATE TABLE ledger_balances (
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    account TEXT NOT NULL,
    balance BIGINT NOT NULL,
    PRIMARY KEY (org_id, account)
);

-- How many hour credits a council may owe; councils without a row have the default.
CREATE TABLE hour_credit_limits (
    org_id BIGINT PRIMARY KEY REFERENCES organisations (id),
    limit_minutes BIGINT NOT NULL CHECK (limit_minutes >= 0),
    set_by BIGINT REFERENCES users (id),
    set_at TIMESTAMPTZ NOT NULL
);

-- A buying council's choice to approve submitted time after some days without an answer.
CREATE TABLE time_settings (
    org_id BIGINT PRIMARY KEY REFERENCES organisations (id),
    deemed_approval_days BIGINT CHECK (deemed_approval_days BETWEEN 1 AND 30),
    updated_by BIGINT REFERENCES users (id),
    updated_at TIMESTAMPTZ NOT NULL
);
