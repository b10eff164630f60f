-- The collaboration network (SPEC §4.11): approved time summed by lender, borrower, month
-- of the work and settlement, kept in the approving transaction as income_monthly is, so
-- that the network's cost follows the pairs and months it shows, not the time entries.
CREATE TABLE lending_monthly (
    supplier_org_id BIGINT NOT NULL REFERENCES organisations (id),
    buyer_org_id BIGINT NOT NULL REFERENCES organisations (id),
    month TEXT NOT NULL,
    settlement TEXT NOT NULL CHECK (settlement IN ('money', 'hour_credits')),
    minutes BIGINT NOT NULL,
    value_pence BIGINT NOT NULL,
    PRIMARY KEY (supplier_org_id, buyer_org_id, month, settlement)
);
CREATE INDEX lending_monthly_buyer ON lending_monthly (buyer_org_id, month);
CREATE INDEX lending_monthly_month ON lending_monthly (month);

INSERT INTO lending_monthly (supplier_org_id, buyer_org_id, month, settlement, minutes, value_pence)
SELECT k.supplier_org_id, k.buyer_org_id, to_char(t.work_date, 'YYYY-MM'), v.settlement, SUM(t.minutes),
    SUM((v.rate_pence * t.minutes + 30) / 60)
FROM time_entries t JOIN contracts k ON k.id = t.contract_id
JOIN contract_versions v ON v.contract_id = k.id AND v.version = k.current_version
WHERE t.status = 'approved'
GROUP BY k.supplier_org_id, k.buyer_org_id, to_char(t.work_date, 'YYYY-MM'), v.settlement;

-- Contracts are counted by the month they were signed in.
CREATE INDEX contracts_activated ON contracts (activated_at) WHERE activated_at IS NOT NULL;
