-- The public opportunity list at national scale (ADR 0013): its order, filters and word
-- search are served by indexes, so a page costs what it shows, not what is stored.

-- Where an opportunity sits in the public list: live ones first (1), then the rest that
-- were published (0); drafts and withdrawn ones are not listed (NULL). Computed from the
-- status, so no write can forget it.
ALTER TABLE opportunities ADD COLUMN listed_rank INTEGER GENERATED ALWAYS AS (
    CASE status WHEN 'live' THEN 1
        WHEN 'closed' THEN 0 WHEN 'awarded' THEN 0 WHEN 'unsuccessful' THEN 0 WHEN 'cancelled' THEN 0
    END) STORED;

-- Applications sent and not withdrawn, kept on the row by the trigger below (the list
-- shows the number; a count per row per page would read every application).
ALTER TABLE opportunities ADD COLUMN applications_count INTEGER NOT NULL DEFAULT 0;
UPDATE opportunities SET applications_count =
    (SELECT COUNT(*) FROM applications a WHERE a.opportunity_id = opportunities.id AND a.status <> 'withdrawn');

CREATE FUNCTION applications_count_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        IF OLD.status <> 'withdrawn' THEN
            UPDATE opportunities SET applications_count = applications_count - 1 WHERE id = OLD.opportunity_id;
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        IF NEW.status <> 'withdrawn' THEN
            UPDATE opportunities SET applications_count = applications_count + 1 WHERE id = NEW.opportunity_id;
        END IF;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER applications_count_insert_delete AFTER INSERT OR DELETE ON applications
    FOR EACH ROW EXECUTE FUNCTION applications_count_change();
CREATE TRIGGER applications_count_update AFTER UPDATE OF status ON applications
    FOR EACH ROW WHEN ((OLD.status = 'withdrawn') IS DISTINCT FROM (NEW.status = 'withdrawn'))
    EXECUTE FUNCTION applications_count_change();

-- The list's order, and the same order within each selective filter: a page is read
-- from the index in order and the read stops when the page is full. The keyset cursor is
-- (listed_rank, published_at, id). Every filtered column is included, so that counting
-- and choosing a page are index-only scans; only the page's rows are read from the table.
DROP INDEX opportunities_published;
CREATE INDEX opportunities_list ON opportunities (listed_rank, published_at, id)
    INCLUDE (visibility, status, kind, work_mode, region, max_rate_pence, role_id, lgsl_id) WHERE listed_rank IS NOT NULL;
CREATE INDEX opportunities_list_status ON opportunities (status, listed_rank, published_at, id)
    INCLUDE (visibility, kind, work_mode, region, max_rate_pence, role_id, lgsl_id) WHERE listed_rank IS NOT NULL;
CREATE INDEX opportunities_list_role ON opportunities (role_id, listed_rank, published_at, id)
    INCLUDE (visibility, status, kind, work_mode, region, max_rate_pence, lgsl_id) WHERE listed_rank IS NOT NULL;
CREATE INDEX opportunities_list_service ON opportunities (lgsl_id, listed_rank, published_at, id)
    INCLUDE (visibility, status, kind, work_mode, region, max_rate_pence, role_id) WHERE listed_rank IS NOT NULL;
-- The daily digest: live opportunities published since a time.
CREATE INDEX opportunities_live_published ON opportunities (published_at) WHERE status = 'live';

-- Full-text search over title, summary, background and work ('english' stemming, as the
-- pool's search), computed from the row so it is never out of step.
ALTER TABLE opportunities ADD COLUMN search_document tsvector GENERATED ALWAYS AS (
    to_tsvector('english', COALESCE(title, '') || ' ' || COALESCE(summary, '') || ' '
        || COALESCE(background, '') || ' ' || COALESCE(work, ''))) STORED;
CREATE INDEX opportunities_search ON opportunities USING GIN (search_document) WHERE listed_rank IS NOT NULL;
