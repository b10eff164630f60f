-- A person's notification preferences (SPEC §4.9, issue 18): every notification is shown
-- in the service; the topics listed here with email off are not also emailed. No row: on.
CREATE TABLE notification_preferences (
    user_id INTEGER NOT NULL REFERENCES users (id),
    topic TEXT NOT NULL CHECK (topic IN ('work', 'opportunities', 'profile', 'components', 'groups', 'posts')),
    email BOOLEAN NOT NULL,
    PRIMARY KEY (user_id, topic)
);
