-- SPDX-License-Identifier: GPL-3.0-or-later
-- The library: articles, library-wide entities, their per-article occurrences, statements, dates and the
-- user's corrections. The Migrator runs this inside a transaction and sets PRAGMA user_version = 1.
PRAGMA application_id = 1398361166; -- 'SYLN'

CREATE TABLE articles (
    id            INTEGER PRIMARY KEY,
    content_hash  TEXT NOT NULL UNIQUE,       -- SHA-256 of title, date and body: one row per article
    file          TEXT NOT NULL,              -- the path it was first imported from
    item          INTEGER NOT NULL DEFAULT 0, -- index inside a multi-article file (feed item)
    title         TEXT NOT NULL,
    authors       TEXT NOT NULL DEFAULT '',   -- one per line
    publisher     TEXT,
    published     TEXT,                       -- ISO 8601 as read
    date          TEXT,                       -- YYYY-MM-DD of published, for filters
    updated       TEXT,
    language      TEXT,
    url           TEXT,
    body          TEXT NOT NULL,              -- paragraphs joined by a blank line (the analysis body)
    title_index   TEXT,                       -- word-segmented copies for full-text search,
    body_index    TEXT,                       -- NULL when equal to the original (no CJK)
    imported_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    analysed_at   TEXT
);
CREATE INDEX articles_date ON articles(date);
CREATE INDEX articles_publisher ON articles(publisher COLLATE NOCASE, date);

-- One row per real-world referent in the whole library ("Wang Wenbin" in ten articles is one row).
CREATE TABLE entities (
    id          INTEGER PRIMARY KEY,
    type        TEXT NOT NULL CHECK (type IN ('person', 'organization', 'location', 'misc')),
    name        TEXT NOT NULL,
    name_key    TEXT NOT NULL,              -- case-, accent- and punctuation-folded name
    auto_merge  INTEGER NOT NULL DEFAULT 1, -- 0: only explicit corrections attach articles to it (split-off)
    user_named  INTEGER NOT NULL DEFAULT 0  -- 1: renamed by the user, analysis does not rename it
);
CREATE INDEX entities_name_key ON entities(name_key, type);

CREATE TABLE entity_aliases (
    entity_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias      TEXT NOT NULL,
    alias_key  TEXT NOT NULL,
    PRIMARY KEY (entity_id, alias_key)
) WITHOUT ROWID;
CREATE INDEX entity_aliases_key ON entity_aliases(alias_key);

CREATE TABLE entity_roles (
    entity_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    role       TEXT NOT NULL,
    PRIMARY KEY (entity_id, role)
) WITHOUT ROWID;

-- An entity as the analysis found it in one article ("E1"), linked to its library entity.
CREATE TABLE article_entities (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    local_id    TEXT NOT NULL,
    entity_id   INTEGER NOT NULL REFERENCES entities(id),
    type        TEXT NOT NULL,
    name        TEXT NOT NULL,
    name_key    TEXT NOT NULL,
    UNIQUE (article_id, local_id)
);
CREATE INDEX article_entities_entity ON article_entities(entity_id);

CREATE TABLE mentions (
    article_entity_id  INTEGER NOT NULL REFERENCES article_entities(id) ON DELETE CASCADE,
    start              INTEGER NOT NULL, -- code point span into articles.body
    end                INTEGER NOT NULL,
    PRIMARY KEY (article_entity_id, start)
) WITHOUT ROWID;

CREATE TABLE statements (
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
    kind           TEXT NOT NULL CHECK (kind IN ('direct', 'indirect', 'mixed')),
    claim_type     TEXT NOT NULL,
    content        TEXT NOT NULL,
    content_index  TEXT,            -- word-segmented copy for full-text search, NULL when equal
    start          INTEGER NOT NULL,
    end            INTEGER NOT NULL,
    date           TEXT             -- the article's date (YYYY-MM-DD), copied for the speaker search
);
CREATE INDEX statements_speaker_date ON statements(speaker_id, date);
CREATE INDEX statements_article ON statements(article_id);
CREATE INDEX statements_date ON statements(date);

CREATE TABLE statement_targets (
    statement_id  INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
    entity_id     INTEGER NOT NULL REFERENCES entities(id),
    PRIMARY KEY (statement_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX statement_targets_entity ON statement_targets(entity_id, statement_id);

CREATE TABLE dates (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    text        TEXT NOT NULL,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    type        TEXT NOT NULL,
    value       TEXT NOT NULL
);
CREATE INDEX dates_article ON dates(article_id);

-- The user's edits, re-applied after every re-analysis. Statements are named by their article and content
-- span (ids change when an article is re-analysed); article entities by their folded name.
--   pin:              in article_id, the article entity named name_key belongs to entity_id (merge, split)
--   reassign:         the statement at [span_start, span_end) of article_id is spoken by entity_id
--   delete_statement: the statement at [span_start, span_end) of article_id is not a statement
--   merge, rename:    a record of the entity-level edit (detail: the old name)
CREATE TABLE corrections (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('pin', 'reassign', 'delete_statement', 'merge', 'rename')),
    article_id  INTEGER REFERENCES articles(id) ON DELETE CASCADE,
    span_start  INTEGER,
    span_end    INTEGER,
    name_key    TEXT,
    entity_id   INTEGER REFERENCES entities(id) ON DELETE CASCADE,
    detail      TEXT,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX corrections_article ON corrections(article_id, kind);
CREATE INDEX corrections_entity ON corrections(entity_id);
