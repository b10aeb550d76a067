-- SPDX-License-Identifier: GPL-3.0-or-later
-- Corrections made on the archive itself (issue 12): a merge record keeps the id of the entity it removed, so a
-- second user merging that entity learns where it went ("entity 7 was merged into entity 3 (Wang Wenbin) by
-- someone else") instead of "no entity 7".
ALTER TABLE corrections ADD COLUMN merged_id BIGINT;
CREATE INDEX corrections_merged ON corrections(merged_id) WHERE merged_id IS NOT NULL;
