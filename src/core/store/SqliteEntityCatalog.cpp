// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteEntityCatalog.h"

#include "Database.h"
#include "TextKeys.h"

namespace sayline::store {

std::vector<RowId> SqliteEntityCatalog::findByKey(const std::string& key, model::EntityType type, bool includeAliases)
{
    if (!m_cache || key.empty())
        return m_entities.findByKey(key, type, includeAliases);
    std::vector<RowId> ids;
    if (const std::vector<RowId>* known = m_cache->find(false, type, key)) {
        ids = *known;
    } else {
        ids = m_entities.findByKey(key, type, false);
        m_cache->remember(false, type, key, ids);
    }
    if (!ids.empty() || !includeAliases)
        return ids;
    if (const std::vector<RowId>* known = m_cache->find(true, type, key))
        return *known;
    ids = m_entities.findByAliasKey(key, type);
    m_cache->remember(true, type, key, ids);
    return ids;
}

RowId SqliteEntityCatalog::create(model::EntityType type, const std::string& name)
{
    const RowId id = m_entities.create(type, name);
    if (m_cache)
        m_cache->created(type, foldKey(name), id);
    return id;
}

void SqliteEntityCatalog::addAlias(RowId id, const std::string& alias)
{
    if (!m_cache) {
        m_entities.addAlias(id, alias);
        return;
    }
    const std::string key = foldKey(alias);
    if (key.empty() || m_cache->aliasKnown(id, key))
        return;
    if (m_entities.addAlias(id, alias))
        m_cache->aliasAdded(key);
}

void SqliteEntityCatalog::addRole(RowId id, const std::string& role)
{
    if (m_cache && m_cache->roleKnown(id, role))
        return;
    m_entities.addRole(id, role);
}

} // namespace sayline::store
