-- The talent pool: reference lists (DDaT roles, levels and skills; LGSL services),
-- practitioner profiles, rate cards, weekly capacity and holds, search, notifications.
-- Kept in step with ../postgres/0002_talent_pool.sql.

CREATE TABLE ddat_roles (
    id INTEGER PRIMARY KEY,
    family TEXT NOT NULL,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE ddat_levels (
    id INTEGER PRIMARY KEY,
    role_id INTEGER NOT NULL REFERENCES ddat_roles (id),
    name TEXT NOT NULL,
    band INTEGER NOT NULL,
    UNIQUE (role_id, name)
);

CREATE TABLE ddat_skills (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL
);

CREATE TABLE ddat_role_skills (
    role_id INTEGER NOT NULL REFERENCES ddat_roles (id),
    skill_id INTEGER NOT NULL REFERENCES ddat_skills (id),
    PRIMARY KEY (role_id, skill_id)
);

CREATE TABLE lgsl_services (
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL,
    description TEXT NOT NULL
);

CREATE TABLE profiles (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL UNIQUE REFERENCES users (id),
    org_id INTEGER NOT NULL REFERENCES organisations (id),
    display_name TEXT NOT NULL,
    headline TEXT NOT NULL DEFAULT '',
    about TEXT NOT NULL DEFAULT '',
    region TEXT,
    work_mode TEXT NOT NULL DEFAULT 'remote' CHECK (work_mode IN ('remote', 'on_site', 'either')),
    contact_email TEXT,
    status TEXT NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'awaiting_approval', 'listed', 'paused', 'withdrawn')),
    decision_reason TEXT,
    manager_notes TEXT,
    rate_override_pence INTEGER,
    rate_pence INTEGER,
    capacity_minutes INTEGER NOT NULL DEFAULT 0,
    available_from TEXT,
    available_to TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    listed_at TEXT
);
CREATE INDEX profiles_org ON profiles (org_id, status);
CREATE INDEX profiles_listed ON profiles (status, rate_pence);

CREATE TABLE profile_roles (
    profile_id INTEGER NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
    role_id INTEGER NOT NULL REFERENCES ddat_roles (id),
    level_id INTEGER NOT NULL REFERENCES ddat_levels (id),
    position INTEGER NOT NULL,
    PRIMARY KEY (profile_id, role_id)
);
CREATE INDEX profile_roles_role ON profile_roles (role_id, profile_id);
CREATE INDEX profile_roles_level ON profile_roles (level_id, profile_id);

CREATE TABLE profile_skills (
    profile_id INTEGER NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
    skill_id INTEGER NOT NULL REFERENCES ddat_skills (id),
    PRIMARY KEY (profile_id, skill_id)
);
CREATE INDEX profile_skills_skill ON profile_skills (skill_id, profile_id);

CREATE TABLE profile_services (
    profile_id INTEGER NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
    lgsl_id INTEGER NOT NULL REFERENCES lgsl_services (id),
    PRIMARY KEY (profile_id, lgsl_id)
);
CREATE INDEX profile_services_service ON profile_services (lgsl_id, profile_id);

CREATE TABLE done_before (
    id INTEGER PRIMARY KEY,
    profile_id INTEGER NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    lgsl_id INTEGER REFERENCES lgsl_services (id),
    delivered TEXT NOT NULL,
    year INTEGER NOT NULL,
    link TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX done_before_profile ON done_before (profile_id);

-- Weeks are ISO weeks in Europe/London, stored as the date of their Monday.
CREATE TABLE unavailable_weeks (
    profile_id INTEGER NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
    week_start TEXT NOT NULL,
    PRIMARY KEY (profile_id, week_start)
);

-- Hours taken from a week's capacity: by a booking request while it waits for answers,
-- by an approved booking or an awarded contract. Released holds keep their row.
CREATE TABLE capacity_holds (
    id INTEGER PRIMARY KEY,
    profile_id INTEGER NOT NULL REFERENCES profiles (id),
    week_start TEXT NOT NULL,
    minutes INTEGER NOT NULL CHECK (minutes > 0),
    kind TEXT NOT NULL CHECK (kind IN ('request', 'booking', 'contract')),
    source_type TEXT NOT NULL,
    source_id INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    released_at TEXT
);
CREATE INDEX capacity_holds_week ON capacity_holds (profile_id, week_start) WHERE released_at IS NULL;
CREATE INDEX capacity_holds_source ON capacity_holds (source_type, source_id);

CREATE TABLE rate_cards (
    org_id INTEGER NOT NULL REFERENCES organisations (id),
    level_id INTEGER NOT NULL REFERENCES ddat_levels (id),
    rate_pence INTEGER NOT NULL CHECK (rate_pence > 0),
    updated_at TEXT NOT NULL,
    updated_by INTEGER REFERENCES users (id),
    PRIMARY KEY (org_id, level_id)
);

-- Full-text search over headline, about, skills and done-before, rewritten in the same
-- transaction as every change to a profile. Porter stemming, like PostgreSQL's 'english'.
CREATE VIRTUAL TABLE profile_search USING fts5 (
    headline, about, skills, done_before,
    tokenize = 'porter unicode61'
);

CREATE TABLE notifications (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id),
    message_key TEXT NOT NULL,
    args_json TEXT NOT NULL,
    link TEXT NOT NULL,
    created_at TEXT NOT NULL,
    read_at TEXT
);
CREATE INDEX notifications_user ON notifications (user_id, id);

-- Which version of each embedded reference list is loaded, so start-up skips unchanged ones.
CREATE TABLE reference_data (
    name TEXT PRIMARY KEY,
    checksum TEXT NOT NULL
);
