-- SPDX-License-Identifier: GPL-3.0-or-later
-- The library keeps how each statement's speaker was found: the attribution sieve that decided ("pronoun",
-- "news-lead", ...) and its one-line explanation, which the reader's Details pane shows. Rows written before this
-- version have neither; store::kAnalysisFormat 2 marks their articles for re-analysis when the library opens.
ALTER TABLE statements ADD COLUMN attribution_sieve TEXT NOT NULL DEFAULT '';
ALTER TABLE statements ADD COLUMN attribution_explanation TEXT NOT NULL DEFAULT '';
