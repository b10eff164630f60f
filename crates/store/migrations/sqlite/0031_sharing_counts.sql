-- What a council's sharing opportunities are read from (issue 17), kept by the statements
-- that change the maps, so that a council's page reads rows for its own wanting needs and
-- its own products, not every council's entries.

-- How many councils meet each capability of each service with each component another
-- council could take up: built in-house or open source (by provision or by kind).
CREATE TABLE map_offers (
    lgsl_id INTEGER NOT NULL REFERENCES lgsl_services (id),
    capability_id INTEGER NOT NULL REFERENCES capabilities (id),
    component_id INTEGER NOT NULL REFERENCES components (id),
    councils INTEGER NOT NULL,
    PRIMARY KEY (lgsl_id, capability_id, component_id)
);
INSERT INTO map_offers (lgsl_id, capability_id, component_id, councils)
SELECT e.lgsl_id, e.capability_id, e.component_id, COUNT(*)
FROM map_entries e JOIN components c ON c.id = e.component_id
WHERE e.meets = 'component'
  AND (e.provision IN ('built_in_house', 'open_source') OR c.kind IN ('in_house', 'open_source'))
GROUP BY e.lgsl_id, e.capability_id, e.component_id;

-- Each council's contracts for a bought component, by the date they end (with how many
-- entries name that contract).
CREATE TABLE map_contracts (
    component_id INTEGER NOT NULL REFERENCES components (id),
    org_id INTEGER NOT NULL REFERENCES organisations (id),
    ends TEXT NOT NULL,
    entries INTEGER NOT NULL,
    PRIMARY KEY (component_id, org_id, ends)
);
CREATE INDEX map_contracts_council ON map_contracts (org_id, ends, component_id);
INSERT INTO map_contracts (component_id, org_id, ends, entries)
SELECT component_id, org_id, contract_ends, COUNT(*) FROM map_entries
WHERE meets = 'component' AND provision = 'bought' AND contract_ends IS NOT NULL
GROUP BY component_id, org_id, contract_ends;
