-- Free hours move a counter of their own, `free`, and each profile_free row is stamped with
-- the `free` of its last change. A cached search page stays valid while `value` has not
-- moved and no profile changed since could enter it (ADR 0007): a booking no longer
-- empties every cached page. `value` now moves with every other change a search reads.
ALTER TABLE search_generation ADD COLUMN free BIGINT NOT NULL DEFAULT 0;
ALTER TABLE profile_free ADD COLUMN generation BIGINT NOT NULL DEFAULT 0;
CREATE INDEX profile_free_generation ON profile_free (generation);

CREATE OR REPLACE FUNCTION move_search_generation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_ARGV[0] = 'matches' THEN
        UPDATE search_generation SET value = value + 1, matches = matches + 1 WHERE id = 1;
    ELSIF TG_ARGV[0] = 'free' THEN
        UPDATE search_generation SET free = free + 1 WHERE id = 1;
    ELSE
        UPDATE search_generation SET value = value + 1 WHERE id = 1;
    END IF;
    RETURN NULL;
END;
$$;

DROP TRIGGER profile_free_moves_search_generation ON profile_free;
CREATE TRIGGER profile_free_moves_search_generation BEFORE INSERT OR UPDATE ON profile_free
FOR EACH STATEMENT EXECUTE FUNCTION move_search_generation('free');
-- A row that goes takes its stamp with it, so deleting one moves `value`.
CREATE TRIGGER profile_free_delete_moves_search_generation BEFORE DELETE ON profile_free
FOR EACH STATEMENT EXECUTE FUNCTION move_search_generation('value');

-- Row triggers fire after the statement's move, whose row lock this transaction holds: the
-- stamp is never below the `free` of any page computed before this change commits.
CREATE FUNCTION stamp_free_generation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.generation := (SELECT free FROM search_generation WHERE id = 1);
    RETURN NEW;
END;
$$;
CREATE TRIGGER profile_free_stamped BEFORE INSERT OR UPDATE ON profile_free
FOR EACH ROW EXECUTE FUNCTION stamp_free_generation();
