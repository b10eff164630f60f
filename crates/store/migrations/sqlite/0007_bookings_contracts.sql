-- Bookings and microcontracts (SPEC §4.4, §4.5): the agreement versions councils sign,
-- the legal bases contracts rest on, booking requests and contracts with their numbered
-- versions. Kept in step with ../postgres/0007_bookings_contracts.sql.

CREATE TABLE agreement_versions (
    id INTEGER PRIMARY KEY,
    version TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    published_at TEXT NOT NULL,
    published_by INTEGER REFERENCES users (id)
);

-- Who signed an agreement version for a council, as recorded by one of its admins.
CREATE TABLE agreement_signatures (
    org_id INTEGER NOT NULL REFERENCES organisations (id),
    agreement_version_id INTEGER NOT NULL REFERENCES agreement_versions (id),
    signatory_name TEXT NOT NULL,
    signatory_role TEXT NOT NULL,
    signed_on TEXT NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES users (id),
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (org_id, agreement_version_id)
);

CREATE TABLE legal_bases (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL,
    created_at TEXT NOT NULL,
    retired_at TEXT
);
INSERT INTO legal_bases (name, description, created_at) VALUES
    ('Local Authorities (Goods and Services) Act 1970',
     'One council provides services to another under section 1 of the Act.',
     '2026-11-27T00:00:00Z'),
    ('Local Government Act 1972, section 113',
     'The officer is placed at the disposal of the other council, which directs the work.',
     '2026-11-27T00:00:00Z');

-- Each council's defaults for new contracts where it supplies the work.
CREATE TABLE contract_defaults (
    org_id INTEGER PRIMARY KEY REFERENCES organisations (id),
    vat_treatment TEXT NOT NULL CHECK (vat_treatment IN ('outside_scope', 'standard', 'exempt')),
    payment_terms_days INTEGER NOT NULL CHECK (payment_terms_days BETWEEN 0 AND 120),
    updated_by INTEGER REFERENCES users (id),
    updated_at TEXT NOT NULL
);

CREATE TABLE bookings (
    id INTEGER PRIMARY KEY,
    profile_id INTEGER NOT NULL REFERENCES profiles (id),
    practitioner_id INTEGER NOT NULL REFERENCES users (id),
    buyer_org_id INTEGER NOT NULL REFERENCES organisations (id),
    supplier_org_id INTEGER NOT NULL REFERENCES organisations (id),
    requested_by INTEGER NOT NULL REFERENCES users (id),
    status TEXT NOT NULL CHECK (status IN ('requested', 'accepted', 'approved', 'declined', 'expired', 'withdrawn')),
    purpose TEXT NOT NULL,
    lgsl_id INTEGER REFERENCES lgsl_services (id),
    po_number TEXT,
    settlement TEXT NOT NULL CHECK (settlement IN ('money', 'hour_credits')),
    rate_pence INTEGER NOT NULL CHECK (rate_pence > 0),
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    minutes INTEGER NOT NULL CHECK (minutes > 0),
    requested_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    accepted_at TEXT,
    decided_at TEXT,
    decided_by INTEGER REFERENCES users (id),
    decline_reason TEXT,
    contract_id INTEGER
);
CREATE INDEX bookings_open ON bookings (expires_at) WHERE status IN ('requested', 'accepted');
CREATE INDEX bookings_buyer ON bookings (buyer_org_id, id);
CREATE INDEX bookings_supplier ON bookings (supplier_org_id, status, id);
CREATE INDEX bookings_practitioner ON bookings (practitioner_id, id);

CREATE TABLE booking_weeks (
    booking_id INTEGER NOT NULL REFERENCES bookings (id),
    week_start TEXT NOT NULL,
    minutes INTEGER NOT NULL CHECK (minutes > 0),
    PRIMARY KEY (booking_id, week_start)
);

CREATE TABLE contracts (
    id INTEGER PRIMARY KEY,
    buyer_org_id INTEGER NOT NULL REFERENCES organisations (id),
    supplier_org_id INTEGER NOT NULL REFERENCES organisations (id),
    profile_id INTEGER NOT NULL REFERENCES profiles (id),
    practitioner_id INTEGER NOT NULL REFERENCES users (id),
    booking_id INTEGER UNIQUE REFERENCES bookings (id),
    status TEXT NOT NULL CHECK (status IN ('proposed', 'active', 'completed', 'terminated')),
    current_version INTEGER NOT NULL,
    purpose TEXT NOT NULL,
    lgsl_id INTEGER REFERENCES lgsl_services (id),
    agreement_version_id INTEGER NOT NULL REFERENCES agreement_versions (id),
    buyer_contact_id INTEGER REFERENCES users (id),
    supplier_contact_id INTEGER REFERENCES users (id),
    buyer_accepted_at TEXT,
    buyer_accepted_by INTEGER REFERENCES users (id),
    supplier_accepted_at TEXT,
    supplier_accepted_by INTEGER REFERENCES users (id),
    created_at TEXT NOT NULL,
    activated_at TEXT,
    ended_at TEXT,
    ended_by INTEGER REFERENCES users (id),
    end_reason TEXT
);
CREATE INDEX contracts_buyer ON contracts (buyer_org_id, status, id);
CREATE INDEX contracts_supplier ON contracts (supplier_org_id, status, id);
CREATE INDEX contracts_practitioner ON contracts (practitioner_id, id);

-- Every version of a contract's terms: version 1 as approved, then each variation, kept
-- whatever became of it. At most one variation waits for an answer at a time.
CREATE TABLE contract_versions (
    id INTEGER PRIMARY KEY,
    contract_id INTEGER NOT NULL REFERENCES contracts (id),
    version INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('proposed', 'accepted', 'declined', 'withdrawn')),
    rate_pence INTEGER NOT NULL CHECK (rate_pence > 0),
    hours_cap_minutes INTEGER NOT NULL CHECK (hours_cap_minutes > 0),
    value_cap_pence INTEGER NOT NULL,
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    settlement TEXT NOT NULL CHECK (settlement IN ('money', 'hour_credits')),
    invoicing TEXT NOT NULL CHECK (invoicing IN ('monthly', 'on_completion')),
    po_number TEXT,
    vat_treatment TEXT NOT NULL CHECK (vat_treatment IN ('outside_scope', 'standard', 'exempt')),
    payment_terms_days INTEGER NOT NULL,
    legal_basis_id INTEGER NOT NULL REFERENCES legal_bases (id),
    summary TEXT NOT NULL,
    proposed_by_side TEXT NOT NULL CHECK (proposed_by_side IN ('buyer', 'supplier')),
    proposed_by INTEGER NOT NULL REFERENCES users (id),
    proposed_at TEXT NOT NULL,
    answered_by INTEGER REFERENCES users (id),
    answered_at TEXT,
    UNIQUE (contract_id, version)
);
CREATE UNIQUE INDEX contract_versions_one_waiting ON contract_versions (contract_id) WHERE status = 'proposed';

CREATE TABLE contract_version_weeks (
    version_id INTEGER NOT NULL REFERENCES contract_versions (id),
    week_start TEXT NOT NULL,
    minutes INTEGER NOT NULL CHECK (minutes > 0),
    PRIMARY KEY (version_id, week_start)
);
