-- Free hours move a counter of their own, `free`, and each profile_free row is stamped with
-- the `free` of its last change. A cached search page stays valid while `value` has not
-- moved and no profile changed since could enter it (ADR 0007): a booking no longer
-- empties every cached page. `value` now moves with every other change a search reads.
ALTER TABLE search_generation ADD COLUMN free INTEGER NOT NULL DEFAULT 0;
ALTER TABLE profile_free ADD COLUMN generation INTEGER NOT NULL DEFAULT 0;
CREATE INDEX profile_free_generation ON profile_free (generation);

DROP TRIGGER profile_free_insert_moves_search_generation;
DROP TRIGGER profile_free_update_moves_search_generation;

-- The stamp is written by the trigger itself (SQLite triggers cannot change NEW); the
-- update trigger watches only the week columns, so stamping does not fire it again.
CREATE TRIGGER profile_free_insert_moves_search_generation AFTER INSERT ON profile_free
BEGIN
    UPDATE search_generation SET free = free + 1 WHERE id = 1;
    UPDATE profile_free SET generation = (SELECT free FROM search_generation WHERE id = 1)
    WHERE profile_id = NEW.profile_id;
END;

CREATE TRIGGER profile_free_update_moves_search_generation AFTER UPDATE OF w0, w1, w2, w3, w4, w5, w6, w7, w8, w9, w10, w11, w12, w13, w14, w15, w16, w17, w18, w19, w20, w21, w22, w23, w24, w25, w26 ON profile_free
BEGIN
    UPDATE search_generation SET free = free + 1 WHERE id = 1;
    UPDATE profile_free SET generation = (SELECT free FROM search_generation WHERE id = 1)
    WHERE profile_id = NEW.profile_id;
END;
