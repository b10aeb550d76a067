-- SPDX-License-Identifier: GPL-3.0-or-later
-- New rows reach the full-text indexes from the repositories (ArticleRepository, StatementRepository) instead of
-- AFTER INSERT triggers: a trigger makes every insert a statement-level savepoint, and FTS5 writes its pending
-- terms to disk at every savepoint, which made importing three times slower. Deletes and updates are rare and
-- keep their triggers, so no path can leave a stale index entry behind.
DROP TRIGGER statements_fts_insert;
DROP TRIGGER articles_fts_insert;
