// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntityRepository.h"

#include <algorithm>

#include "Database.h"
#include "TextKeys.h"

namespace sayline::store {
namespace {

std::vector<RowId> collectIds(PreparedStatement& query)
{
    std::vector<RowId> ids;
    while (query.step()) {
        const RowId id = query.columnInt(0);
        if (std::find(ids.begin(), ids.end(), id) == ids.end())
            ids.push_back(id);
    }
    query.reset();
    return ids;
}

} // namespace

EntityRepository::EntityRepository(Database& db)
    : m_db(db)
{
}

RowId EntityRepository::create(model::EntityType type, const std::string& name, bool autoMerge)
{
    auto& insert = m_db.cached("INSERT INTO entities (type, name, name_key, auto_merge) VALUES (?,?,?,?)");
    insert.bind(1, model::toString(type)).bind(2, name).bind(3, foldKey(name)).bind(4, autoMerge ? 1 : 0).run();
    return m_db.lastInsertRowid();
}

std::vector<RowId> EntityRepository::findByKey(const std::string& key, model::EntityType type, bool includeAliases)
{
    if (key.empty())
        return {};
    auto& byName
        = m_db.cached("SELECT id FROM entities WHERE name_key = ? AND type = ? AND auto_merge = 1 ORDER BY id");
    byName.bind(1, key).bind(2, model::toString(type));
    std::vector<RowId> ids = collectIds(byName);
    if (!ids.empty() || !includeAliases)
        return ids;
    return findByAliasKey(key, type);
}

std::vector<RowId> EntityRepository::findByAliasKey(const std::string& key, model::EntityType type)
{
    if (key.empty())
        return {};
    auto& byAlias = m_db.cached("SELECT e.id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id "
                                "WHERE a.alias_key = ? AND e.type = ? AND e.auto_merge = 1 ORDER BY e.id");
    byAlias.bind(1, key).bind(2, model::toString(type));
    return collectIds(byAlias);
}

std::vector<RowId> EntityRepository::findByName(const std::string& text)
{
    const std::string key = foldKey(text);
    auto& query = m_db.cached("SELECT id FROM entities WHERE name_key = ?1 "
                              "UNION SELECT entity_id FROM entity_aliases WHERE alias_key = ?1");
    query.bind(1, key);
    std::vector<RowId> ids = collectIds(query);
    if (!ids.empty())
        return ids;
    auto& byRole = m_db.cached("SELECT DISTINCT entity_id FROM entity_roles WHERE role_key = ?");
    byRole.bind(1, key);
    return collectIds(byRole);
}

std::vector<RowId> EntityRepository::findByWordPrefix(const std::string& text, int limit)
{
    const std::string key = foldKey(text);
    if (key.empty())
        return {};
    // Keys are folded: words are separated by single spaces and carry no LIKE wildcards.
    auto& query = m_db.cached(
        "SELECT m.id FROM (SELECT id FROM entities WHERE name_key LIKE ?1 || '%' OR name_key LIKE '% ' || ?1 || '%' "
        "UNION SELECT entity_id FROM entity_aliases WHERE alias_key LIKE ?1 || '%' OR alias_key LIKE '% ' || ?1 || '%' "
        "UNION SELECT entity_id FROM entity_roles WHERE role_key LIKE ?1 || '%' OR role_key LIKE '% ' || ?1 || '%') m "
        "ORDER BY (SELECT count(*) FROM statements s WHERE s.speaker_id = m.id) DESC, m.id LIMIT ?2");
    query.bind(1, key).bind(2, limit);
    return collectIds(query);
}

std::vector<RowId> EntityRepository::search(const std::string& text)
{
    const std::string pattern = "%" + foldKey(text) + "%";
    auto& query = m_db.cached("SELECT id FROM entities WHERE name_key LIKE ?1 "
                              "UNION SELECT entity_id FROM entity_aliases WHERE alias_key LIKE ?1");
    query.bind(1, pattern);
    return collectIds(query);
}

bool EntityRepository::addAlias(RowId id, const std::string& alias)
{
    const std::string key = foldKey(alias);
    if (key.empty())
        return false;
    auto& insert = m_db.cached("INSERT OR IGNORE INTO entity_aliases (entity_id, alias, alias_key) "
                               "SELECT ?1, ?2, ?3 WHERE ?3 <> (SELECT name_key FROM entities WHERE id = ?1)");
    insert.bind(1, id).bind(2, alias).bind(3, key).run();
    return m_db.changes() > 0;
}

void EntityRepository::addRole(RowId id, const std::string& role)
{
    if (role.empty())
        return;
    auto& insert = m_db.cached("INSERT OR IGNORE INTO entity_roles (entity_id, role, role_key) VALUES (?,?,?)");
    insert.bind(1, id).bind(2, role).bind(3, foldKey(role)).run();
}

bool EntityRepository::exists(RowId id)
{
    auto& query = m_db.cached("SELECT 1 FROM entities WHERE id = ?");
    query.bind(1, id);
    const bool found = query.step();
    query.reset();
    return found;
}

std::optional<EntityInfo> EntityRepository::get(RowId id)
{
    auto& query = m_db.cached("SELECT type, name, (SELECT count(DISTINCT article_id) FROM article_entities "
                              "WHERE entity_id = e.id) FROM entities e WHERE id = ?");
    query.bind(1, id);
    if (!query.step())
        return std::nullopt;
    EntityInfo info;
    info.id = id;
    info.type = model::entityTypeFromString(query.columnText(0)).value_or(model::EntityType::Misc);
    info.name = query.columnText(1);
    info.articleCount = static_cast<int>(query.columnInt(2));
    query.reset();
    auto& aliases = m_db.cached("SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY alias");
    aliases.bind(1, id);
    while (aliases.step())
        info.aliases.push_back(aliases.columnText(0));
    aliases.reset();
    auto& roles = m_db.cached("SELECT role FROM entity_roles WHERE entity_id = ? ORDER BY role");
    roles.bind(1, id);
    while (roles.step())
        info.roles.push_back(roles.columnText(0));
    roles.reset();
    return info;
}

void EntityRepository::rename(RowId id, const std::string& name)
{
    auto& keepOld = m_db.cached("INSERT OR IGNORE INTO entity_aliases (entity_id, alias, alias_key) "
                                "SELECT id, name, name_key FROM entities WHERE id = ?");
    keepOld.bind(1, id).run();
    auto& update = m_db.cached("UPDATE entities SET name = ?, name_key = ?, user_named = 1 WHERE id = ?");
    update.bind(1, name).bind(2, foldKey(name)).bind(3, id).run();
    auto& dropSelf = m_db.cached("DELETE FROM entity_aliases WHERE entity_id = ?1 "
                                 "AND alias_key = (SELECT name_key FROM entities WHERE id = ?1)");
    dropSelf.bind(1, id).run();
}

void EntityRepository::merge(RowId from, RowId into)
{
    const std::string sql[] = {
        "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, alias_key) "
        "SELECT ?2, name, name_key FROM entities WHERE id = ?1",
        "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, alias_key) "
        "SELECT ?2, alias, alias_key FROM entity_aliases WHERE entity_id = ?1",
        "DELETE FROM entity_aliases WHERE entity_id = ?2 AND alias_key = (SELECT name_key FROM entities WHERE id = ?2)",
        "INSERT OR IGNORE INTO entity_roles (entity_id, role, role_key) "
        "SELECT ?2, role, role_key FROM entity_roles WHERE entity_id = ?1",
        "UPDATE article_entities SET entity_id = ?2 WHERE entity_id = ?1",
        "UPDATE statements SET speaker_id = ?2 WHERE speaker_id = ?1",
        "INSERT OR IGNORE INTO statement_targets (statement_id, entity_id) "
        "SELECT statement_id, ?2 FROM statement_targets WHERE entity_id = ?1",
        "DELETE FROM statement_targets WHERE entity_id = ?1",
        "UPDATE corrections SET entity_id = ?2 WHERE entity_id = ?1",
        "DELETE FROM entities WHERE id = ?1",
    };
    for (const std::string& text : sql) {
        auto& step = m_db.cached(text);
        step.bind(1, from);
        if (step.parameterCount() >= 2)
            step.bind(2, into);
        step.run();
    }
}

void EntityRepository::removeIfUnused(RowId id)
{
    auto& remove = m_db.cached(
        "DELETE FROM entities WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM article_entities WHERE entity_id = ?1) "
        "AND NOT EXISTS (SELECT 1 FROM statements WHERE speaker_id = ?1) "
        "AND NOT EXISTS (SELECT 1 FROM statement_targets WHERE entity_id = ?1) "
        "AND NOT EXISTS (SELECT 1 FROM corrections WHERE entity_id = ?1)");
    remove.bind(1, id).run();
}

} // namespace sayline::store
