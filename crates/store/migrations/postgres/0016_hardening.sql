-- Hardening for production (kept in step with ../sqlite/0016_hardening.sql):
-- counters for rate limits that hold across instances; API tokens that expire; email
-- bodies with one-time links redacted once sent.

CREATE TABLE rate_limit_hits (
    bucket TEXT NOT NULL,
    subject TEXT NOT NULL,
    window_start TIMESTAMPTZ NOT NULL,
    hits BIGINT NOT NULL,
    PRIMARY KEY (bucket, subject, window_start)
);
CREATE INDEX rate_limit_hits_window ON rate_limit_hits (window_start);

-- Tokens made before expiry existed get the default lifetime from now.
ALTER TABLE api_tokens ADD COLUMN expires_at TIMESTAMPTZ;
UPDATE api_tokens SET expires_at = now() + INTERVAL '90 days';
ALTER TABLE api_tokens ALTER COLUMN expires_at SET NOT NULL;

ALTER TABLE outbox_emails ADD COLUMN one_time_link BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE outbox_emails ADD COLUMN redacted_at TIMESTAMPTZ;
UPDATE outbox_emails SET one_time_link = TRUE
WHERE body_text LIKE '%/verify/%' OR body_text LIKE '%/reset-password/%';
UPDATE outbox_emails SET body_text = '', redacted_at = now()
WHERE one_time_link AND status <> 'pending';
