-- The spend export reads a council's received documents by issue date, a page at a time
-- (keyset on issued_on and id), without sorting the council's whole history per page.
CREATE INDEX invoices_buyer_issued ON invoices (buyer_org_id, issued_on, id);
