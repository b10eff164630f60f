-- A service's page across councils reads its councils (those with entries) from this
-- index alone, without visiting each row (issue 17). Kept in step with
-- ../sqlite/0065_service_councils_covering.sql.
CREATE INDEX map_service_councils_by_service ON map_service_councils (lgsl_id, entries, org_id);
