-- Every API token expires (0016), but SQLite could only add the column as nullable:
-- rebuild the table so that the database itself refuses a token without an expiry, as
-- PostgreSQL's does. No other table refers to api_tokens.

CREATE TABLE api_tokens_rebuilt (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id),
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    scopes TEXT NOT NULL,
    created_at TEXT NOT NULL,
    last_used_at TEXT,
    revoked_at TEXT,
    expires_at TEXT NOT NULL
);
INSERT INTO api_tokens_rebuilt (id, user_id, name, token_hash, scopes, created_at, last_used_at, revoked_at, expires_at)
SELECT id, user_id, name, token_hash, scopes, created_at, last_used_at, revoked_at,
       COALESCE(expires_at, strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now', '+90 days'))
FROM api_tokens;
DROP TABLE api_tokens;
ALTER TABLE api_tokens_rebuilt RENAME TO api_tokens;
CREATE INDEX api_tokens_user ON api_tokens (user_id);
