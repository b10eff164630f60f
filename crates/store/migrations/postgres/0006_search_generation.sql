-- A counter that moves whenever anything a pool search reads changes, in the same
-- transaction as the change. Search results are cached under the counter's value, so a
-- cached page is never older than the data (ADR 0007). Triggers, not application code,
-- move it, so no write path can forget to; once per statement, not per row, and
-- before the statement takes its row locks, so the counter is always locked first.
CREATE TABLE search_generation (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    value BIGINT NOT NULL
);
INSERT INTO search_generation (id, value) VALUES (1, 0);

CREATE FUNCTION move_search_generation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE search_generation SET value = value + 1 WHERE id = 1;
    RETURN NULL;
END;
$$;

CREATE TRIGGER profiles_moves_search_generation BEFORE INSERT OR UPDATE OR DELETE ON profiles
FOR EACH STATEMENT EXECUTE FUNCTION move_search_generation();

CREATE TRIGGER profile_roles_moves_search_generation BEFORE INSERT OR UPDATE OR DELETE ON profile_roles
FOR EACH STATEMENT EXECUTE FUNCTION move_search_generation();

CREATE TRIGGER profile_skills_moves_search_generation BEFORE INSERT OR UPDATE OR DELETE ON profile_skills
FOR EACH STATEMENT EXECUTE FUNCTION move_search_generation();

CREATE TRIGGER profile_services_moves_search_generation BEFORE INSERT OR UPDATE OR DELETE ON profile_services
FOR EACH STATEMENT EXECUTE FUNCTION move_search_generation();

CREATE TRIGGER done_before_moves_search_generation BEFORE INSERT OR UPDATE OR DELETE ON done_before
FOR EACH STATEMENT EXECUTE FUNCTION move_search_generation();

CREATE TRIGGER profile_free_moves_search_generation BEFORE INSERT OR UPDATE OR DELETE ON profile_free
FOR EACH STATEMENT EXECUTE FUNCTION move_search_generation();

CREATE TRIGGER profile_search_moves_search_generation BEFORE INSERT OR UPDATE OR DELETE ON profile_search
FOR EACH STATEMENT EXECUTE FUNCTION move_search_generation();
