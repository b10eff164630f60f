-- Free minutes of every profile for the 27 weeks of a rolling horizon, one row per
-- profile with a column per week (w0 is week_horizon.first_week, w1 the week after, …),
-- rewritten in the same transaction as each change to capacity, available dates,
-- unavailable weeks or holds. A search reads one row per match by primary key.

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
    w26 INTEGER NOT NULL DEFAULT 0,
    -- This week and the next three: the weeks a search looks at unless told otherwise.
    next4 INTEGER GENERATED ALWAYS AS (w0 + w1 + w2 + w3) VIRTUAL
);
-- Lets a search without words read profiles from the most free down and stop after a page.
CREATE INDEX profile_free_next4 ON profile_free (next4 DESC, profile_id);

-- The weeks profile_free covers: one row, rolled forward each week.
CREATE TABLE week_horizon (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    first_week TEXT NOT NULL,
    last_week TEXT NOT NULL
);
