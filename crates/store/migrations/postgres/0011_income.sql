-- Approved time summed by council, month (of the work), side, settlement, service and
-- role, kept in the approving transaction, so a council's income page reads a few rows
-- however much time there is. `verify` checks it against the time entries.
CREATE TABLE income_monthly (
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    month TEXT NOT NULL,
    side TEXT NOT NULL CHECK (side IN ('given', 'received')),
    settlement TEXT NOT NULL CHECK (settlement IN ('money', 'hour_credits')),
    lgsl_id BIGINT NOT NULL,
    role_name TEXT NOT NULL,
    minutes BIGINT NOT NULL,
    value_pence BIGINT NOT NULL,
    PRIMARY KEY (org_id, month, side, settlement, lgsl_id, role_name)
);
