-- A service across councils counts what meets each capability (issue 17): the index of
-- needs also holds what meets each, so the count reads the index alone.
DROP INDEX map_entries_need;
CREATE INDEX map_entries_need ON map_entries (lgsl_id, capability_id, org_id, meets, component_id);
