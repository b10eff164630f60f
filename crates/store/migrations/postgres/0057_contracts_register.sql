-- The contracts register (Local Government Transparency Code): the department each council
-- names as responsible for the contracts it lets, its signed contracts newest first, and
-- the opportunity a contract was awarded on, found from the contract.
ALTER TABLE contract_defaults ADD COLUMN register_department TEXT;
CREATE INDEX contracts_register ON contracts (buyer_org_id, id) WHERE activated_at IS NOT NULL;
CREATE INDEX application_members_contract ON application_members (contract_id) WHERE contract_id IS NOT NULL;
