-- A peer group's meetings (SPEC §4.8, issue 18): when (UTC; shown in London time) and
-- where, who hosts, how many it holds; its agenda in order; and who registered, with the
-- waiting list in the order people joined it.
CREATE TABLE meetings (
    id INTEGER PRIMARY KEY,
    group_id INTEGER NOT NULL REFERENCES peer_groups (id),
    theme TEXT NOT NULL,
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL,
    host_org_id INTEGER REFERENCES organisations (id),
    venue TEXT,
    online_link TEXT,
    capacity INTEGER NOT NULL CHECK (capacity BETWEEN 1 AND 1000),
    status TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'cancelled')),
    created_by INTEGER NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (ends_at > starts_at)
);
-- A group's meetings, upcoming and past, by date.
CREATE INDEX meetings_group ON meetings (group_id, starts_at);

CREATE TABLE agenda_items (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings (id),
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('welcome', 'talk', 'debate', 'workshop', 'bring_a_problem',
        'show_and_tell', 'review_of_actions', 'future_themes')),
    title TEXT NOT NULL,
    -- A member who speaks, or a guest named here.
    speaker_user_id INTEGER REFERENCES users (id),
    speaker_name TEXT,
    minutes INTEGER NOT NULL CHECK (minutes BETWEEN 0 AND 600),
    links TEXT NOT NULL DEFAULT '',
    UNIQUE (meeting_id, position)
);

-- Registrations: a place, a place on the waiting list (in order of id), or cancelled.
CREATE TABLE meeting_registrations (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings (id),
    user_id INTEGER NOT NULL REFERENCES users (id),
    place TEXT NOT NULL CHECK (place IN ('registered', 'waiting', 'cancelled')),
    registered_at TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    UNIQUE (meeting_id, user_id)
);
CREATE INDEX meeting_registrations_place ON meeting_registrations (meeting_id, place, id);
CREATE INDEX meeting_registrations_user ON meeting_registrations (user_id, place);
