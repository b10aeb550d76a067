// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntityKeyCache.h"

#include "Database.h"

namespace sayline::store {
namespace {

/// Entries at which the cache starts over, so that a huge import's memory stays bounded (about 100 MB).
constexpr std::size_t kMaxEntries = 500000;

} // namespace

EntityKeyCache::Stamp EntityKeyCache::stamp(Database& db)
{
    return { db.dataVersion(), db.totalChanges() };
}

void EntityKeyCache::begin(Database& db)
{
    if (!m_confirmed || stamp(db) != m_stamp)
        clear();
    if (m_lookups.size() + m_aliases.size() + m_roles.size() > kMaxEntries)
        clear();
}

void EntityKeyCache::confirm(const Stamp& committed)
{
    m_stamp = committed;
    m_confirmed = true;
}

void EntityKeyCache::clear()
{
    m_lookups.clear();
    m_aliases.clear();
    m_roles.clear();
    m_confirmed = false;
}

std::string EntityKeyCache::lookupKey(bool aliases, model::EntityType type, const std::string& key)
{
    std::string out;
    out.reserve(key.size() + 2);
    out += aliases ? 'a' : 'n';
    out += static_cast<char>('0' + static_cast<int>(type));
    out += key;
    return out;
}

std::string EntityKeyCache::pairKey(RowId entity, const std::string& text)
{
    std::string out = std::to_string(entity);
    out += '\n';
    out += text;
    return out;
}

const std::vector<RowId>* EntityKeyCache::find(bool aliases, model::EntityType type, const std::string& key) const
{
    const auto it = m_lookups.find(lookupKey(aliases, type, key));
    return it == m_lookups.end() ? nullptr : &it->second;
}

void EntityKeyCache::remember(bool aliases, model::EntityType type, const std::string& key, std::vector<RowId> ids)
{
    m_lookups[lookupKey(aliases, type, key)] = std::move(ids);
}

void EntityKeyCache::created(model::EntityType type, const std::string& key, RowId id)
{
    // The name look-up lists ids oldest first; a cached answer without the new entity would be wrong.
    if (const auto it = m_lookups.find(lookupKey(false, type, key)); it != m_lookups.end())
        it->second.push_back(id);
}

void EntityKeyCache::aliasAdded(const std::string& key)
{
    for (const model::EntityType type : { model::EntityType::Person, model::EntityType::Organization,
                                          model::EntityType::Location, model::EntityType::Misc })
        m_lookups.erase(lookupKey(true, type, key));
}

} // namespace sayline::store
