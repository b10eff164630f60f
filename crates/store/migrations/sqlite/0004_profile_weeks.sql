-- Free minutes of every profile in every week of a rolling horizon, kept in step with
-- capacity, available dates, unavailable weeks and holds in the same transaction as each
-- change, so that search reads one indexed row per profile and week.

CREATE TABLE profile_weeks (
    profile_id INTEGER NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
    week_start TEXT NOT NULL,
    free_minutes INTEGER NOT NULL,
    PRIMARY KEY (profile_id, week_start)
);

-- The weeks profile_weeks covers: one row, rolled forward each week.
CREATE TABLE week_horizon (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    first_week TEXT NOT NULL,
    last_week TEXT NOT NULL
);
