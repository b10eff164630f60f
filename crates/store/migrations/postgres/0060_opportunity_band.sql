-- The level of the role an opportunity asks for, as a DDaT band (1 trainee to 8 head),
-- which recommendations weigh against the level each candidate holds in that role.
-- Kept in step with ../sqlite/0060_opportunity_band.sql.
ALTER TABLE opportunities ADD COLUMN band BIGINT CHECK (band BETWEEN 1 AND 8);
