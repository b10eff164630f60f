-- Bookings and microcontracts (SPEC §4.4, §4.5): the agreement versions councils sign,
-- the legal bases contracts rest on, booking requests and contracts with their numbered
-- versions. Kept in step with ../sqlite/0007_bookings_contracts.sql.

CREATE TABLE agreement_versions (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    version TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    published_at TIMESTAMPTZ NOT NULL,
    published_by BIGINT REFERENCES users (id)
);

-- Who signed an agreement version for a council, as recorded by one of its admins.
CREATE TABLE agreement_signatures (
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    agreement_version_id BIGINT NOT NULL REFERENCES agreement_versions (id),
    signatory_name TEXT NOT NULL,
    signatory_role TEXT NOT NULL,
    signed_on DATE NOT NULL,
    recorded_by BIGINT NOT NULL REFERENCES users (id),
    recorded_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (org_id, agreement_version_id)
);

CREATE TABLE legal_bases (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    retired_at TIMESTAMPTZ
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
    org_id BIGINT PRIMARY KEY REFERENCES organisations (id),
    vat_treatment TEXT NOT NULL CHECK (vat_treatment IN ('outside_scope', 'standard', 'exempt')),
    payment_terms_days BIGINT NOT NULL CHECK (payment_terms_days BETWEEN 0 AND 120),
    updated_by BIGINT REFERENCES users (id),
    updated_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE bookings (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    profile_id BIGINT NOT NULL REFERENCES profiles (id),
    practitioner_id BIGINT NOT NULL REFERENCES users (id),
    buyer_org_id BIGINT NOT NULL REFERENCES organisations (id),
    supplier_org_id BIGINT NOT NULL REFERENCES organisations (id),
    requested_by BIGINT NOT NULL REFERENCES users (id),
    status TEXT NOT NULL CHECK (status IN ('requested', 'accepted', 'approved', 'declined', 'expired', 'withdrawn')),
    purpose TEXT NOT NULL,
    lgsl_id BIGINT REFERENCES lgsl_services (id),
    po_number TEXT,
    settlement TEXT NOT NULL CHECK (settlement IN ('money', 'hour_credits')),
    rate_pence BIGINT NOT NULL CHECK (rate_pence > 0),
    start_date DATE NOT NULL,
    end_date DATE NOT NULL,
    minutes BIGINT NOT NULL CHECK (minutes > 0),
    requested_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    accepted_at TIMESTAMPTZ,
    decided_at TIMESTAMPTZ,
    decided_by BIGINT REFERENCES users (id),
    decline_reason TEXT,
    contract_id BIGINT
);
CREATE INDEX bookings_open ON bookings (expires_at) WHERE status IN ('requested', 'accepted');
CREATE INDEX bookings_buyer ON bookings (buyer_org_id, id);
CREATE INDEX bookings_supplier ON bookings (supplier_org_id, status, id);
CREATE INDEX bookings_practitioner ON bookings (practitioner_id, id);

CREATE TABLE booking_weeks (
    booking_id BIGINT NOT NULL REFERENCES bookings (id),
    week_start DATE NOT NULL,
    minutes BIGINT NOT NULL CHECK (minutes > 0),
    PRIMARY KEY (booking_id, week_start)
);

CREATE TABLE contracts (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    buyer_org_id BIGINT NOT NULL REFERENCES organisations (id),
    supplier_org_id BIGINT NOT NULL REFERENCES organisations (id),
    profile_id BIGINT NOT NULL REFERENCES profiles (id),
    practitioner_id BIGINT NOT NULL REFERENCES users (id),
    booking_id BIGINT UNIQUE REFERENCES bookings (id),
    status TEXT NOT NULL CHECK (status IN ('proposed', 'active', 'completed', 'terminated')),
    current_version BIGINT NOT NULL,
    purpose TEXT NOT NULL,
    lgsl_id BIGINT REFERENCES lgsl_services (id),
    agreement_version_id BIGINT NOT NULL REFERENCES agreement_versions (id),
    buyer_contact_id BIGINT REFERENCES users (id),
    supplier_contact_id BIGINT REFERENCES users (id),
    buyer_accepted_at TIMESTAMPTZ,
    buyer_accepted_by BIGINT REFERENCES users (id),
    supplier_accepted_at TIMESTAMPTZ,
    supplier_accepted_by BIGINT REFERENCES users (id),
    created_at TIMESTAMPTZ NOT NULL,
    activated_at TIMESTAMPTZ,
    ended_at TIMESTAMPTZ,
    ended_by BIGINT REFERENCES users (id),
    end_reason TEXT
);
CREATE INDEX contracts_buyer ON contracts (buyer_org_id, status, id);
CREATE INDEX contracts_supplier ON contracts (supplier_org_id, status, id);
CREATE INDEX contracts_practitioner ON contracts (practitioner_id, id);

-- Every version of a contract's terms: version 1 as approved, then each variation, kept
-- whatever became of it. At most one variation waits for an answer at a time.
CREATE TABLE contract_versions (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    contract_id BIGINT NOT NULL REFERENCES contracts (id),
    version BIGINT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('proposed', 'accepted', 'declined', 'withdrawn')),
    rate_pence BIGINT NOT NULL CHECK (rate_pence > 0),
    hours_cap_minutes BIGINT NOT NULL CHECK (hours_cap_minutes > 0),
    value_cap_pence BIGINT NOT NULL,
    start_date DATE NOT NULL,
    end_date DATE NOT NULL,
    settlement TEXT NOT NULL CHECK (settlement IN ('money', 'hour_credits')),
    invoicing TEXT NOT NULL CHECK (invoicing IN ('monthly', 'on_completion')),
    po_number TEXT,
    vat_treatment TEXT NOT NULL CHECK (vat_treatment IN ('outside_scope', 'standard', 'exempt')),
    payment_terms_days BIGINT NOT NULL,
    legal_basis_id BIGINT NOT NULL REFERENCES legal_bases (id),
    summary TEXT NOT NULL,
    proposed_by_side TEXT NOT NULL CHECK (proposed_by_side IN ('buyer', 'supplier')),
    proposed_by BIGINT NOT NULL REFERENCES users (id),
    proposed_at TIMESTAMPTZ NOT NULL,
    answered_by BIGINT REFERENCES users (id),
    answered_at TIMESTAMPTZ,
    UNIQUE (contract_id, version)
);
CREATE UNIQUE INDEX contract_versions_one_waiting ON contract_versions (contract_id) WHERE status = 'proposed';

CREATE TABLE contract_version_weeks (
    version_id BIGINT NOT NULL REFERENCES contract_versions (id),
    week_start DATE NOT NULL,
    minutes BIGINT NOT NULL CHECK (minutes > 0),
    PRIMARY KEY (version_id, week_start)
);
