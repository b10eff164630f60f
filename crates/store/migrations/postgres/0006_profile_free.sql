-- Free minutes per profile for the 27 weeks of the horizon as columns of one row (w0 is
-- week_horizon.first_week, w1 the week after, …), so a search reads one row per match
-- by primary key and adds or compares columns, instead of a row per week.
DROP TABLE profile_weeks;

CREATE TABLE profile_free (
    profile_id BIGINT PRIMARY KEY REFERENCES profiles (id) ON DELETE CASCADE,
    w0 BIGINT NOT NULL DEFAULT 0,
    w1 BIGINT NOT NULL DEFAULT 0,
    w2 BIGINT NOT NULL DEFAULT 0,
    w3 BIGINT NOT NULL DEFAULT 0,
    w4 BIGINT NOT NULL DEFAULT 0,
    w5 BIGINT NOT NULL DEFAULT 0,
    w6 BIGINT NOT NULL DEFAULT 0,
    w7 BIGINT NOT NULL DEFAULT 0,
    w8 BIGINT NOT NULL DEFAULT 0,
    w9 BIGINT NOT NULL DEFAULT 0,
    w10 BIGINT NOT NULL DEFAULT 0,
    w11 BIGINT NOT NULL DEFAULT 0,
    w12 BIGINT NOT NULL DEFAULT 0,
    w13 BIGINT NOT NULL DEFAULT 0,
    w14 BIGINT NOT NULL DEFAULT 0,
    w15 BIGINT NOT NULL DEFAULT 0,
    w16 BIGINT NOT NULL DEFAULT 0,
    w17 BIGINT NOT NULL DEFAULT 0,
    w18 BIGINT NOT NULL DEFAULT 0,
    w19 BIGINT NOT NULL DEFAULT 0,
    w20 BIGINT NOT NULL DEFAULT 0,
    w21 BIGINT NOT NULL DEFAULT 0,
    w22 BIGINT NOT NULL DEFAULT 0,
    w23 BIGINT NOT NULL DEFAULT 0,
    w24 BIGINT NOT NULL DEFAULT 0,
    w25 BIGINT NOT NULL DEFAULT 0,
    w26 BIGINT NOT NULL DEFAULT 0
);

-- Forget the horizon, so the first search or housekeeping fills profile_free for every profile.
DELETE FROM week_horizon;
