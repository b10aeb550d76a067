// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "Records.h"

namespace sayline::store {

/// What EntityResolver needs of a store's entities and pins, so that the library file and the team archive
/// resolve an article's entities by the same rule (one call per entity of an imported article).
class EntityCatalog
{
public:
    virtual ~EntityCatalog() = default;

    /// Entities of this type open to automatic merging whose name (or, with aliases, an alias) folds to key,
    /// oldest first.
    virtual std::vector<RowId> findByKey(const std::string& key, model::EntityType type, bool includeAliases) = 0;
    virtual RowId create(model::EntityType type, const std::string& name) = 0;
    virtual void addAlias(RowId id, const std::string& alias) = 0;
    virtual void addRole(RowId id, const std::string& role) = 0;
    virtual bool exists(RowId id) = 0;
    /// The library entity the user pinned this article entity to, if any.
    virtual std::optional<RowId> pinFor(RowId articleId, const std::string& nameKey) = 0;
};

} // namespace sayline::store
