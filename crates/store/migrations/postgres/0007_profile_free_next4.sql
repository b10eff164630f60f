-- The free minutes of this week and the next three (w0 + w1 + w2 + w3): the weeks a pool
-- search looks at unless told otherwise. Indexed, so a search without words can read
-- profiles from the most free down and stop after one page.
ALTER TABLE profile_free ADD COLUMN next4 BIGINT NOT NULL DEFAULT 0;
CREATE INDEX profile_free_next4 ON profile_free (next4 DESC, profile_id);
DELETE FROM week_horizon;
