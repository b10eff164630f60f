-- Moderation (domain::moderation): what a platform admin hid, why, whom it told, their
-- one appeal and the decision on it. Each kind of post carries `hidden_at` while hidden,
-- which its lists, search, API and open data leave out.
-- Kept in step with ../sqlite/0061_moderation.sql.
CREATE TABLE moderations (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('profile', 'opportunity', 'question', 'problem', 'project')),
    subject_id BIGINT NOT NULL,
    org_id BIGINT REFERENCES organisations (id),
    owner_id BIGINT REFERENCES users (id),
    title TEXT NOT NULL,
    -- A hidden listed profile is paused; it is listed again only if restored while paused.
    was_listed BOOLEAN NOT NULL DEFAULT FALSE,
    reason TEXT NOT NULL,
    hidden_by BIGINT NOT NULL REFERENCES users (id),
    hidden_at TIMESTAMPTZ NOT NULL,
    appeal TEXT,
    appealed_at TIMESTAMPTZ,
    decision TEXT CHECK (decision IN ('restored', 'upheld')),
    decision_note TEXT,
    decided_by BIGINT REFERENCES users (id),
    decided_at TIMESTAMPTZ,
    CHECK ((appeal IS NULL) = (appealed_at IS NULL)),
    CHECK (decision IS NULL OR appealed_at IS NOT NULL)
);
-- A post has at most one moderation that still hides it.
CREATE UNIQUE INDEX moderations_standing ON moderations (kind, subject_id)
    WHERE decision IS NULL OR decision = 'upheld';
CREATE INDEX moderations_newest ON moderations (id) WHERE decision IS NULL OR decision = 'upheld';
CREATE INDEX moderations_owner ON moderations (owner_id);

ALTER TABLE profiles ADD COLUMN hidden_at TIMESTAMPTZ;
ALTER TABLE opportunities ADD COLUMN hidden_at TIMESTAMPTZ;
ALTER TABLE opportunity_questions ADD COLUMN hidden_at TIMESTAMPTZ;
ALTER TABLE problems ADD COLUMN hidden_at TIMESTAMPTZ;
ALTER TABLE projects ADD COLUMN hidden_at TIMESTAMPTZ;
CREATE INDEX moderations_waiting ON moderations (appealed_at, id) WHERE appealed_at IS NOT NULL AND decision IS NULL;
