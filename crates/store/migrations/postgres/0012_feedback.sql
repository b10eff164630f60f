-- After a contract completes, each side rates the other once (1 to 5, with a comment).
CREATE TABLE contract_feedback (
    contract_id BIGINT NOT NULL REFERENCES contracts (id),
    side TEXT NOT NULL CHECK (side IN ('buyer', 'supplier')),
    rating BIGINT NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment TEXT NOT NULL,
    given_by BIGINT NOT NULL REFERENCES users (id),
    given_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (contract_id, side)
);
