-- Reference lists managed by platform admins (SPEC §4.12): roles, skills, services and
-- capabilities can be added, changed and retired. A retired entry is no longer offered in
-- any list, while everything that names it keeps it. An entry changed here keeps its
-- change when the shipped list is loaded again; one added here is marked so.
-- Kept in step with ../postgres/0063_reference_lists_managed.sql.
ALTER TABLE ddat_roles ADD COLUMN added_at TEXT;
ALTER TABLE ddat_roles ADD COLUMN changed_at TEXT;
ALTER TABLE ddat_roles ADD COLUMN retired_at TEXT;
ALTER TABLE ddat_levels ADD COLUMN added_at TEXT;
ALTER TABLE ddat_skills ADD COLUMN added_at TEXT;
ALTER TABLE ddat_skills ADD COLUMN changed_at TEXT;
ALTER TABLE ddat_skills ADD COLUMN retired_at TEXT;
ALTER TABLE lgsl_services ADD COLUMN added_at TEXT;
ALTER TABLE lgsl_services ADD COLUMN changed_at TEXT;
ALTER TABLE lgsl_services ADD COLUMN retired_at TEXT;
ALTER TABLE capabilities ADD COLUMN added_at TEXT;
ALTER TABLE capabilities ADD COLUMN changed_at TEXT;
ALTER TABLE capabilities ADD COLUMN retired_at TEXT;

-- Moves with every change to a reference list, in the change's transaction: each
-- instance reloads its copy of the lists when it sees a newer value.
CREATE TABLE reference_generation (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    value BIGINT NOT NULL
);
INSERT INTO reference_generation (id, value) VALUES (1, 0);
