// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CorrectionRepository.h"
#include "EntityCatalog.h"
#include "EntityKeyCache.h"
#include "EntityRepository.h"

namespace sayline::store {

/// The library file's entities and pins as an EntityCatalog; with an EntityKeyCache (an import), look-ups it has
/// answered before and aliases and roles already stored cost no statement.
class SqliteEntityCatalog final : public EntityCatalog
{
public:
    SqliteEntityCatalog(EntityRepository& entities, CorrectionRepository& corrections)
        : m_entities(entities)
        , m_corrections(corrections)
    {
    }

    void useCache(EntityKeyCache* cache) { m_cache = cache; }

    std::vector<RowId> findByKey(const std::string& key, model::EntityType type, bool includeAliases) override;
    RowId create(model::EntityType type, const std::string& name) override;
    void addAlias(RowId id, const std::string& alias) override;
    void addRole(RowId id, const std::string& role) override;
    bool exists(RowId id) override { return m_entities.exists(id); }
    std::optional<RowId> pinFor(RowId articleId, const std::string& nameKey) override
    {
        return m_corrections.pinFor(articleId, nameKey);
    }

private:
    EntityRepository& m_entities;
    CorrectionRepository& m_corrections;
    EntityKeyCache* m_cache = nullptr;
};

} // namespace sayline::store
