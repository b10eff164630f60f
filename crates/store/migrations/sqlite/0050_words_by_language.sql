-- Welsh words are not stemmed as English (domain::full_text). Each profile and
-- opportunity records the language its own words are indexed in (NULL until the service
-- has read them: `migrate` fills them in, and rebuilds the documents, just after this
-- migration). The full-text tables keep the words as written, accents folded, and English
-- documents' stems (made by the service, Snowball's English) in columns of their own:
-- a search matches each word as written, or by its stem among the stems.
ALTER TABLE profiles ADD COLUMN words_in TEXT CHECK (words_in IN ('en', 'cy'));
ALTER TABLE opportunities ADD COLUMN words_in TEXT CHECK (words_in IN ('en', 'cy'));
-- The stems of an opportunity written in English, for SQLite's full-text table.
ALTER TABLE opportunities ADD COLUMN word_stems TEXT;
-- What `migrate` still has to read, found without reading every row.
CREATE INDEX profiles_words_unread ON profiles (id) WHERE words_in IS NULL;
CREATE INDEX opportunities_words_unread ON opportunities (id) WHERE words_in IS NULL;

DROP TABLE profile_search;
CREATE VIRTUAL TABLE profile_search USING fts5 (
    name, headline, about, skills, done_before, stems, headline_stems,
    tokenize = 'unicode61 remove_diacritics 2'
);

DROP TRIGGER opportunity_words_insert;
DROP TRIGGER opportunity_words_delete;
DROP TRIGGER opportunity_words_update;
DROP TABLE opportunity_words;
CREATE VIRTUAL TABLE opportunity_words USING fts5 (
    title, summary, background, work, stems,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO opportunity_words (rowid, title, summary, background, work, stems)
    SELECT list_key, title, summary, background, work, word_stems
    FROM opportunities WHERE listed_rank IS NOT NULL;

CREATE TRIGGER opportunity_words_insert AFTER INSERT ON opportunities WHEN new.listed_rank IS NOT NULL BEGIN
    INSERT INTO opportunity_words (rowid, title, summary, background, work, stems)
        VALUES (new.list_key, new.title, new.summary, new.background, new.work, new.word_stems);
END;
CREATE TRIGGER opportunity_words_delete AFTER DELETE ON opportunities WHEN old.listed_rank IS NOT NULL BEGIN
    DELETE FROM opportunity_words WHERE rowid = old.list_key;
END;
CREATE TRIGGER opportunity_words_update
    AFTER UPDATE OF title, summary, background, work, word_stems, status, published_at ON opportunities BEGIN
    DELETE FROM opportunity_words WHERE old.listed_rank IS NOT NULL AND rowid = old.list_key;
    INSERT INTO opportunity_words (rowid, title, summary, background, work, stems)
        SELECT new.list_key, new.title, new.summary, new.background, new.work, new.word_stems
        WHERE new.listed_rank IS NOT NULL;
END;
