-- A second factor for password accounts (SPEC §4.1, issue 19 item 4): one authenticator
-- secret per person (RFC 6238), usable once confirmed with a code; the last time step
-- accepted, so that no code works twice; one-time recovery codes, kept as hashes; and the
-- short-lived challenge between a right password and a right code.
CREATE TABLE second_factors (
    user_id INTEGER PRIMARY KEY REFERENCES users (id),
    secret TEXT NOT NULL,
    created_at TEXT NOT NULL,
    confirmed_at TEXT,
    last_step BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE recovery_codes (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id),
    code_hash TEXT NOT NULL,
    used_at TEXT
);
CREATE INDEX recovery_codes_user ON recovery_codes (user_id);

CREATE TABLE sign_in_challenges (
    id_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id),
    email TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX sign_in_challenges_expiry ON sign_in_challenges (expires_at);

-- A council that requires it: its people use the service only once they have a second factor.
ALTER TABLE organisations ADD COLUMN second_factor_required BOOLEAN NOT NULL DEFAULT FALSE;
