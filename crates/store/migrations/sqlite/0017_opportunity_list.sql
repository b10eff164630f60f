-- The public opportunity list at national scale (ADR 0013): its order, filters and word
-- search are served by indexes, so a page costs what it shows, not what is stored.

-- Where an opportunity sits in the public list: live ones first (1), then the rest that
-- were published (0); drafts and withdrawn ones are not listed (NULL). Computed from the
-- status, so no write can forget it.
ALTER TABLE opportunities ADD COLUMN listed_rank INTEGER GENERATED ALWAYS AS (
    CASE status WHEN 'live' THEN 1
        WHEN 'closed' THEN 0 WHEN 'awarded' THEN 0 WHEN 'unsuccessful' THEN 0 WHEN 'cancelled' THEN 0
    END) VIRTUAL;

-- Applications sent and not withdrawn, kept on the row by the triggers below (the list
-- shows the number; a count per row per page would read every application).
ALTER TABLE opportunities ADD COLUMN applications_count INTEGER NOT NULL DEFAULT 0;
UPDATE opportunities SET applications_count =
    (SELECT COUNT(*) FROM applications a WHERE a.opportunity_id = opportunities.id AND a.status <> 'withdrawn');

CREATE TRIGGER applications_count_insert AFTER INSERT ON applications WHEN new.status <> 'withdrawn' BEGIN
    UPDATE opportunities SET applications_count = applications_count + 1 WHERE id = new.opportunity_id;
END;
CREATE TRIGGER applications_count_update AFTER UPDATE OF status ON applications
    WHEN (old.status = 'withdrawn') <> (new.status = 'withdrawn') BEGIN
    UPDATE opportunities SET applications_count = applications_count + CASE WHEN new.status = 'withdrawn' THEN -1 ELSE 1 END
        WHERE id = new.opportunity_id;
END;
CREATE TRIGGER applications_count_delete AFTER DELETE ON applications WHEN old.status <> 'withdrawn' BEGIN
    UPDATE opportunities SET applications_count = applications_count - 1 WHERE id = old.opportunity_id;
END;

-- The list's order, and the same order within each selective filter: a page is read
-- from the index in order and the read stops when the page is full. The keyset cursor is
-- (listed_rank, published_at, id). Every filtered column follows, so that counting and
-- choosing a page read the index alone; only the page's rows are read from the table.
DROP INDEX opportunities_published;
CREATE INDEX opportunities_list ON opportunities (listed_rank, published_at, id,
    visibility, status, kind, work_mode, region, max_rate_pence, role_id, lgsl_id) WHERE listed_rank IS NOT NULL;
CREATE INDEX opportunities_list_status ON opportunities (status, listed_rank, published_at, id,
    visibility, kind, work_mode, region, max_rate_pence, role_id, lgsl_id) WHERE listed_rank IS NOT NULL;
CREATE INDEX opportunities_list_role ON opportunities (role_id, listed_rank, published_at, id,
    visibility, status, kind, work_mode, region, max_rate_pence, lgsl_id) WHERE listed_rank IS NOT NULL;
CREATE INDEX opportunities_list_service ON opportunities (lgsl_id, listed_rank, published_at, id,
    visibility, status, kind, work_mode, region, max_rate_pence, role_id) WHERE listed_rank IS NOT NULL;
-- The daily digest: live opportunities published since a time.
CREATE INDEX opportunities_live_published ON opportunities (published_at) WHERE status = 'live';

-- Full-text search over title, summary, background and work (Porter stemming, as the
-- pool's search and PostgreSQL's 'english'), kept in step with the table by triggers.
CREATE VIRTUAL TABLE opportunity_search USING fts5 (
    title, summary, background, work,
    content = 'opportunities', content_rowid = 'id',
    tokenize = 'porter unicode61'
);
INSERT INTO opportunity_search (opportunity_search) VALUES ('rebuild');
CREATE TRIGGER opportunity_search_insert AFTER INSERT ON opportunities BEGIN
    INSERT INTO opportunity_search (rowid, title, summary, background, work)
        VALUES (new.id, new.title, new.summary, new.background, new.work);
END;
CREATE TRIGGER opportunity_search_delete AFTER DELETE ON opportunities BEGIN
    INSERT INTO opportunity_search (opportunity_search, rowid, title, summary, background, work)
        VALUES ('delete', old.id, old.title, old.summary, old.background, old.work);
END;
CREATE TRIGGER opportunity_search_update AFTER UPDATE OF title, summary, background, work ON opportunities BEGIN
    INSERT INTO opportunity_search (opportunity_search, rowid, title, summary, background, work)
        VALUES ('delete', old.id, old.title, old.summary, old.background, old.work);
    INSERT INTO opportunity_search (rowid, title, summary, background, work)
        VALUES (new.id, new.title, new.summary, new.background, new.work);
END;
