-- Each profile's level bands as bits (bit n set: a role at a level of band n), kept by
-- triggers on profile_roles, so that the pool search checks a band on the profile's own
-- row instead of joining its roles and their levels for each profile it reads (ADR 0014).
ALTER TABLE profiles ADD COLUMN level_bands INTEGER NOT NULL DEFAULT 0;

UPDATE profiles SET level_bands = COALESCE((
    SELECT SUM(DISTINCT 1 << l.band) FROM profile_roles pr JOIN ddat_levels l ON l.id = pr.level_id
    WHERE pr.profile_id = profiles.id), 0);

CREATE TRIGGER profile_roles_insert_sets_level_bands AFTER INSERT ON profile_roles
BEGIN
    UPDATE profiles SET level_bands = COALESCE((
        SELECT SUM(DISTINCT 1 << l.band) FROM profile_roles pr JOIN ddat_levels l ON l.id = pr.level_id
        WHERE pr.profile_id = NEW.profile_id), 0)
    WHERE id = NEW.profile_id;
END;

CREATE TRIGGER profile_roles_update_sets_level_bands AFTER UPDATE ON profile_roles
BEGIN
    UPDATE profiles SET level_bands = COALESCE((
        SELECT SUM(DISTINCT 1 << l.band) FROM profile_roles pr JOIN ddat_levels l ON l.id = pr.level_id
        WHERE pr.profile_id = profiles.id), 0)
    WHERE id IN (OLD.profile_id, NEW.profile_id);
END;

CREATE TRIGGER profile_roles_delete_sets_level_bands AFTER DELETE ON profile_roles
BEGIN
    UPDATE profiles SET level_bands = COALESCE((
        SELECT SUM(DISTINCT 1 << l.band) FROM profile_roles pr JOIN ddat_levels l ON l.id = pr.level_id
        WHERE pr.profile_id = OLD.profile_id), 0)
    WHERE id = OLD.profile_id;
END;
