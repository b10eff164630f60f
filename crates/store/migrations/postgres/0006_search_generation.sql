-- Two counters that move whenever anything a pool search reads changes, in the same
-- transaction as the change: `value` with every such change, `matches` only with changes
-- to which profiles match words and filters (not with free hours). Search results are
-- cached under them, so a cached page is never older than the data (ADR 0007). Triggers,
-- not application code, move them, so no write path can forget to; once per statement,
-- not per row, and before the statement takes its row locks, so the counters are always
-- locked first.
CREATE TABLE search_generation (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    value BIGINT NOT NULL,
    matches BIGINT NOT NULL
);
INSERT INTO search_generation (id, value, matches) VALUES (1, 0, 0);

CREATE FUNCTION move_search_generation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_ARGV[0] = 'matches' THEN
        UPDATE search_generation SET value = value + 1, matches = matches + 1 WHERE id = 1;
    ELSE
        UPDATE search_generation SET value = value + 1 WHERE id = 1;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER profile_roles_moves_search_generation BEFORE INSERT OR UPDATE OR DELETE ON profile_roles
FOR EACH STATEMENT EXECUTE FUNCTION move_search_generation('matches');

CREATE TRIGGER profile_skills_moves_search_generation BEFORE INSERT OR UPDATE OR DELETE ON profile_skills
FOR EACH STATEMENT EXECUTE FUNCTION move_search_generation('matches');

CREATE TRIGGER profile_services_moves_search_generation BEFORE INSERT OR UPDATE OR DELETE ON profile_services
FOR EACH STATEMENT EXECUTE FUNCTION move_search_generation('matches');

CREATE TRIGGER done_before_moves_search_generation BEFORE INSERT OR UPDATE OR DELETE ON done_before
FOR EACH STATEMENT EXECUTE FUNCTION move_search_generation('matches');

CREATE TRIGGER profile_search_moves_search_generation BEFORE INSERT OR UPDATE OR DELETE ON profile_search
FOR EACH STATEMENT EXECUTE FUNCTION move_search_generation('matches');

CREATE TRIGGER profiles_match_moves_search_generation BEFORE INSERT OR DELETE OR UPDATE OF status, display_name, headline, about, region, work_mode, rate_pence ON profiles
FOR EACH STATEMENT EXECUTE FUNCTION move_search_generation('matches');

CREATE TRIGGER profiles_moves_search_generation BEFORE UPDATE ON profiles
FOR EACH STATEMENT EXECUTE FUNCTION move_search_generation('value');

CREATE TRIGGER profile_free_moves_search_generation BEFORE INSERT OR UPDATE OR DELETE ON profile_free
FOR EACH STATEMENT EXECUTE FUNCTION move_search_generation('value');
