// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CorrectionRepository.h"
#include "EntityCatalog.h"
#include "EntityRepository.h"

namespace sayline::store {

/// The library file's entities and pins as an EntityCatalog.
class SqliteEntityCatalog final : public EntityCatalog
{
public:
    SqliteEntityCatalog(EntityRepository& entities, CorrectionRepository& corrections)
        : m_entities(entities)
        , m_corrections(corrections)
    {
    }

    std::vector<RowId> findByKey(const std::string& key, model::EntityType type, bool includeAliases) override
    {
        return m_entities.findByKey(key, type, includeAliases);
    }
    RowId create(model::EntityType type, const std::string& name) override { return m_entities.create(type, name); }
    void addAlias(RowId id, const std::string& alias) override { m_entities.addAlias(id, alias); }
    void addRole(RowId id, const std::string& role) override { m_entities.addRole(id, role); }
    bool exists(RowId id) override { return m_entities.exists(id); }
    std::optional<RowId> pinFor(RowId articleId, const std::string& nameKey) override
    {
        return m_corrections.pinFor(articleId, nameKey);
    }

private:
    EntityRepository& m_entities;
    CorrectionRepository& m_corrections;
};

} // namespace sayline::store
