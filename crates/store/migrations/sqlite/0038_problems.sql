-- "Bring a problem" (SPEC §4.8, issue 18): a council's person describes a problem, to one
-- peer group or to everyone signed in; others offer help; the owner marks it solved or
-- turns it into a draft opportunity (linked both ways), and can put it on a meeting's
-- "Bring a problem" agenda item.
CREATE TABLE problems (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL REFERENCES organisations (id),
    posted_by INTEGER NOT NULL REFERENCES users (id),
    -- None: to everyone signed in.
    group_id INTEGER REFERENCES peer_groups (id),
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    lgsl_id INTEGER REFERENCES lgsl_services (id),
    tried TEXT NOT NULL DEFAULT '',
    links TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'solved', 'opportunity')),
    opportunity_id INTEGER REFERENCES opportunities (id),
    agenda_item_id INTEGER REFERENCES agenda_items (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK ((status = 'opportunity') = (opportunity_id IS NOT NULL))
);
-- Problems to everyone, and a group's, newest first; the one an opportunity came from;
-- those on an agenda item.
CREATE INDEX problems_audience ON problems (group_id, id);
CREATE INDEX problems_opportunity ON problems (opportunity_id) WHERE opportunity_id IS NOT NULL;
CREATE INDEX problems_agenda_item ON problems (agenda_item_id) WHERE agenda_item_id IS NOT NULL;

CREATE TABLE problem_replies (
    id INTEGER PRIMARY KEY,
    problem_id INTEGER NOT NULL REFERENCES problems (id),
    user_id INTEGER NOT NULL REFERENCES users (id),
    org_id INTEGER NOT NULL REFERENCES organisations (id),
    kind TEXT NOT NULL CHECK (kind IN ('advice', 'solved_this', 'practitioner')),
    body TEXT NOT NULL,
    profile_id INTEGER REFERENCES profiles (id),
    created_at TEXT NOT NULL,
    CHECK ((kind = 'practitioner') = (profile_id IS NOT NULL))
);
CREATE INDEX problem_replies_problem ON problem_replies (problem_id, id);
