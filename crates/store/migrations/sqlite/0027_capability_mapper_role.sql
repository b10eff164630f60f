-- The capability mapper role (issue 17): a council admin gives it to the people who keep
-- the council's capability map. SQLite cannot change a CHECK, so the table is rebuilt
-- (nothing refers to it).
CREATE TABLE membership_roles_new (
    membership_id INTEGER NOT NULL REFERENCES memberships (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('practitioner', 'manager', 'buyer', 'finance', 'council_admin', 'capability_mapper')),
    granted_at TEXT NOT NULL,
    PRIMARY KEY (membership_id, role)
);
INSERT INTO membership_roles_new (membership_id, role, granted_at)
    SELECT membership_id, role, granted_at FROM membership_roles;
DROP TABLE membership_roles;
ALTER TABLE membership_roles_new RENAME TO membership_roles;
