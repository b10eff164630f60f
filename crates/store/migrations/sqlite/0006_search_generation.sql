-- Two counters that move whenever anything a pool search reads changes, in the same
-- transaction as the change: `value` with every such change, `matches` only with changes
-- to which profiles match words and filters (not with free hours). Search results are
-- cached under them, so a cached page is never older than the data (ADR 0007). Triggers,
-- not application code, move them, so no write path can forget to.
CREATE TABLE search_generation (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    value INTEGER NOT NULL,
    matches INTEGER NOT NULL
);
INSERT INTO search_generation (id, value, matches) VALUES (1, 0, 0);

CREATE TRIGGER profile_roles_insert_moves_search_generation AFTER INSERT ON profile_roles
BEGIN UPDATE search_generation SET value = value + 1, matches = matches + 1 WHERE id = 1; END;

CREATE TRIGGER profile_roles_update_moves_search_generation AFTER UPDATE ON profile_roles
BEGIN UPDATE search_generation SET value = value + 1, matches = matches + 1 WHERE id = 1; END;

CREATE TRIGGER profile_roles_delete_moves_search_generation AFTER DELETE ON profile_roles
BEGIN UPDATE search_generation SET value = value + 1, matches = matches + 1 WHERE id = 1; END;

CREATE TRIGGER profile_skills_insert_moves_search_generation AFTER INSERT ON profile_skills
BEGIN UPDATE search_generation SET value = value + 1, matches = matches + 1 WHERE id = 1; END;

CREATE TRIGGER profile_skills_update_moves_search_generation AFTER UPDATE ON profile_skills
BEGIN UPDATE search_generation SET value = value + 1, matches = matches + 1 WHERE id = 1; END;

CREATE TRIGGER profile_skills_delete_moves_search_generation AFTER DELETE ON profile_skills
BEGIN UPDATE search_generation SET value = value + 1, matches = matches + 1 WHERE id = 1; END;

CREATE TRIGGER profile_services_insert_moves_search_generation AFTER INSERT ON profile_services
BEGIN UPDATE search_generation SET value = value + 1, matches = matches + 1 WHERE id = 1; END;

CREATE TRIGGER profile_services_update_moves_search_generation AFTER UPDATE ON profile_services
BEGIN UPDATE search_generation SET value = value + 1, matches = matches + 1 WHERE id = 1; END;

CREATE TRIGGER profile_services_delete_moves_search_generation AFTER DELETE ON profile_services
BEGIN UPDATE search_generation SET value = value + 1, matches = matches + 1 WHERE id = 1; END;

CREATE TRIGGER done_before_insert_moves_search_generation AFTER INSERT ON done_before
BEGIN UPDATE search_generation SET value = value + 1, matches = matches + 1 WHERE id = 1; END;

CREATE TRIGGER done_before_update_moves_search_generation AFTER UPDATE ON done_before
BEGIN UPDATE search_generation SET value = value + 1, matches = matches + 1 WHERE id = 1; END;

CREATE TRIGGER done_before_delete_moves_search_generation AFTER DELETE ON done_before
BEGIN UPDATE search_generation SET value = value + 1, matches = matches + 1 WHERE id = 1; END;

CREATE TRIGGER profiles_insert_moves_search_generation AFTER INSERT ON profiles
BEGIN UPDATE search_generation SET value = value + 1, matches = matches + 1 WHERE id = 1; END;

CREATE TRIGGER profiles_delete_moves_search_generation AFTER DELETE ON profiles
BEGIN UPDATE search_generation SET value = value + 1, matches = matches + 1 WHERE id = 1; END;

CREATE TRIGGER profiles_update_moves_search_generation AFTER UPDATE ON profiles
BEGIN UPDATE search_generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER profiles_match_update_moves_search_generation AFTER UPDATE OF status, display_name, headline, about, region, work_mode, rate_pence ON profiles
BEGIN UPDATE search_generation SET matches = matches + 1 WHERE id = 1; END;

CREATE TRIGGER profile_free_insert_moves_search_generation AFTER INSERT ON profile_free
BEGIN UPDATE search_generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER profile_free_update_moves_search_generation AFTER UPDATE ON profile_free
BEGIN UPDATE search_generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER profile_free_delete_moves_search_generation AFTER DELETE ON profile_free
BEGIN UPDATE search_generation SET value = value + 1 WHERE id = 1; END;
