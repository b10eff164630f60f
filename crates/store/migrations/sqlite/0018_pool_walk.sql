-- Pool searches whose matches are many (no selective filter, or common words) read
-- profiles from the most free down and stop once no profile further down could reach the
-- page (ADR 0007): a profile's free minutes in n weeks are at most n times its freest
-- week, kept here and indexed, so a page costs what it shows, not how many profiles match.
ALTER TABLE profile_free ADD COLUMN most_free INTEGER GENERATED ALWAYS AS (max(w0, w1, w2, w3, w4, w5, w6, w7, w8, w9, w10, w11, w12, w13, w14, w15, w16, w17, w18, w19, w20, w21, w22, w23, w24, w25, w26)) VIRTUAL;
CREATE INDEX profile_free_most_free ON profile_free (most_free, profile_id);

-- A search whose matches are too sparse among the most free to walk reads them at once;
-- a region is the filter most searches without a role, skill or service name.
CREATE INDEX profiles_region ON profiles (region, status);
