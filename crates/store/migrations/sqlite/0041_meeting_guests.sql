-- Guests a lead invites to one meeting by email (SPEC §4.8, issue 18): people from outside
-- the group's councils (government, suppliers). The emailed link (its hash kept here) makes
-- a guest account, or joins the invitation to the address's account; the guest then sees
-- only that meeting's page and agenda and keeps their own registration. A guest is named in
-- the published write-up only if they agreed.
CREATE TABLE meeting_guests (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings (id),
    email TEXT NOT NULL,
    name TEXT NOT NULL,
    organisation TEXT NOT NULL,
    token_hash TEXT UNIQUE,
    user_id INTEGER REFERENCES users (id),
    may_name BOOLEAN NOT NULL DEFAULT FALSE,
    invited_by INTEGER NOT NULL REFERENCES users (id),
    invited_at TEXT NOT NULL,
    accepted_at TEXT,
    withdrawn_at TEXT,
    UNIQUE (meeting_id, email)
);
-- Whether a person is a guest of a meeting, asked on every page of it.
CREATE INDEX meeting_guests_user ON meeting_guests (user_id, meeting_id) WHERE user_id IS NOT NULL;
