// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "Records.h"

namespace sayline::store {

class Database;

/// Library-wide entities with their aliases and roles, looked up by folded name keys.
class EntityRepository
{
public:
    explicit EntityRepository(Database& db);

    RowId create(model::EntityType type, const std::string& name, bool autoMerge = true);
    /// Entities of this type open to automatic merging whose name (or, with aliases, an alias) folds to key.
    std::vector<RowId> findByKey(const std::string& key, model::EntityType type, bool includeAliases);
    /// Entities of this type open to automatic merging with an alias that folds to key (the second half of
    /// findByKey), oldest first.
    std::vector<RowId> findByAliasKey(const std::string& key, model::EntityType type);
    /// Entities of any type whose name or alias folds like text; failing that, those with that role.
    std::vector<RowId> findByName(const std::string& text);
    /// Entities with a name, alias or role one of whose words starts with the folded text ("spokes" finds the
    /// spokesperson, "wen" Wang Wenbin), most statements first.
    std::vector<RowId> findByWordPrefix(const std::string& text, int limit = 1000);
    /// Entities whose name or an alias contains the folded text (for `speakers --query`).
    std::vector<RowId> search(const std::string& text);
    /// Adds the alias unless the entity has it (or is named so); true when a row was stored.
    bool addAlias(RowId id, const std::string& alias);
    void addRole(RowId id, const std::string& role);
    std::optional<EntityInfo> get(RowId id);
    bool exists(RowId id);

    /// Renames the entity; the old name stays an alias so lookups keep finding it.
    void rename(RowId id, const std::string& name);
    /// Moves everything of `from` onto `into` and deletes `from`.
    void merge(RowId from, RowId into);
    /// Deletes the entity when no article, statement or correction refers to it any more.
    void removeIfUnused(RowId id);

private:
    Database& m_db;
};

} // namespace sayline::store
