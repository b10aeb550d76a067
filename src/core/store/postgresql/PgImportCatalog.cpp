// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgImportCatalog.h"

#include "store/TextKeys.h"

namespace sayline::store::postgresql {

PgImportCatalog::PgImportCatalog(PgConnection& connection, PgConnection* creator)
    : m_connection(connection)
    , m_creator(creator)
    , m_entities(connection)
{
}

void PgImportCatalog::prefetch(const model::AnalysedArticle& analysed)
{
    m_fetched.clear();
    m_names.clear();
    m_aliases.clear();
    m_aliasQueue.clear(); // what an article that failed before writing them left
    m_roleQueue.clear();
    std::set<std::string> keys;
    auto want = [&keys](const std::string& text) {
        if (std::string key = foldKey(text); !key.empty())
            keys.insert(std::move(key));
    };
    for (const model::Entity& entity : analysed.entities) {
        want(entity.name);
        for (const std::string& alias : entity.aliases)
            want(alias);
        if (entity.type == model::EntityType::Person) {
            if (const auto pinyin = pinyinPersonName(entity.name))
                want(*pinyin);
        }
    }
    if (keys.empty())
        return;
    ++m_roundTrips;
    const PgResult found = m_connection.query(
        "SELECT name_key, type, id, false, name_key FROM entities WHERE name_key = ANY($1::text[]) AND auto_merge "
        "UNION ALL SELECT a.alias_key, e.type, e.id, true, e.name_key FROM entity_aliases a "
        "JOIN entities e ON e.id = a.entity_id WHERE a.alias_key = ANY($1::text[]) AND e.auto_merge",
        { arrayLiteral(std::vector<std::optional<std::string>>(keys.begin(), keys.end())) });
    for (int row = 0; row < found.rows(); ++row) {
        const RowId id = found.integer(row, 2);
        const std::string type = found.text(row, 1);
        (found.boolean(row, 3) ? m_aliases : m_names)[{ found.text(row, 0), type }].insert(id);
        m_types[id] = type;
        m_nameKeys[id] = found.text(row, 4);
        // Its own name is never stored as an alias (the insert skips it), so it counts as known too.
        m_knownAliases.insert({ id, found.text(row, 0) });
    }
    m_fetched = std::move(keys);
}

std::vector<std::pair<std::string, Params>> PgImportCatalog::take()
{
    std::vector<std::pair<std::string, Params>> commands;
    if (!m_aliasQueue.empty()) {
        PgColumns rows(3);
        for (const auto& [id, key, alias] : m_aliasQueue)
            rows.add({ std::to_string(id), alias, key });
        commands.push_back({ "INSERT INTO entity_aliases (entity_id, alias, alias_key) SELECT a.entity_id, a.alias, "
                             "a.alias_key FROM unnest($1::bigint[], $2::text[], $3::text[]) "
                             "AS a(entity_id, alias, alias_key) JOIN entities e ON e.id = a.entity_id "
                             "WHERE a.alias_key <> e.name_key ON CONFLICT DO NOTHING",
                             { rows.literal(0), rows.literal(1), rows.literal(2) } });
    }
    if (!m_roleQueue.empty()) {
        PgColumns rows(3);
        for (const auto& [id, role, key] : m_roleQueue)
            rows.add({ std::to_string(id), role, key });
        commands.push_back({ "INSERT INTO entity_roles (entity_id, role, role_key) "
                             "SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[]) ON CONFLICT DO NOTHING",
                             { rows.literal(0), rows.literal(1), rows.literal(2) } });
    }
    m_aliasQueue.clear();
    m_roleQueue.clear();
    return commands;
}

std::vector<RowId> PgImportCatalog::findByKey(const std::string& key, model::EntityType type, bool includeAliases)
{
    if (key.empty())
        return {};
    if (!m_fetched.contains(key)) {
        ++m_roundTrips;
        return m_entities.findByKey(key, type, includeAliases);
    }
    // Oldest first, as PgEntities answers: ids grow with age.
    const Key wanted { key, std::string(model::toString(type)) };
    if (const auto names = m_names.find(wanted); names != m_names.end() && !names->second.empty())
        return { names->second.begin(), names->second.end() };
    if (!includeAliases)
        return {};
    if (const auto aliases = m_aliases.find(wanted); aliases != m_aliases.end())
        return { aliases->second.begin(), aliases->second.end() };
    return {};
}

RowId PgImportCatalog::create(model::EntityType type, const std::string& name)
{
    const std::string typeName(model::toString(type));
    const std::string key = foldKey(name);
    RowId id = 0;
    // A bare surname is ambiguous (EntityResolver makes one entity per article for it): no import key.
    const bool identifying = type != model::EntityType::Person || isFullPersonName(name);
    // Committed at once like the rest (its aliases and roles are, and must find it).
    PgConnection& creator = m_creator ? *m_creator : m_connection;
    if (!identifying || key.empty()) {
        ++m_roundTrips;
        id = creator
                 .query("INSERT INTO entities (type, name, name_key) VALUES ($1, $2, $3) RETURNING id",
                        { typeName, name, key })
                 .integer(0, 0);
    } else {
        const std::string importKey = typeName + ":" + key;
        ++m_roundTrips;
        // One statement: the new row, or the row another importer committed under the same key.
        const PgResult made = creator.query(
            "WITH made AS (INSERT INTO entities (type, name, name_key, import_key) VALUES ($1, $2, $3, $4) "
            "ON CONFLICT (import_key) DO NOTHING RETURNING id) "
            "SELECT id FROM made UNION ALL SELECT id FROM entities WHERE import_key = $4 LIMIT 1",
            { typeName, name, key, importKey });
        if (made.rows() == 0) {
            // The other importer's row committed after this statement's snapshot was taken: ask again.
            ++m_roundTrips;
            id = creator.query("SELECT id FROM entities WHERE import_key = $1", { importKey }).integer(0, 0);
        } else {
            id = made.integer(0, 0);
        }
    }
    m_names[{ key, typeName }].insert(id);
    m_types[id] = typeName;
    m_nameKeys[id] = key;
    m_knownAliases.insert({ id, key });
    return id;
}

void PgImportCatalog::addAlias(RowId id, const std::string& alias)
{
    const std::string key = foldKey(alias);
    if (key.empty())
        return;
    // Later entities of the article see the alias, as they would had it been written at once.
    if (const auto type = m_types.find(id); type != m_types.end() && m_nameKeys[id] != key)
        m_aliases[{ key, type->second }].insert(id);
    if (m_knownAliases.insert({ id, key }).second)
        m_aliasQueue.insert({ id, key, alias });
}

void PgImportCatalog::addRole(RowId id, const std::string& role)
{
    if (role.empty())
        return;
    if (m_knownRoles.insert({ id, role }).second)
        m_roleQueue.insert({ id, role, foldKey(role) });
}

void PgImportCatalog::writeQueued(std::vector<std::pair<std::string, Params>>& rows)
{
    const auto aliases = m_aliasQueue;
    const auto roles = m_roleQueue;
    std::vector<std::pair<std::string, Params>> commands = take();
    if (commands.empty())
        return;
    if (!m_creator) {
        rows.insert(rows.end(), commands.begin(), commands.end());
        return;
    }
    ++m_roundTrips;
    try {
        m_creator->pipeline(commands); // one implicit transaction, committed at its sync
    } catch (...) {
        // Not written: a retry of the article must send them again.
        for (const auto& [id, key, alias] : aliases)
            m_knownAliases.erase({ id, key });
        for (const auto& [id, role, key] : roles)
            m_knownRoles.erase({ id, role });
        throw;
    }
}

bool PgImportCatalog::exists(RowId id)
{
    ++m_roundTrips;
    return m_entities.exists(id);
}

std::optional<RowId> PgImportCatalog::pinFor(RowId articleId, const std::string& nameKey)
{
    ++m_roundTrips;
    return m_entities.pinFor(articleId, nameKey);
}

} // namespace sayline::store::postgresql
