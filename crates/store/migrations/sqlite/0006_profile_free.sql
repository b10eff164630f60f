-- Free minutes per profile for the 27 weeks of the horizon as columns of one row (w0 is
-- week_horizon.first_week, w1 the week after, …), so a search reads one row per match
-- by primary key and adds or compares columns, instead of a row per week.
DROP TABLE profile_weeks;

CREATE TABLE profile_free (
    profile_id INTEGER PRIMARY KEY REFERENCES profiles (id) ON DELETE CASCADE,
    w0 INTEGER NOT NULL DEFAULT 0,
    w1 INTEGER NOT NULL DEFAULT 0,
    w2 INTEGER NOT NULL DEFAULT 0,
    w3 INTEGER NOT NULL DEFAULT 0,
    w4 INTEGER NOT NULL DEFAULT 0,
    w5 INTEGER NOT NULL DEFAULT 0,
    w6 INTEGER NOT NULL DEFAULT 0,
    w7 INTEGER NOT NULL DEFAULT 0,
    w8 INTEGER NOT NULL DEFAULT 0,
    w9 INTEGER NOT NULL DEFAULT 0,
    w10 INTEGER NOT NULL DEFAULT 0,
    w11 INTEGER NOT NULL DEFAULT 0,
    w12 INTEGER NOT NULL DEFAULT 0,
    w13 INTEGER NOT NULL DEFAULT 0,
    w14 INTEGER NOT NULL DEFAULT 0,
    w15 INTEGER NOT NULL DEFAULT 0,
    w16 INTEGER NOT NULL DEFAULT 0,
    w17 INTEGER NOT NULL DEFAULT 0,
    w18 INTEGER NOT NULL DEFAULT 0,
    w19 INTEGER NOT NULL DEFAULT 0,
    w20 INTEGER NOT NULL DEFAULT 0,
    w21 INTEGER NOT NULL DEFAULT 0,
    w22 INTEGER NOT NULL DEFAULT 0,
    w23 INTEGER NOT NULL DEFAULT 0,
    w24 INTEGER NOT NULL DEFAULT 0,
    w25 INTEGER NOT NULL DEFAULT 0,
    w26 INTEGER NOT NULL DEFAULT 0
);

-- Forget the horizon, so the first search or housekeeping fills profile_free for every profile.
DELETE FROM week_horizon;
