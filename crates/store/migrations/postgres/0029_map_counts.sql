-- How many councils have mapped each capability of each service (issue 17), kept by the
-- statements that change the maps, so that the matrix of services and capabilities reads
-- one row per cell whatever the number of councils. Each count is kept four times: for the
-- councils of one type in one region, of one type anywhere ('*' region), of any type in
-- one region ('*' type), and of every council ('*' both). A council with no region counts
-- under region ''.
CREATE TABLE map_counts (
    type_code TEXT NOT NULL,
    region TEXT NOT NULL,
    lgsl_id BIGINT NOT NULL REFERENCES lgsl_services (id),
    capability_id BIGINT NOT NULL REFERENCES capabilities (id),
    councils BIGINT NOT NULL,
    PRIMARY KEY (type_code, region, lgsl_id, capability_id)
);

INSERT INTO map_counts (type_code, region, lgsl_id, capability_id, councils)
SELECT o.type_code, COALESCE(o.region, ''), e.lgsl_id, e.capability_id, COUNT(*)
FROM map_entries e JOIN organisations o ON o.id = e.org_id WHERE e.meets <> 'removed'
GROUP BY o.type_code, COALESCE(o.region, ''), e.lgsl_id, e.capability_id;

INSERT INTO map_counts (type_code, region, lgsl_id, capability_id, councils)
SELECT o.type_code, '*', e.lgsl_id, e.capability_id, COUNT(*)
FROM map_entries e JOIN organisations o ON o.id = e.org_id WHERE e.meets <> 'removed'
GROUP BY o.type_code, e.lgsl_id, e.capability_id;

INSERT INTO map_counts (type_code, region, lgsl_id, capability_id, councils)
SELECT '*', COALESCE(o.region, ''), e.lgsl_id, e.capability_id, COUNT(*)
FROM map_entries e JOIN organisations o ON o.id = e.org_id WHERE e.meets <> 'removed'
GROUP BY COALESCE(o.region, ''), e.lgsl_id, e.capability_id;

INSERT INTO map_counts (type_code, region, lgsl_id, capability_id, councils)
SELECT '*', '*', e.lgsl_id, e.capability_id, COUNT(*)
FROM map_entries e WHERE e.meets <> 'removed'
GROUP BY e.lgsl_id, e.capability_id;
