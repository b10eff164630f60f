-- People are found by name, accents optional ("Sian" finds "Siân", "Llyr" finds "Llŷr"):
-- profiles' documents gain the name (weighed like the headline) and are built with a text
-- search configuration that removes accents before English stemming, used for queries too.
-- unaccent is a trusted extension: a database owner may create it.
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH CONFIGURATION profile_words (COPY = english);
ALTER TEXT SEARCH CONFIGURATION profile_words
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;

INSERT INTO profile_search (profile_id, document)
SELECT p.id,
    setweight(to_tsvector('profile_words', p.display_name || ' ' || p.headline || ' ' || COALESCE((SELECT string_agg(r.name, ' ')
        FROM profile_roles pr JOIN ddat_roles r ON r.id = pr.role_id WHERE pr.profile_id = p.id), '')), 'A')
    || setweight(to_tsvector('profile_words', COALESCE((SELECT string_agg(s.name, ' ') FROM profile_skills ps
        JOIN ddat_skills s ON s.id = ps.skill_id WHERE ps.profile_id = p.id), '')), 'B')
    || setweight(to_tsvector('profile_words', p.about), 'C')
    || setweight(to_tsvector('profile_words', COALESCE((SELECT string_agg(d.title || ' ' || d.delivered, ' ')
        FROM done_before d WHERE d.profile_id = p.id), '')), 'C')
FROM profiles p
ON CONFLICT (profile_id) DO UPDATE SET document = excluded.document;
