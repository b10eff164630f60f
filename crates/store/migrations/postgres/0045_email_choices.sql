-- How each person wants each kind of notification emailed (SPEC §4.9, issue 19): at once,
-- in a daily digest, or not at all. No row: at once. Replaces notification_preferences,
-- whose broader topics split into the kinds below with the same choice.
CREATE TABLE email_choices (
    user_id BIGINT NOT NULL REFERENCES users (id),
    topic TEXT NOT NULL CHECK (topic IN ('approvals', 'bookings', 'applications', 'questions', 'time',
                                         'invoices', 'groups', 'profile', 'components', 'posts')),
    delivery TEXT NOT NULL CHECK (delivery IN ('immediately', 'daily', 'off')),
    PRIMARY KEY (user_id, topic)
);

INSERT INTO email_choices (user_id, topic, delivery)
SELECT p.user_id, k.topic, CASE WHEN p.email THEN 'immediately' ELSE 'off' END
FROM notification_preferences p
JOIN (SELECT 'work' AS old, 'approvals' AS topic
      UNION ALL SELECT 'work', 'bookings'
      UNION ALL SELECT 'work', 'time'
      UNION ALL SELECT 'work', 'invoices'
      UNION ALL SELECT 'opportunities', 'applications'
      UNION ALL SELECT 'opportunities', 'questions'
      UNION ALL SELECT 'profile', 'profile'
      UNION ALL SELECT 'components', 'components'
      UNION ALL SELECT 'groups', 'groups'
      UNION ALL SELECT 'posts', 'posts') k ON k.old = p.topic;

DROP TABLE notification_preferences;

-- Notifications waiting for their person's next daily digest, found per person.
ALTER TABLE notifications ADD COLUMN digest_pending BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX notifications_digest_pending ON notifications (user_id, id) WHERE digest_pending;

-- One-click unsubscribe (RFC 8058) from digests and alerts: each such email carries a
-- secret link, kept as a hash, that turns its emails off without signing in. The scope
-- is a kind of notification, or 'digest' for every kind sent in the daily digest.
CREATE TABLE email_unsubscribes (
    token_hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id),
    scope TEXT NOT NULL CHECK (scope IN ('digest', 'approvals', 'bookings', 'applications', 'questions', 'time',
                                         'invoices', 'groups', 'profile', 'components', 'posts')),
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX email_unsubscribes_created ON email_unsubscribes (created_at);

-- The one-click address an outgoing email names in its List-Unsubscribe header.
ALTER TABLE outbox_emails ADD COLUMN unsubscribe_url TEXT;
