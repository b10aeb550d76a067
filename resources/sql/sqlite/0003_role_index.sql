-- SPDX-License-Identifier: GPL-3.0-or-later
-- Speakers can be searched by role ("spokesperson") when no name or alias matches: roles get a folded key and
-- an index. Roles written by version 2 are folded here with SQLite's lower() (ASCII); new ones by the store.
ALTER TABLE entity_roles ADD COLUMN role_key TEXT NOT NULL DEFAULT '';
UPDATE entity_roles SET role_key = lower(trim(role));
CREATE INDEX entity_roles_key ON entity_roles(role_key);
