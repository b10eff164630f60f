-- A council's documents in id order, per side, for exports read a page at a time
-- (keyset on id; the status indexes of 0010 would sort every document per page).
CREATE INDEX invoices_supplier_by_id ON invoices (supplier_org_id, id);
CREATE INDEX invoices_buyer_by_id ON invoices (buyer_org_id, id);
