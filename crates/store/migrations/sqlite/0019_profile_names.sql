-- People are found by name, accents optional ("Sian" finds "Siân", "Llyr" finds "Llŷr"):
-- the full-text table gains the profile's name and folds diacritics, in documents and in
-- queries alike. FTS5 tables cannot gain a column, so it is made again and refilled.
DROP TABLE profile_search;

CREATE VIRTUAL TABLE profile_search USING fts5 (
    name, headline, about, skills, done_before,
    tokenize = 'porter unicode61 remove_diacritics 2'
);

INSERT INTO profile_search (rowid, name, headline, about, skills, done_before)
SELECT p.id, p.display_name,
       p.headline || ' ' || COALESCE((SELECT group_concat(r.name, ' ') FROM profile_roles pr
           JOIN ddat_roles r ON r.id = pr.role_id WHERE pr.profile_id = p.id), ''),
       p.about,
       COALESCE((SELECT group_concat(s.name, ' ') FROM profile_skills ps
           JOIN ddat_skills s ON s.id = ps.skill_id WHERE ps.profile_id = p.id), ''),
       COALESCE((SELECT group_concat(d.title || ' ' || d.delivered, ' ') FROM done_before d
           WHERE d.profile_id = p.id), '')
FROM profiles p;
