-- A counter that moves whenever anything a pool search reads changes, in the same
-- transaction as the change. Search results are cached under the counter's value, so a
-- cached page is never older than the data (ADR 0007). Triggers, not application code,
-- move it, so no write path can forget to.
CREATE TABLE search_generation (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    value INTEGER NOT NULL
);
INSERT INTO search_generation (id, value) VALUES (1, 0);

CREATE TRIGGER profiles_insert_moves_search_generation AFTER INSERT ON profiles
BEGIN UPDATE search_generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER profiles_update_moves_search_generation AFTER UPDATE ON profiles
BEGIN UPDATE search_generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER profiles_delete_moves_search_generation AFTER DELETE ON profiles
BEGIN UPDATE search_generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER profile_roles_insert_moves_search_generation AFTER INSERT ON profile_roles
BEGIN UPDATE search_generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER profile_roles_update_moves_search_generation AFTER UPDATE ON profile_roles
BEGIN UPDATE search_generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER profile_roles_delete_moves_search_generation AFTER DELETE ON profile_roles
BEGIN UPDATE search_generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER profile_skills_insert_moves_search_generation AFTER INSERT ON profile_skills
BEGIN UPDATE search_generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER profile_skills_update_moves_search_generation AFTER UPDATE ON profile_skills
BEGIN UPDATE search_generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER profile_skills_delete_moves_search_generation AFTER DELETE ON profile_skills
BEGIN UPDATE search_generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER profile_services_insert_moves_search_generation AFTER INSERT ON profile_services
BEGIN UPDATE search_generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER profile_services_update_moves_search_generation AFTER UPDATE ON profile_services
BEGIN UPDATE search_generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER profile_services_delete_moves_search_generation AFTER DELETE ON profile_services
BEGIN UPDATE search_generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER done_before_insert_moves_search_generation AFTER INSERT ON done_before
BEGIN UPDATE search_generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER done_before_update_moves_search_generation AFTER UPDATE ON done_before
BEGIN UPDATE search_generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER done_before_delete_moves_search_generation AFTER DELETE ON done_before
BEGIN UPDATE search_generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER profile_free_insert_moves_search_generation AFTER INSERT ON profile_free
BEGIN UPDATE search_generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER profile_free_update_moves_search_generation AFTER UPDATE ON profile_free
BEGIN UPDATE search_generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER profile_free_delete_moves_search_generation AFTER DELETE ON profile_free
BEGIN UPDATE search_generation SET value = value + 1 WHERE id = 1; END;
