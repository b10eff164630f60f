-- The language each person chose for pages and emails ('en' or 'cy'); none until they
-- choose, when the browser's language (and, for emails, their council's nation) decides.
ALTER TABLE users ADD COLUMN language TEXT CHECK (language IN ('en', 'cy'));
