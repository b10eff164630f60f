-- The public list's order as one integer, `list_key` (ADR 0013, 2026-12-04): live ones
-- first, then the most recently published, then the highest id:
--   listed_rank (1 bit) | seconds since 2000 of published_at (32 bits) | id (30 bits).
-- NULL for opportunities that are not listed. The same key as SQLite's, where the
-- full-text index is keyed by it; here it gives the list one sort column. (A generated
-- column cannot read another, so listed_rank's CASE is repeated.)
ALTER TABLE opportunities ADD COLUMN list_key BIGINT GENERATED ALWAYS AS (
    ((CASE status WHEN 'live' THEN 1
        WHEN 'closed' THEN 0 WHEN 'awarded' THEN 0 WHEN 'unsuccessful' THEN 0 WHEN 'cancelled' THEN 0
     END)::bigint << 62)
    | (FLOOR(EXTRACT(EPOCH FROM (published_at - TIMESTAMPTZ '2000-01-01 00:00:00+00')))::bigint << 30)
    | id) STORED;

-- The list's indexes, now in list_key order; each includes the id and every filtered
-- column, so that choosing a page and counting are index-only scans.
DROP INDEX opportunities_list;
DROP INDEX opportunities_list_status;
DROP INDEX opportunities_list_role;
DROP INDEX opportunities_list_service;
CREATE INDEX opportunities_list ON opportunities (list_key)
    INCLUDE (id, visibility, status, kind, work_mode, region, max_rate_pence, role_id, lgsl_id) WHERE listed_rank IS NOT NULL;
CREATE INDEX opportunities_list_status ON opportunities (status, list_key)
    INCLUDE (id, visibility, kind, work_mode, region, max_rate_pence, role_id, lgsl_id) WHERE listed_rank IS NOT NULL;
CREATE INDEX opportunities_list_role ON opportunities (role_id, list_key)
    INCLUDE (id, visibility, status, kind, work_mode, region, max_rate_pence, lgsl_id) WHERE listed_rank IS NOT NULL;
CREATE INDEX opportunities_list_service ON opportunities (lgsl_id, list_key)
    INCLUDE (id, visibility, status, kind, work_mode, region, max_rate_pence, role_id) WHERE listed_rank IS NOT NULL;
