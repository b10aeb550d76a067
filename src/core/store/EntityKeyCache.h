// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "Records.h"

namespace sayline::store {

class Database;

/// What an import's writer has learned about the library's entities, kept from one batch to the next: the entities
/// a name key or an alias key finds (the two look-ups of EntityResolver), and the aliases and roles already stored
/// (so adding them again, which changes nothing, costs no statement). A speaker quoted in a thousand articles is
/// then looked up once per import instead of once per article.
///
/// Valid only while the writer's own statements are the only changes to the file: begin() (inside each batch's
/// transaction) forgets everything when another connection committed since the last confirm() (PRAGMA data_version)
/// or this connection changed rows outside the batches (sqlite3_total_changes64). A batch that is rolled back, or an
/// article whose savepoint is, calls clear(), since the cache may name rows that no longer exist.
class EntityKeyCache
{
public:
    /// What tells whether anything but the batches changed the file: PRAGMA data_version (another connection
    /// committed) and sqlite3_total_changes64 (this connection changed rows).
    struct Stamp
    {
        std::int64_t dataVersion = 0;
        std::int64_t totalChanges = 0;
        bool operator==(const Stamp&) const = default;
    };
    /// Taken inside a batch's transaction, where nobody else can commit.
    static Stamp stamp(Database& db);

    /// At the start of a batch's transaction.
    void begin(Database& db);
    /// After the batch committed, with the stamp taken just before its COMMIT (after it, another connection could
    /// already have committed a change the cache would then never notice): what the cache holds is in the file.
    void confirm(const Stamp& committed);
    void clear();

    /// The cached result of the name (aliases false) or alias (true) look-up of key, or nullptr.
    const std::vector<RowId>* find(bool aliases, model::EntityType type, const std::string& key) const;
    void remember(bool aliases, model::EntityType type, const std::string& key, std::vector<RowId> ids);
    /// A new entity of that type is named key (its id is larger than every cached one).
    void created(model::EntityType type, const std::string& key, RowId id);
    /// An alias with this key was stored: every cached alias look-up of the key is out of date.
    void aliasAdded(const std::string& key);

    /// True when (entity, alias key) or (entity, role) was already added; marks it added.
    bool aliasKnown(RowId entity, const std::string& aliasKey)
    {
        return !m_aliases.insert(pairKey(entity, aliasKey)).second;
    }
    bool roleKnown(RowId entity, const std::string& role) { return !m_roles.insert(pairKey(entity, role)).second; }

private:
    static std::string lookupKey(bool aliases, model::EntityType type, const std::string& key);
    static std::string pairKey(RowId entity, const std::string& text);

    std::unordered_map<std::string, std::vector<RowId>> m_lookups;
    std::unordered_set<std::string> m_aliases;
    std::unordered_set<std::string> m_roles;
    bool m_confirmed = false;
    Stamp m_stamp;
};

} // namespace sayline::store
