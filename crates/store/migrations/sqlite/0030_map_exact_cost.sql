-- A council may give the exact yearly cost of a bought component, not only its band
-- (issue 17: "cost bands, not exact figures, unless the council chooses"). Pence.
ALTER TABLE map_entries ADD COLUMN cost_pence INTEGER;
ALTER TABLE map_entry_versions ADD COLUMN cost_pence INTEGER;
