-- SPDX-License-Identifier: GPL-3.0-or-later
-- Accent folding, as the library file's FTS5 (remove_diacritics 2): a search for "Jose" finds "José". The text
-- search configuration sayline_folded is 'simple' (no stemming, no stop words) with PostgreSQL's unaccent
-- dictionary in front, so the folding is part of the stored tsvector and of every query parsed with it. unaccent
-- is a contrib module of Debian's postgresql-15 package and a trusted extension: the database owner creates it.
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS unaccent;
EXCEPTION WHEN OTHERS THEN
    RAISE EXCEPTION 'accent folding needs PostgreSQL''s unaccent extension, which could not be created (%); it comes with the server (Debian: postgresql-15), and the database owner creates it by opening the archive for writing once', SQLERRM
        USING ERRCODE = SQLSTATE;
END
$$;

CREATE TEXT SEARCH CONFIGURATION sayline_folded (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION sayline_folded ALTER MAPPING FOR word, hword, hword_part WITH unaccent, simple;

ALTER TABLE statements DROP COLUMN words;
ALTER TABLE statements ADD COLUMN words TSVECTOR
    GENERATED ALWAYS AS (to_tsvector('sayline_folded', coalesce(content_index, content))) STORED;
CREATE INDEX statements_words ON statements USING gin(words);

-- The article list's text filter (PgArticles) matches this expression, so it is served by the index instead of
-- computing a tsvector for every article.
CREATE INDEX articles_words ON articles USING gin(to_tsvector('sayline_folded', title || ' ' || body));
