-- The public list's order as one integer, `list_key` (ADR 0013, 2026-12-04): live ones
-- first, then the most recently published, then the highest id:
--   listed_rank (1 bit) | seconds since 2000 of published_at (32 bits) | id (30 bits).
-- NULL for opportunities that are not listed. The order is that of (listed_rank,
-- published_at, id) but for two published within the same second, which follow their ids.
-- One integer lets the full-text index hold the list's order: its rows are keyed by
-- list_key, so a word search reads its matches newest first and stops when a page is full.
ALTER TABLE opportunities ADD COLUMN list_key INTEGER GENERATED ALWAYS AS (
    (listed_rank << 62) | ((unixepoch(published_at) - 946684800) << 30) | id) VIRTUAL;

-- The list's indexes, now in list_key order (each still holds every filtered column).
DROP INDEX opportunities_list;
DROP INDEX opportunities_list_status;
DROP INDEX opportunities_list_role;
DROP INDEX opportunities_list_service;
CREATE INDEX opportunities_list ON opportunities (list_key,
    visibility, status, kind, work_mode, region, max_rate_pence, role_id, lgsl_id) WHERE listed_rank IS NOT NULL;
CREATE INDEX opportunities_list_status ON opportunities (status, list_key,
    visibility, kind, work_mode, region, max_rate_pence, role_id, lgsl_id) WHERE listed_rank IS NOT NULL;
CREATE INDEX opportunities_list_role ON opportunities (role_id, list_key,
    visibility, status, kind, work_mode, region, max_rate_pence, lgsl_id) WHERE listed_rank IS NOT NULL;
CREATE INDEX opportunities_list_service ON opportunities (lgsl_id, list_key,
    visibility, status, kind, work_mode, region, max_rate_pence, role_id) WHERE listed_rank IS NOT NULL;

-- The words of listed opportunities only, keyed by list_key: a word search reads its
-- matches in the list's order and stops when a page is full, checking each match's
-- filters in the list's index by its key. Contentless: the texts stay in opportunities;
-- a row is deleted by its key.
DROP TRIGGER opportunity_search_insert;
DROP TRIGGER opportunity_search_delete;
DROP TRIGGER opportunity_search_update;
DROP TABLE opportunity_search;
CREATE VIRTUAL TABLE opportunity_words USING fts5 (
    title, summary, background, work,
    content = '', contentless_delete = 1,
    tokenize = 'porter unicode61'
);
INSERT INTO opportunity_words (rowid, title, summary, background, work)
    SELECT list_key, title, summary, background, work
    FROM opportunities WHERE listed_rank IS NOT NULL;

CREATE TRIGGER opportunity_words_insert AFTER INSERT ON opportunities WHEN new.listed_rank IS NOT NULL BEGIN
    INSERT INTO opportunity_words (rowid, title, summary, background, work)
        VALUES (new.list_key, new.title, new.summary, new.background, new.work);
END;
CREATE TRIGGER opportunity_words_delete AFTER DELETE ON opportunities WHEN old.listed_rank IS NOT NULL BEGIN
    DELETE FROM opportunity_words WHERE rowid = old.list_key;
END;
CREATE TRIGGER opportunity_words_update
    AFTER UPDATE OF title, summary, background, work, status, published_at ON opportunities BEGIN
    DELETE FROM opportunity_words WHERE old.listed_rank IS NOT NULL AND rowid = old.list_key;
    INSERT INTO opportunity_words (rowid, title, summary, background, work)
        SELECT new.list_key, new.title, new.summary, new.background, new.work
        WHERE new.listed_rank IS NOT NULL;
END;
