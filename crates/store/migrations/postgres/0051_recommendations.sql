-- Recommendations (domain::recommendations) read buyers' ratings by the profile they were
-- given for (done-before work is found by its service through done_before_service).
CREATE INDEX contracts_profile ON contracts (profile_id);

-- A buyer's invitation to a listed practitioner of another council to apply for an
-- opportunity: one per person and opportunity, listed on the opportunity.
CREATE TABLE practitioner_invitations (
    opportunity_id BIGINT NOT NULL REFERENCES opportunities (id),
    profile_id BIGINT NOT NULL REFERENCES profiles (id),
    invited_by BIGINT NOT NULL REFERENCES users (id),
    invited_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (opportunity_id, profile_id)
);
CREATE INDEX practitioner_invitations_profile ON practitioner_invitations (profile_id, opportunity_id);
