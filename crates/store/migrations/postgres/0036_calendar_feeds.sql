-- A person's iCalendar feed of the meetings they registered for (issue 18): its address
-- carries a secret, of which only the hash is kept; replacing or turning it off revokes it.
CREATE TABLE calendar_feeds (
    user_id BIGINT PRIMARY KEY REFERENCES users (id),
    token_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMPTZ NOT NULL
);
