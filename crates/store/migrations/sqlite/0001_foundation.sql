-- Councils, people, memberships and roles, sessions, email tokens, sign-in attempts,
-- the audit log and the email outbox. Kept in step with ../postgres/0001_foundation.sql.

CREATE TABLE organisations (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    short_name TEXT NOT NULL,
    gss_code TEXT,
    nation TEXT NOT NULL,
    region TEXT,
    type_code TEXT NOT NULL,
    type_name TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX organisations_name ON organisations (name, id);

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    password_hash TEXT,
    platform_admin BOOLEAN NOT NULL DEFAULT FALSE,
    email_verified_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE org_domains (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL REFERENCES organisations (id),
    domain TEXT NOT NULL UNIQUE,
    added_by INTEGER REFERENCES users (id),
    added_at TEXT NOT NULL
);
CREATE INDEX org_domains_org ON org_domains (org_id);

CREATE TABLE memberships (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id),
    org_id INTEGER NOT NULL REFERENCES organisations (id),
    created_at TEXT NOT NULL,
    UNIQUE (user_id, org_id)
);
CREATE INDEX memberships_org ON memberships (org_id);

CREATE TABLE membership_roles (
    membership_id INTEGER NOT NULL REFERENCES memberships (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('practitioner', 'manager', 'buyer', 'finance', 'council_admin')),
    granted_at TEXT NOT NULL,
    PRIMARY KEY (membership_id, role)
);

CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    client_ip TEXT,
    user_agent TEXT
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE email_tokens (
    token_hash TEXT PRIMARY KEY,
    purpose TEXT NOT NULL CHECK (purpose IN ('sign_up', 'reset_password')),
    email TEXT NOT NULL,
    display_name TEXT,
    org_id INTEGER REFERENCES organisations (id),
    grant_council_admin BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT
);
CREATE INDEX email_tokens_email ON email_tokens (email);

CREATE TABLE sign_in_attempts (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL,
    client_ip TEXT NOT NULL,
    attempted_at TEXT NOT NULL,
    succeeded BOOLEAN NOT NULL
);
CREATE INDEX sign_in_attempts_email ON sign_in_attempts (email, attempted_at);
CREATE INDEX sign_in_attempts_ip ON sign_in_attempts (client_ip, attempted_at);

CREATE TABLE audit_events (
    id INTEGER PRIMARY KEY,
    occurred_at TEXT NOT NULL,
    actor_user_id INTEGER REFERENCES users (id),
    org_id INTEGER REFERENCES organisations (id),
    action TEXT NOT NULL,
    subject_type TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    before_json TEXT,
    after_json TEXT,
    client_ip TEXT
);
CREATE INDEX audit_events_org ON audit_events (org_id, id);
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;

CREATE TABLE outbox_emails (
    id INTEGER PRIMARY KEY,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    locked_until TEXT,
    claim TEXT,
    last_error TEXT,
    created_at TEXT NOT NULL,
    sent_at TEXT
);
CREATE INDEX outbox_emails_due ON outbox_emails (status, next_attempt_at);
