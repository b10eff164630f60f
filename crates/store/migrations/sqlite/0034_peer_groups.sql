-- Peer groups (SPEC §4.8, issue 18): regional groups of councils whose digital teams meet.
-- A platform admin creates a group; its leads invite councils, whose admins accept; the
-- people of member councils join it.
CREATE TABLE peer_groups (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE,
    region TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    chat_link TEXT,
    -- A secret: never shown back in full, never logged.
    webhook_url TEXT,
    created_by INTEGER NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX peer_groups_name ON peer_groups (name);

-- The councils a group invited, and those that accepted.
CREATE TABLE peer_group_councils (
    group_id INTEGER NOT NULL REFERENCES peer_groups (id),
    org_id INTEGER NOT NULL REFERENCES organisations (id),
    standing TEXT NOT NULL CHECK (standing IN ('invited', 'member')),
    invited_by INTEGER NOT NULL REFERENCES users (id),
    invited_at TEXT NOT NULL,
    answered_by INTEGER REFERENCES users (id),
    answered_at TEXT,
    PRIMARY KEY (group_id, org_id)
);
CREATE INDEX peer_group_councils_org ON peer_group_councils (org_id, group_id);

-- The people who joined a group, each for one of its member councils; some lead it.
CREATE TABLE peer_group_people (
    group_id INTEGER NOT NULL REFERENCES peer_groups (id),
    user_id INTEGER NOT NULL REFERENCES users (id),
    org_id INTEGER NOT NULL REFERENCES organisations (id),
    lead BOOLEAN NOT NULL DEFAULT FALSE,
    joined_at TEXT NOT NULL,
    PRIMARY KEY (group_id, user_id)
);
CREATE INDEX peer_group_people_user ON peer_group_people (user_id, group_id);
CREATE INDEX peer_group_people_org ON peer_group_people (group_id, org_id);
