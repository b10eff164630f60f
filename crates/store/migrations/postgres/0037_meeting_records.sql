-- What a peer group records on the day and after (issue 18): who came, notes per agenda
-- item (each published in the write-up or kept to the group), what each table reported
-- from a workshop, the actions agreed (carried into later meetings' review of actions
-- until done or dropped), themes and standing items proposed for future meetings with
-- members' votes, councils' offers to host, and each meeting's write-up.
ALTER TABLE meeting_registrations ADD COLUMN attended BOOLEAN;
ALTER TABLE agenda_items ADD COLUMN notes TEXT NOT NULL DEFAULT '';
ALTER TABLE agenda_items ADD COLUMN notes_published BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE table_feedback (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id BIGINT NOT NULL REFERENCES meetings (id),
    table_name TEXT NOT NULL,
    approach TEXT NOT NULL DEFAULT '',
    findings TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX table_feedback_meeting ON table_feedback (meeting_id, id);

CREATE TABLE group_actions (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    group_id BIGINT NOT NULL REFERENCES peer_groups (id),
    meeting_id BIGINT NOT NULL REFERENCES meetings (id),
    title TEXT NOT NULL,
    owner_user_id BIGINT REFERENCES users (id),
    owner_org_id BIGINT REFERENCES organisations (id),
    due_on DATE,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    CHECK (owner_user_id IS NULL OR owner_org_id IS NULL)
);
-- The actions a meeting agreed; a group's open ones, to carry into its next meeting.
CREATE INDEX group_actions_meeting ON group_actions (meeting_id, id);
CREATE INDEX group_actions_open ON group_actions (group_id, status, id);
CREATE INDEX group_actions_owner ON group_actions (owner_user_id, status) WHERE owner_user_id IS NOT NULL;

-- What each meeting's review of actions decided about each action it reviewed.
CREATE TABLE action_reviews (
    action_id BIGINT NOT NULL REFERENCES group_actions (id),
    meeting_id BIGINT NOT NULL REFERENCES meetings (id),
    outcome TEXT NOT NULL CHECK (outcome IN ('done', 'carried', 'dropped')),
    reviewed_by BIGINT NOT NULL REFERENCES users (id),
    reviewed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (meeting_id, action_id)
);

CREATE TABLE group_themes (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    group_id BIGINT NOT NULL REFERENCES peer_groups (id),
    kind TEXT NOT NULL CHECK (kind IN ('theme', 'standing_item')),
    title TEXT NOT NULL,
    proposed_by BIGINT NOT NULL REFERENCES users (id),
    created_at TIMESTAMPTZ NOT NULL,
    UNIQUE (group_id, title)
);
CREATE TABLE theme_votes (
    theme_id BIGINT NOT NULL REFERENCES group_themes (id),
    user_id BIGINT NOT NULL REFERENCES users (id),
    voted_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (theme_id, user_id)
);

CREATE TABLE hosting_offers (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    group_id BIGINT NOT NULL REFERENCES peer_groups (id),
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    note TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'offered' CHECK (status IN ('offered', 'accepted', 'declined')),
    offered_by BIGINT NOT NULL REFERENCES users (id),
    offered_at TIMESTAMPTZ NOT NULL,
    answered_by BIGINT REFERENCES users (id),
    answered_at TIMESTAMPTZ
);
CREATE INDEX hosting_offers_group ON hosting_offers (group_id, status, id);

-- A meeting's write-up: the lead's summary, and when it was published (none: a draft).
CREATE TABLE meeting_writeups (
    meeting_id BIGINT PRIMARY KEY REFERENCES meetings (id),
    summary TEXT NOT NULL DEFAULT '',
    published_at TIMESTAMPTZ,
    updated_by BIGINT NOT NULL REFERENCES users (id),
    updated_at TIMESTAMPTZ NOT NULL
);
