-- Sharing opportunities a council has dismissed (issue 17), with the reason. The platform
-- works the opportunities out from the maps each time; `opportunity` names one by its kind
-- and what it is about (such as `reuse:524:1004:12`), so a dismissed one stays dismissed
-- while the maps behind it stand.
CREATE TABLE sharing_dismissals (
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    opportunity TEXT NOT NULL,
    reason TEXT NOT NULL,
    dismissed_by BIGINT NOT NULL REFERENCES users (id),
    dismissed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (org_id, opportunity)
);
