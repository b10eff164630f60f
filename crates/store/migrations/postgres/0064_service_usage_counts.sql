-- What a service's page across councils reads (issue 17), kept by the statements that
-- change the maps (store::capability_map::save_entry, remove_entry), so that the page
-- reads a row per way a capability is met and per council, not every council's entries.
-- Kept in step with ../sqlite/0064_service_usage_counts.sql.

-- How many councils meet each capability of each service in each way: with a component
-- (component_key its id), with nothing or by a manual process (component_key 0).
CREATE TABLE map_needs (
    lgsl_id BIGINT NOT NULL REFERENCES lgsl_services (id),
    capability_id BIGINT NOT NULL REFERENCES capabilities (id),
    meets TEXT NOT NULL CHECK (meets IN ('component', 'nothing', 'manual')),
    component_key BIGINT NOT NULL,
    councils BIGINT NOT NULL,
    PRIMARY KEY (lgsl_id, capability_id, meets, component_key)
);
-- The page reads a service's rows from the index alone.
CREATE INDEX map_needs_by_service ON map_needs (lgsl_id, capability_id, meets, component_key, councils);
INSERT INTO map_needs (lgsl_id, capability_id, meets, component_key, councils)
SELECT lgsl_id, capability_id, meets, COALESCE(component_id, 0), COUNT(*) FROM map_entries
WHERE meets <> 'removed'
GROUP BY lgsl_id, capability_id, meets, COALESCE(component_id, 0);

-- How many capabilities of each service each council has on its map.
CREATE TABLE map_service_councils (
    lgsl_id BIGINT NOT NULL REFERENCES lgsl_services (id),
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    entries BIGINT NOT NULL,
    PRIMARY KEY (lgsl_id, org_id)
);
INSERT INTO map_service_councils (lgsl_id, org_id, entries)
SELECT lgsl_id, org_id, COUNT(*) FROM map_entries WHERE meets <> 'removed' GROUP BY lgsl_id, org_id;
