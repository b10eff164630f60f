-- The retention schedule (domain::retention), applied once a day by whichever instance
-- claims the day first: each run's row, with the cut-off below which audit events may be
-- deleted; withdrawn profiles marked once anonymised; indexes each rule reads through.
-- Kept in step with ../postgres/0058_retention.sql.
CREATE TABLE retention_runs (
    run_on TEXT PRIMARY KEY,
    started_at TEXT NOT NULL,
    audit_cutoff TEXT NOT NULL
);

ALTER TABLE profiles ADD COLUMN anonymised_at TEXT;
CREATE INDEX profiles_withdrawn ON profiles (updated_at) WHERE status = 'withdrawn' AND anonymised_at IS NULL;
CREATE INDEX notifications_created ON notifications (created_at);
CREATE INDEX audit_events_occurred ON audit_events (occurred_at);

-- Audit events stay append-only, except those older than a retention run's cut-off.
DROP TRIGGER audit_events_no_delete;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
WHEN old.occurred_at >= COALESCE((SELECT MAX(audit_cutoff) FROM retention_runs), '')
BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;
