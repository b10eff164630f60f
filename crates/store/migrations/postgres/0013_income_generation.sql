-- A counter per council that moves, in the same transaction, whenever that council's
-- income sums change, so each instance can keep the figures its income page shows and
-- know at the cost of one key read whether they are still current (ADR 0011).
CREATE TABLE income_generations (
    org_id BIGINT PRIMARY KEY REFERENCES organisations (id),
    value BIGINT NOT NULL
);
