-- The retention schedule (domain::retention), applied once a day by whichever instance
-- claims the day first: each run's row, with the cut-off below which audit events may be
-- deleted; withdrawn profiles marked once anonymised; indexes each rule reads through.
-- Kept in step with ../sqlite/0058_retention.sql.
CREATE TABLE retention_runs (
    run_on DATE PRIMARY KEY,
    started_at TIMESTAMPTZ NOT NULL,
    audit_cutoff TIMESTAMPTZ NOT NULL
);

ALTER TABLE profiles ADD COLUMN anonymised_at TIMESTAMPTZ;
CREATE INDEX profiles_withdrawn ON profiles (updated_at) WHERE status = 'withdrawn' AND anonymised_at IS NULL;
CREATE INDEX notifications_created ON notifications (created_at);
CREATE INDEX audit_events_occurred ON audit_events (occurred_at);

-- Audit events stay append-only, except those older than a retention run's cut-off.
CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND OLD.occurred_at < (SELECT MAX(audit_cutoff) FROM retention_runs) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit_events is append-only';
END; $$;
