-- Free minutes of every profile for the 27 weeks of a rolling horizon, one row per
-- profile with a column per week (w0 is week_horizon.first_week, w1 the week after, …),
-- rewritten in the same transaction as each change to capacity, available dates,
-- unavailable weeks or holds. A search reads one row per match by primary key.

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
    w26 BIGINT NOT NULL DEFAULT 0,
    -- This week and the next three: the weeks a search looks at unless told otherwise.
    next4 BIGINT GENERATED ALWAYS AS (w0 + w1 + w2 + w3) STORED
);
-- Lets a search without words read profiles from the most free down and stop after a page.
CREATE INDEX profile_free_next4 ON profile_free (next4 DESC, profile_id);

-- The weeks profile_free covers: one row, rolled forward each week.
CREATE TABLE week_horizon (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    first_week DATE NOT NULL,
    last_week DATE NOT NULL
);
