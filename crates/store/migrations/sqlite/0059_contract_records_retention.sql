-- Contract records (contracts, their versions, time, invoices and journal entries) are
-- removed six years after the end of the financial year in which the contract ended
-- (domain::retention). Each council's balances stay as they were: what the removed
-- postings added up to is carried in ledger_brought_forward, which `verify` adds to the
-- postings that remain. A run that removed contracts records the financial year end it
-- removed them to, below which the kept monthly sums no longer have all their time.
-- Kept in step with ../postgres/0059_contract_records_retention.sql.
CREATE TABLE ledger_brought_forward (
    org_id INTEGER NOT NULL REFERENCES organisations (id),
    account TEXT NOT NULL,
    amount INTEGER NOT NULL,
    PRIMARY KEY (org_id, account)
);
ALTER TABLE retention_runs ADD COLUMN contracts_ended_by TEXT;
-- The run finds the contracts whose terms ran out by a date without reading them all.
CREATE INDEX contract_versions_end ON contract_versions (end_date, contract_id);
