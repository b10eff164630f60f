-- Open contracting data (issue 19, item 1) lists releases by date: each kind of event is
-- found by its date through an index, so a period's page reads that period only.
CREATE INDEX opportunities_outcome ON opportunities (status, outcome_at);
CREATE INDEX opportunity_changes_made ON opportunity_changes (made_at);
CREATE INDEX contracts_created ON contracts (created_at);
CREATE INDEX contract_versions_agreed ON contract_versions (answered_at) WHERE version > 1 AND status = 'accepted';
