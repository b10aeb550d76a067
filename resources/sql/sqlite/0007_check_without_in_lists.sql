-- SPDX-License-Identifier: GPL-3.0-or-later
-- The three IN-list CHECK constraints (statements.kind, entities.type, corrections.kind) become OR chains that
-- allow exactly the same values: SQLite evaluates a constant IN list of three or more values through an ephemeral
-- table that it clears and fills again for every row written, a third of the cost of a statement insert.
-- SQLite cannot change a constraint in place, so each table is rebuilt by the documented procedure
-- (https://www.sqlite.org/lang_altertable.html#otheralter): create the new table, copy the rows with their ids,
-- drop the old one, rename the new one, then create again the indexes, triggers and views of the old one. The
-- Migrator runs this with foreign keys off (so that dropping the old tables deletes nothing through ON DELETE
-- CASCADE) and checks PRAGMA foreign_key_check before it commits. The columns keep their names, order, types and
-- defaults; the full-text indexes keep their rows (they name the statements by id, which the copy keeps).

-- The view behind statements_fts reads statements: it goes first and comes back last.
DROP VIEW statements_text;

CREATE TABLE statements_rebuilt (
    id             INTEGER PRIMARY KEY,
    article_id     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    local_id       TEXT NOT NULL,
    speaker_id     INTEGER REFERENCES entities(id),  -- NULL for an unnamed source
    speaker_text   TEXT NOT NULL,
    speaker_start  INTEGER,
    speaker_end    INTEGER,
    cue            TEXT NOT NULL,
    cue_start      INTEGER,
    cue_end        INTEGER,
    kind           TEXT NOT NULL CHECK (kind = 'direct' OR kind = 'indirect' OR kind = 'mixed'),
    claim_type     TEXT NOT NULL,
    content        TEXT NOT NULL,
    content_index  TEXT,            -- word-segmented copy for full-text search, NULL when equal
    start          INTEGER NOT NULL,
    end            INTEGER NOT NULL,
    date           TEXT,            -- the article's date (YYYY-MM-DD), copied for the speaker search
    speaker_local_id         TEXT,                        -- local id of the analysed speaker
    about_local              TEXT NOT NULL DEFAULT '',    -- local ids of the targets, one per line
    attribution_sieve        TEXT NOT NULL DEFAULT '',
    attribution_explanation  TEXT NOT NULL DEFAULT ''
);
INSERT INTO statements_rebuilt (id, article_id, local_id, speaker_id, speaker_text, speaker_start, speaker_end, cue,
                                cue_start, cue_end, kind, claim_type, content, content_index, start, end, date,
                                speaker_local_id, about_local, attribution_sieve, attribution_explanation)
    SELECT id, article_id, local_id, speaker_id, speaker_text, speaker_start, speaker_end, cue, cue_start, cue_end,
           kind, claim_type, content, content_index, start, end, date, speaker_local_id, about_local,
           attribution_sieve, attribution_explanation
    FROM statements ORDER BY id;
DROP TABLE statements;
ALTER TABLE statements_rebuilt RENAME TO statements;
CREATE INDEX statements_speaker_date ON statements(speaker_id, date);
CREATE INDEX statements_article ON statements(article_id);
CREATE INDEX statements_date ON statements(date);
CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, content)
        VALUES ('delete', old.id, coalesce(old.content_index, old.content));
END;
CREATE TRIGGER statements_fts_update AFTER UPDATE OF content, content_index ON statements BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, content)
        VALUES ('delete', old.id, coalesce(old.content_index, old.content));
    INSERT INTO statements_fts(rowid, content) VALUES (new.id, coalesce(new.content_index, new.content));
END;
CREATE VIEW statements_text AS
    SELECT id, coalesce(content_index, content) AS content FROM statements;

CREATE TABLE entities_rebuilt (
    id          INTEGER PRIMARY KEY,
    type        TEXT NOT NULL
                CHECK (type = 'person' OR type = 'organization' OR type = 'location' OR type = 'misc'),
    name        TEXT NOT NULL,
    name_key    TEXT NOT NULL,              -- case-, accent- and punctuation-folded name
    auto_merge  INTEGER NOT NULL DEFAULT 1, -- 0: only explicit corrections attach articles to it (split-off)
    user_named  INTEGER NOT NULL DEFAULT 0  -- 1: renamed by the user, analysis does not rename it
);
INSERT INTO entities_rebuilt (id, type, name, name_key, auto_merge, user_named)
    SELECT id, type, name, name_key, auto_merge, user_named FROM entities ORDER BY id;
DROP TABLE entities;
ALTER TABLE entities_rebuilt RENAME TO entities;
CREATE INDEX entities_name_key ON entities(name_key, type);

CREATE TABLE corrections_rebuilt (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL
                CHECK (kind = 'pin' OR kind = 'reassign' OR kind = 'delete_statement' OR kind = 'merge'
                       OR kind = 'rename'),
    article_id  INTEGER REFERENCES articles(id) ON DELETE CASCADE,
    span_start  INTEGER,
    span_end    INTEGER,
    name_key    TEXT,
    entity_id   INTEGER REFERENCES entities(id) ON DELETE CASCADE,
    detail      TEXT,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
INSERT INTO corrections_rebuilt (id, kind, article_id, span_start, span_end, name_key, entity_id, detail, created_at)
    SELECT id, kind, article_id, span_start, span_end, name_key, entity_id, detail, created_at
    FROM corrections ORDER BY id;
DROP TABLE corrections;
ALTER TABLE corrections_rebuilt RENAME TO corrections;
CREATE INDEX corrections_article ON corrections(article_id, kind);
CREATE INDEX corrections_entity ON corrections(entity_id);
