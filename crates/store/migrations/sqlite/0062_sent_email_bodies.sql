-- Sent emails keep no body (domain::retention): the outbox empties each as it sends. This
-- empties the bodies of those sent before it did, once, instead of the daily retention
-- run scanning the outbox for them.
-- Kept in step with ../postgres/0062_sent_email_bodies.sql.
UPDATE outbox_emails SET body_text = '', redacted_at = COALESCE(sent_at, strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'))
WHERE status = 'sent' AND redacted_at IS NULL;
