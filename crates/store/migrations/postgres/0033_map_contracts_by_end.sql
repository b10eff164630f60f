-- A council's joint procurements (issue 17) read, for each product it buys, the contracts
-- ending nearest its own and how many councils' end within a year of it: ranges of one
-- product's contracts by their end.
CREATE INDEX map_contracts_product ON map_contracts (component_id, ends, org_id, entries);
