-- Welsh words are not stemmed as English (domain::full_text). Each profile and
-- opportunity records the language its own words are indexed in (NULL until the service
-- has read them: `migrate` fills them in, and rebuilds the profiles' documents, just
-- after this migration). Documents in Welsh are built with `plain_words` (accents
-- removed, no stemming), those in English with `search_words` (accents removed, English
-- stems); a search matches either way.
CREATE TEXT SEARCH CONFIGURATION plain_words (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION plain_words
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;

ALTER TABLE profiles ADD COLUMN words_in TEXT CHECK (words_in IN ('en', 'cy'));
ALTER TABLE opportunities ADD COLUMN words_in TEXT CHECK (words_in IN ('en', 'cy'));
-- Used by SQLite's full-text table only; kept here so the two schemas stay one.
ALTER TABLE opportunities ADD COLUMN word_stems TEXT;
CREATE INDEX profiles_words_unread ON profiles (id) WHERE words_in IS NULL;
CREATE INDEX opportunities_words_unread ON opportunities (id) WHERE words_in IS NULL;

DROP INDEX opportunities_search;
ALTER TABLE opportunities DROP COLUMN search_document;
ALTER TABLE opportunities ADD COLUMN search_document tsvector GENERATED ALWAYS AS (
    CASE WHEN words_in = 'cy'
        THEN to_tsvector('plain_words', COALESCE(title, '') || ' ' || COALESCE(summary, '') || ' '
            || COALESCE(background, '') || ' ' || COALESCE(work, ''))
        ELSE to_tsvector('search_words', COALESCE(title, '') || ' ' || COALESCE(summary, '') || ' '
            || COALESCE(background, '') || ' ' || COALESCE(work, ''))
    END) STORED;
CREATE INDEX opportunities_search ON opportunities USING GIN (search_document) WHERE listed_rank IS NOT NULL;
