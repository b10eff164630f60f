-- Each profile's level bands as bits (bit n set: a role at a level of band n), kept by
-- a trigger on profile_roles, so that the pool search checks a band on the profile's own
-- row instead of joining its roles and their levels for each profile it reads (ADR 0014).
ALTER TABLE profiles ADD COLUMN level_bands BIGINT NOT NULL DEFAULT 0;

CREATE FUNCTION level_bands_of(profile BIGINT) RETURNS BIGINT LANGUAGE sql STABLE AS $$
    SELECT COALESCE(SUM(DISTINCT (CAST(1 AS BIGINT) << CAST(l.band AS INTEGER))), 0)::BIGINT
    FROM profile_roles pr JOIN ddat_levels l ON l.id = pr.level_id WHERE pr.profile_id = profile
$$;

UPDATE profiles SET level_bands = level_bands_of(id);

CREATE FUNCTION set_level_bands() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE profiles SET level_bands = level_bands_of(OLD.profile_id) WHERE id = OLD.profile_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        UPDATE profiles SET level_bands = level_bands_of(NEW.profile_id) WHERE id = NEW.profile_id;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER profile_roles_set_level_bands AFTER INSERT OR UPDATE OR DELETE ON profile_roles
FOR EACH ROW EXECUTE FUNCTION set_level_bands();
