-- The capability map (SPEC §4.7, issue 17): the services councils run (the LGSL list, now
-- with the back-office internal services), the capabilities a service needs, the
-- components that meet them, and each council's map of what meets what.

-- Back-office services from the esd internal services list, beside the public ones.
ALTER TABLE lgsl_services ADD COLUMN internal BOOLEAN NOT NULL DEFAULT FALSE;

-- What a service needs: the esd interactions (with their hierarchy) and common technical
-- capabilities. Identifiers are the lists' own (technical ones from 1000).
CREATE TABLE capabilities (
    id BIGINT PRIMARY KEY,
    label TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL CHECK (kind IN ('interaction', 'technical')),
    parent_id BIGINT REFERENCES capabilities (id),
    position INTEGER NOT NULL
);

-- The interactions a service usually involves (the LGBM links): the starting checklist
-- when a council maps a service.
CREATE TABLE service_capabilities (
    lgsl_id BIGINT NOT NULL REFERENCES lgsl_services (id),
    capability_id BIGINT NOT NULL REFERENCES capabilities (id),
    PRIMARY KEY (lgsl_id, capability_id)
);

-- The platform's list of components. A council admin may propose one; others see it once
-- a platform admin has listed it.
CREATE TABLE components (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('product', 'open_source', 'shared_public_service', 'in_house')),
    supplier TEXT NOT NULL DEFAULT '',
    licence TEXT NOT NULL DEFAULT '',
    link TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    built_by_org_id BIGINT REFERENCES organisations (id),
    status TEXT NOT NULL CHECK (status IN ('listed', 'proposed', 'declined')),
    proposed_by BIGINT REFERENCES users (id),
    proposed_by_org_id BIGINT REFERENCES organisations (id),
    created_at TIMESTAMPTZ NOT NULL,
    reviewed_by BIGINT REFERENCES users (id),
    reviewed_at TIMESTAMPTZ
);
CREATE INDEX components_status ON components (status, name);

-- A council's map: what meets one capability of one service, as last saved ("removed"
-- once the council takes the capability off the service: the row stays, so its history
-- keeps one key and a later entry continues its versions).
CREATE TABLE map_entries (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    lgsl_id BIGINT NOT NULL REFERENCES lgsl_services (id),
    capability_id BIGINT NOT NULL REFERENCES capabilities (id),
    meets TEXT NOT NULL CHECK (meets IN ('component', 'nothing', 'manual', 'removed')),
    component_id BIGINT REFERENCES components (id),
    provision TEXT CHECK (provision IN ('bought', 'built_in_house', 'shared_with_council', 'open_source')),
    contract_ends DATE,
    cost_band TEXT CHECK (cost_band IN ('under_10k', '10k_to_50k', '50k_to_250k', '250k_or_more')),
    satisfaction INTEGER CHECK (satisfaction BETWEEN 1 AND 5),
    note TEXT NOT NULL DEFAULT '',
    private BOOLEAN NOT NULL DEFAULT FALSE,
    version INTEGER NOT NULL,
    updated_by BIGINT NOT NULL REFERENCES users (id),
    updated_at TIMESTAMPTZ NOT NULL,
    UNIQUE (org_id, lgsl_id, capability_id),
    CHECK ((meets = 'component') = (component_id IS NOT NULL AND provision IS NOT NULL))
);
-- Who has mapped a service and capability; who uses a component.
CREATE INDEX map_entries_need ON map_entries (lgsl_id, capability_id, org_id);
CREATE INDEX map_entries_component ON map_entries (component_id, org_id) WHERE component_id IS NOT NULL;

-- Every saved version of every entry, never changed: the map's history.
CREATE TABLE map_entry_versions (
    entry_id BIGINT NOT NULL REFERENCES map_entries (id),
    version INTEGER NOT NULL,
    meets TEXT NOT NULL CHECK (meets IN ('component', 'nothing', 'manual', 'removed')),
    component_id BIGINT REFERENCES components (id),
    provision TEXT CHECK (provision IN ('bought', 'built_in_house', 'shared_with_council', 'open_source')),
    contract_ends DATE,
    cost_band TEXT CHECK (cost_band IN ('under_10k', '10k_to_50k', '50k_to_250k', '250k_or_more')),
    satisfaction INTEGER CHECK (satisfaction BETWEEN 1 AND 5),
    note TEXT NOT NULL DEFAULT '',
    private BOOLEAN NOT NULL DEFAULT FALSE,
    saved_by BIGINT NOT NULL REFERENCES users (id),
    saved_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (entry_id, version)
);
