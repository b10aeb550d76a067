-- SPDX-License-Identifier: GPL-3.0-or-later
-- The library keeps the whole analysis: what an article entity was called, its aliases, roles and affiliation as
-- the analysis found them in that article, and which of the article's entities a statement's speaker and targets
-- were (the library-wide ids say which real-world entity, after merges; these say which mention of the article).
-- Articles written before this version lack those fields: analysis_format (the version of what the store keeps of an
-- analysis, store::kAnalysisFormat) 0 marks them for re-analysis, which the service runs when it opens the library;
-- the user's corrections are re-applied, as after any re-analysis.
ALTER TABLE article_entities ADD COLUMN aliases TEXT NOT NULL DEFAULT '';  -- one per line, as analysed
ALTER TABLE article_entities ADD COLUMN roles TEXT NOT NULL DEFAULT '';    -- one per line
ALTER TABLE article_entities ADD COLUMN affiliation TEXT;                  -- local id (E2) of its organization
ALTER TABLE statements ADD COLUMN speaker_local_id TEXT;                   -- local id of the analysed speaker
ALTER TABLE statements ADD COLUMN about_local TEXT NOT NULL DEFAULT '';    -- local ids of the targets, one per line
ALTER TABLE articles ADD COLUMN analysis_format INTEGER NOT NULL DEFAULT 0;
CREATE INDEX articles_analysis_format ON articles(analysis_format);
-- The article list sorts by title.
CREATE INDEX articles_title ON articles(title COLLATE NOCASE);
