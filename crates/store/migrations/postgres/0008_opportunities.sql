-- Opportunities (SPEC §4.3): a buyer's requirement, its criteria, questions, the
-- applications practitioners send, the buyer's scores, the change history, and
-- practitioners' saved searches.

CREATE TABLE opportunities (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    created_by BIGINT NOT NULL REFERENCES users (id),
    copied_from BIGINT REFERENCES opportunities (id),
    status TEXT NOT NULL CHECK (status IN ('draft', 'live', 'closed', 'awarded', 'unsuccessful', 'cancelled', 'withdrawn')),
    kind TEXT CHECK (kind IN ('specialist', 'outcome')),
    title TEXT,
    summary TEXT,
    background TEXT,
    work TEXT,
    role_id BIGINT REFERENCES ddat_roles (id),
    lgsl_id BIGINT REFERENCES lgsl_services (id),
    region TEXT,
    work_mode TEXT CHECK (work_mode IN ('remote', 'on_site', 'either')),
    arrangements TEXT,
    security_clearance TEXT,
    minutes BIGINT CHECK (minutes > 0),
    max_rate_pence BIGINT CHECK (max_rate_pence > 0),
    earliest_start DATE,
    latest_end DATE,
    technical_weight BIGINT,
    cultural_weight BIGINT,
    price_weight BIGINT,
    evaluate_count BIGINT,
    questions_deadline TIMESTAMPTZ,
    closes_at TIMESTAMPTZ,
    visibility TEXT CHECK (visibility IN ('public', 'signed_in')),
    audience TEXT CHECK (audience IN ('all', 'invited')),
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    published_at TIMESTAMPTZ,
    closed_at TIMESTAMPTZ,
    outcome_at TIMESTAMPTZ,
    outcome_by BIGINT REFERENCES users (id),
    outcome_reason TEXT,
    reminded_at TIMESTAMPTZ,
    CHECK (status = 'draft' OR (kind IS NOT NULL AND title IS NOT NULL AND closes_at IS NOT NULL
        AND max_rate_pence IS NOT NULL AND minutes IS NOT NULL))
);
CREATE INDEX opportunities_org ON opportunities (org_id, status, id);
CREATE INDEX opportunities_published ON opportunities (status, published_at);
CREATE INDEX opportunities_closing ON opportunities (closes_at) WHERE status = 'live';

CREATE TABLE opportunity_criteria (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    opportunity_id BIGINT NOT NULL REFERENCES opportunities (id),
    essential BOOLEAN NOT NULL,
    position BIGINT NOT NULL,
    body TEXT NOT NULL,
    UNIQUE (opportunity_id, essential, position)
);

CREATE TABLE opportunity_invites (
    opportunity_id BIGINT NOT NULL REFERENCES opportunities (id),
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    PRIMARY KEY (opportunity_id, org_id)
);

-- What the buyer changed after publishing: never edited, shown on the page.
CREATE TABLE opportunity_changes (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    opportunity_id BIGINT NOT NULL REFERENCES opportunities (id),
    kind TEXT NOT NULL CHECK (kind IN ('summary', 'clarification', 'closing_time')),
    body TEXT NOT NULL,
    previous TEXT,
    made_by BIGINT NOT NULL REFERENCES users (id),
    made_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX opportunity_changes_opportunity ON opportunity_changes (opportunity_id, id);

CREATE TABLE opportunity_questions (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    opportunity_id BIGINT NOT NULL REFERENCES opportunities (id),
    asked_by BIGINT NOT NULL REFERENCES users (id),
    asked_at TIMESTAMPTZ NOT NULL,
    question TEXT NOT NULL,
    answer TEXT,
    answered_by BIGINT REFERENCES users (id),
    answered_at TIMESTAMPTZ
);
CREATE INDEX opportunity_questions_opportunity ON opportunity_questions (opportunity_id, id);

-- One application per applicant per opportunity: withdrawing and applying again reuse it.
CREATE TABLE applications (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    opportunity_id BIGINT NOT NULL REFERENCES opportunities (id),
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    applicant_id BIGINT NOT NULL REFERENCES users (id),
    team BOOLEAN NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('submitted', 'approved', 'declined', 'withdrawn', 'awarded', 'unsuccessful')),
    rate_pence BIGINT NOT NULL CHECK (rate_pence > 0),
    earliest_start DATE NOT NULL,
    submitted_at TIMESTAMPTZ NOT NULL,
    decided_at TIMESTAMPTZ,
    decided_by BIGINT REFERENCES users (id),
    decline_reason TEXT,
    shortlisted BOOLEAN NOT NULL DEFAULT FALSE,
    cultural_score BIGINT CHECK (cultural_score BETWEEN 0 AND 3),
    notes TEXT,
    feedback TEXT,
    UNIQUE (opportunity_id, applicant_id)
);
CREATE INDEX applications_org ON applications (org_id, status, id);
CREATE INDEX applications_applicant ON applications (applicant_id, id);

-- The practitioners an application offers, with their hours; the award's contract per person.
CREATE TABLE application_members (
    application_id BIGINT NOT NULL REFERENCES applications (id),
    profile_id BIGINT NOT NULL REFERENCES profiles (id),
    minutes BIGINT NOT NULL CHECK (minutes > 0),
    contract_id BIGINT REFERENCES contracts (id),
    PRIMARY KEY (application_id, profile_id)
);

CREATE TABLE application_evidence (
    application_id BIGINT NOT NULL REFERENCES applications (id),
    criterion_id BIGINT NOT NULL REFERENCES opportunity_criteria (id),
    evidence TEXT NOT NULL,
    score BIGINT CHECK (score BETWEEN 0 AND 3),
    PRIMARY KEY (application_id, criterion_id)
);

CREATE TABLE saved_searches (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id),
    name TEXT NOT NULL,
    words TEXT NOT NULL,
    kind TEXT CHECK (kind IN ('specialist', 'outcome')),
    role_id BIGINT REFERENCES ddat_roles (id),
    lgsl_id BIGINT REFERENCES lgsl_services (id),
    region TEXT,
    frequency TEXT NOT NULL CHECK (frequency IN ('immediate', 'daily', 'off')),
    created_at TIMESTAMPTZ NOT NULL,
    last_sent_at TIMESTAMPTZ
);
CREATE INDEX saved_searches_user ON saved_searches (user_id, id);
CREATE INDEX saved_searches_frequency ON saved_searches (frequency, last_sent_at);
