-- SPDX-License-Identifier: GPL-3.0-or-later
-- Full-text search (FTS5, bm25) over statement content and article text. The indexes are external-content
-- tables reading the word-segmented copy where there is one (Chinese and Japanese: words split by spaces
-- with ICU, because unicode61 makes a whole CJK run one token), kept in sync by triggers.
CREATE VIEW statements_text AS
    SELECT id, coalesce(content_index, content) AS content FROM statements;
CREATE VIRTUAL TABLE statements_fts USING fts5(
    content, content = 'statements_text', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
    INSERT INTO statements_fts(rowid, content) VALUES (new.id, coalesce(new.content_index, new.content));
END;
CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, content)
        VALUES ('delete', old.id, coalesce(old.content_index, old.content));
END;
CREATE TRIGGER statements_fts_update AFTER UPDATE OF content, content_index ON statements BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, content)
        VALUES ('delete', old.id, coalesce(old.content_index, old.content));
    INSERT INTO statements_fts(rowid, content) VALUES (new.id, coalesce(new.content_index, new.content));
END;

CREATE VIEW articles_text AS
    SELECT id, coalesce(title_index, title) AS title, coalesce(body_index, body) AS body FROM articles;
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, body, content = 'articles_text', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, body)
        VALUES (new.id, coalesce(new.title_index, new.title), coalesce(new.body_index, new.body));
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body)
        VALUES ('delete', old.id, coalesce(old.title_index, old.title), coalesce(old.body_index, old.body));
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body, title_index, body_index ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body)
        VALUES ('delete', old.id, coalesce(old.title_index, old.title), coalesce(old.body_index, old.body));
    INSERT INTO articles_fts(rowid, title, body)
        VALUES (new.id, coalesce(new.title_index, new.title), coalesce(new.body_index, new.body));
END;

-- Rows written under schema version 1 become searchable.
INSERT INTO statements_fts(statements_fts) VALUES ('rebuild');
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
