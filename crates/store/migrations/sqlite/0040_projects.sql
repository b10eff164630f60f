-- "Show and tell" (SPEC §4.8, issue 18): a council posts a project it is working on, to one
-- peer group or to everyone signed in, with its phase, the service it is for, the component
-- it provides (so the capability map shows it) and the team's pool profiles; other councils
-- give feedback and say they would reuse it or are doing the same; the council answers.
CREATE TABLE projects (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL REFERENCES organisations (id),
    posted_by INTEGER NOT NULL REFERENCES users (id),
    group_id INTEGER REFERENCES peer_groups (id),
    title TEXT NOT NULL,
    lgsl_id INTEGER REFERENCES lgsl_services (id),
    phase TEXT NOT NULL CHECK (phase IN ('discovery', 'alpha', 'beta', 'live')),
    description TEXT NOT NULL,
    links TEXT NOT NULL DEFAULT '',
    component_id INTEGER REFERENCES components (id),
    agenda_item_id INTEGER REFERENCES agenda_items (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX projects_audience ON projects (group_id, id);
CREATE INDEX projects_component ON projects (component_id, id) WHERE component_id IS NOT NULL;
CREATE INDEX projects_agenda_item ON projects (agenda_item_id) WHERE agenda_item_id IS NOT NULL;

CREATE TABLE project_team (
    project_id INTEGER NOT NULL REFERENCES projects (id),
    profile_id INTEGER NOT NULL REFERENCES profiles (id),
    PRIMARY KEY (project_id, profile_id)
);

CREATE TABLE project_responses (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES projects (id),
    user_id INTEGER NOT NULL REFERENCES users (id),
    org_id INTEGER NOT NULL REFERENCES organisations (id),
    kind TEXT NOT NULL CHECK (kind IN ('feedback', 'would_reuse', 'doing_same')),
    body TEXT NOT NULL,
    answer TEXT,
    answered_by INTEGER REFERENCES users (id),
    answered_at TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX project_responses_project ON project_responses (project_id, id);
