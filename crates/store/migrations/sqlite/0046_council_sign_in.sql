-- Council sign-in through the council's own OpenID Connect provider (SPEC §4.1, issue 19
-- item 3). One provider per council: its issuer, the client the council registered for
-- this service, and that client's secret sealed with SECRETS_KEY (`v1:…`).
CREATE TABLE sign_in_providers (
    org_id INTEGER PRIMARY KEY REFERENCES organisations (id),
    issuer TEXT NOT NULL,
    client_id TEXT NOT NULL,
    client_secret TEXT NOT NULL,
    -- Passwords refused for the domains the provider serves.
    required BOOLEAN NOT NULL DEFAULT FALSE,
    updated_by INTEGER REFERENCES users (id),
    updated_at TEXT NOT NULL
);

-- The council's email domains whose people sign in through its provider.
ALTER TABLE org_domains ADD COLUMN signs_in_with_provider BOOLEAN NOT NULL DEFAULT FALSE;

-- A sign-in sent to a provider and not yet back: the state (kept as a hash, its value in
-- the browser's cookie too), the nonce the ID token must carry and the PKCE verifier.
-- Used once; kept a day for housekeeping to delete.
CREATE TABLE provider_sign_ins (
    state_hash TEXT PRIMARY KEY,
    org_id INTEGER NOT NULL REFERENCES organisations (id),
    nonce TEXT NOT NULL,
    pkce_verifier TEXT NOT NULL,
    return_to TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT
);
CREATE INDEX provider_sign_ins_created ON provider_sign_ins (created_at);

-- Who a provider's subject is here: found by (issuer, subject) at each sign-in after the
-- first, which linked it by verified email address or created the account.
CREATE TABLE provider_identities (
    issuer TEXT NOT NULL,
    subject TEXT NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users (id),
    org_id INTEGER NOT NULL REFERENCES organisations (id),
    linked_at TEXT NOT NULL,
    last_signed_in_at TEXT NOT NULL,
    PRIMARY KEY (issuer, subject)
);
CREATE INDEX provider_identities_user ON provider_identities (user_id);

-- A session started through a council's provider: the provider, not a second factor
-- here, stands for how the person proved who they are.
ALTER TABLE sessions ADD COLUMN via_provider BOOLEAN NOT NULL DEFAULT FALSE;
