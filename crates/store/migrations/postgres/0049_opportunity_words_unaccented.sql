-- Opportunities are found by words with their accents optional, as profiles are ("Sian"
-- finds "Siân", "Llyr" finds "Llŷr", "Dwr" finds "Dŵr"): the search document is built
-- with the configuration that removes accents before English stemming (migration 0019),
-- renamed for what it now serves. Queries use the same configuration.
ALTER TEXT SEARCH CONFIGURATION profile_words RENAME TO search_words;

DROP INDEX opportunities_search;
ALTER TABLE opportunities DROP COLUMN search_document;
ALTER TABLE opportunities ADD COLUMN search_document tsvector GENERATED ALWAYS AS (
    to_tsvector('search_words', COALESCE(title, '') || ' ' || COALESCE(summary, '') || ' '
        || COALESCE(background, '') || ' ' || COALESCE(work, ''))) STORED;
CREATE INDEX opportunities_search ON opportunities USING GIN (search_document) WHERE listed_rank IS NOT NULL;
