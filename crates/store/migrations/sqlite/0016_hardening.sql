-- Hardening for production (kept in step with ../postgres/0016_hardening.sql):
-- counters for rate limits that hold across instances; API tokens that expire; email
-- bodies with one-time links redacted once sent.

CREATE TABLE rate_limit_hits (
    bucket TEXT NOT NULL,
    subject TEXT NOT NULL,
    window_start TEXT NOT NULL,
    hits INTEGER NOT NULL,
    PRIMARY KEY (bucket, subject, window_start)
);
CREATE INDEX rate_limit_hits_window ON rate_limit_hits (window_start);

-- Tokens made before expiry existed get the default lifetime from now.
ALTER TABLE api_tokens ADD COLUMN expires_at TEXT;
UPDATE api_tokens SET expires_at = strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now', '+90 days');

ALTER TABLE outbox_emails ADD COLUMN one_time_link BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE outbox_emails ADD COLUMN redacted_at TEXT;
UPDATE outbox_emails SET one_time_link = TRUE
WHERE body_text LIKE '%/verify/%' OR body_text LIKE '%/reset-password/%';
UPDATE outbox_emails SET body_text = '', redacted_at = strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')
WHERE one_time_link AND status <> 'pending';
