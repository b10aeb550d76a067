-- SPDX-License-Identifier: GPL-3.0-or-later
-- Two importers meeting on the same new name create one entity (issue 12). An entity an import creates for a name
-- it found nowhere, when that name identifies it (a full name: not a bare surname, which stays one entity per
-- article), records "<type>:<name_key>" as its import_key; the key is unique, so the second importer's
-- INSERT ... ON CONFLICT (import_key) DO NOTHING finds the first one's entity instead of making another.
-- Entities of older imports, and those the user made (split), keep NULL, which the unique index allows many times.
ALTER TABLE entities ADD COLUMN import_key TEXT;
CREATE UNIQUE INDEX entities_import_key ON entities(import_key);
