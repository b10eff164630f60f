-- Opportunities are found by words with their accents optional ("Sian" finds "Siân"). On
-- SQLite the full-text index's tokenizer (unicode61) removes accents already; this
-- migration keeps the two backends' versions in step (see the PostgreSQL one).
SELECT 1;
