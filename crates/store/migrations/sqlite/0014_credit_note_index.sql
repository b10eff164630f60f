-- Deleting a draft invoice checks that no credit note points at it; without an index that
-- check read every invoice, so discarding one draft grew with the whole table.
CREATE INDEX invoices_credits ON invoices (credits_invoice_id);
