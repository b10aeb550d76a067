// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgEntities.h"

#include <algorithm>

#include "PgConnection.h"
#include "PgSql.h"
#include "store/TextKeys.h"
#include "store/TextLists.h"

namespace sayline::store::postgresql {
namespace {

std::vector<RowId> ids(const PgResult& result)
{
    std::vector<RowId> out;
    for (int row = 0; row < result.rows(); ++row) {
        const RowId id = result.integer(row, 0);
        if (std::find(out.begin(), out.end(), id) == out.end())
            out.push_back(id);
    }
    return out;
}

/// A LIKE pattern matching text literally (folded keys have no wildcards, but a user's text may).
std::string escapeLike(const std::string& text)
{
    std::string out;
    for (char c : text) {
        if (c == '%' || c == '_' || c == '\\')
            out += '\\';
        out += c;
    }
    return out;
}

} // namespace

std::string idArray(const std::vector<RowId>& ids)
{
    std::string out = "{";
    for (std::size_t i = 0; i < ids.size(); ++i)
        out += (i ? "," : "") + std::to_string(ids[i]);
    return out + "}";
}

PgEntities::PgEntities(PgConnection& connection)
    : m_connection(connection)
{
}

std::vector<RowId> PgEntities::findByKey(const std::string& key, model::EntityType type, bool includeAliases)
{
    if (key.empty())
        return {};
    const std::string typeName(model::toString(type));
    std::vector<RowId> found = ids(m_connection.query(
        "SELECT id FROM entities WHERE name_key = $1 AND type = $2 AND auto_merge ORDER BY id", { key, typeName }));
    if (!found.empty() || !includeAliases)
        return found;
    return ids(m_connection.query("SELECT e.id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id "
                                  "WHERE a.alias_key = $1 AND e.type = $2 AND e.auto_merge ORDER BY e.id",
                                  { key, typeName }));
}

RowId PgEntities::create(model::EntityType type, const std::string& name)
{
    return m_connection
        .query("INSERT INTO entities (type, name, name_key) VALUES ($1, $2, $3) RETURNING id",
               { std::string(model::toString(type)), name, foldKey(name) })
        .integer(0, 0);
}

void PgEntities::addAlias(RowId id, const std::string& alias)
{
    const std::string key = foldKey(alias);
    if (key.empty())
        return;
    m_connection.query("INSERT INTO entity_aliases (entity_id, alias, alias_key) SELECT $1::bigint, $2::text, $3::text "
                       "WHERE $3::text <> (SELECT name_key FROM entities WHERE id = $1::bigint) ON CONFLICT DO NOTHING",
                       { std::to_string(id), alias, key });
}

void PgEntities::addRole(RowId id, const std::string& role)
{
    if (role.empty())
        return;
    m_connection.query("INSERT INTO entity_roles (entity_id, role, role_key) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                       { std::to_string(id), role, foldKey(role) });
}

bool PgEntities::exists(RowId id)
{
    return m_connection.query("SELECT 1 FROM entities WHERE id = $1", { std::to_string(id) }).rows() > 0;
}

std::optional<RowId> PgEntities::pinFor(RowId articleId, const std::string& nameKey)
{
    const PgResult pin = m_connection.query("SELECT entity_id FROM corrections WHERE kind = 'pin' AND article_id = $1 "
                                            "AND name_key = $2 ORDER BY id DESC LIMIT 1",
                                            { std::to_string(articleId), nameKey });
    if (pin.rows() == 0)
        return std::nullopt;
    return pin.optionalInteger(0, 0);
}

std::vector<RowId> PgEntities::findByName(const std::string& text)
{
    const std::string key = foldKey(text);
    std::vector<RowId> found = ids(m_connection.query(
        "SELECT id FROM entities WHERE name_key = $1 UNION SELECT entity_id FROM entity_aliases WHERE alias_key = $1",
        { key }));
    if (!found.empty())
        return found;
    return ids(m_connection.query("SELECT DISTINCT entity_id FROM entity_roles WHERE role_key = $1", { key }));
}

std::vector<RowId> PgEntities::findByWordPrefix(const std::string& text, int limit)
{
    const std::string key = foldKey(text);
    if (key.empty())
        return {};
    const std::string start = escapeLike(key) + "%";
    const std::string word = "% " + escapeLike(key) + "%";
    return ids(m_connection.query(
        "SELECT m.id FROM (SELECT id FROM entities WHERE name_key LIKE $1 OR name_key LIKE $2 "
        "UNION SELECT entity_id FROM entity_aliases WHERE alias_key LIKE $1 OR alias_key LIKE $2 "
        "UNION SELECT entity_id FROM entity_roles WHERE role_key LIKE $1 OR role_key LIKE $2) m "
        "ORDER BY (SELECT count(*) FROM statements s WHERE s.speaker_id = m.id) DESC, m.id LIMIT $3",
        { start, word, std::to_string(limit) }));
}

std::vector<RowId> PgEntities::containing(const std::string& text)
{
    const std::string pattern = "%" + escapeLike(foldKey(text)) + "%";
    return ids(m_connection.query("SELECT id FROM entities WHERE name_key LIKE $1 "
                                  "UNION SELECT entity_id FROM entity_aliases WHERE alias_key LIKE $1",
                                  { pattern }));
}

std::optional<EntityInfo> PgEntities::get(RowId id)
{
    const std::string key = std::to_string(id);
    const PgResult row = m_connection.query(
        "SELECT type, name, (SELECT count(DISTINCT article_id) FROM article_entities WHERE entity_id = e.id), "
        "(SELECT string_agg(alias, E'\\n' ORDER BY alias) FROM entity_aliases WHERE entity_id = e.id), "
        "(SELECT string_agg(role, E'\\n' ORDER BY role) FROM entity_roles WHERE entity_id = e.id) "
        "FROM entities e WHERE id = $1",
        { key });
    if (row.rows() == 0)
        return std::nullopt;
    EntityInfo info;
    info.id = id;
    info.type = model::entityTypeFromString(row.text(0, 0)).value_or(model::EntityType::Misc);
    info.name = row.text(0, 1);
    info.articleCount = static_cast<int>(row.integer(0, 2));
    info.aliases = splitText(row.optionalText(0, 3).value_or(""));
    info.roles = splitText(row.optionalText(0, 4).value_or(""));
    return info;
}

std::vector<SpeakerSummary> PgEntities::speakers(const std::optional<std::vector<RowId>>& ids, int limit, int offset)
{
    PgSql sql("SELECT e.id, e.type, e.name, count(*), min(s.date)::text, max(s.date)::text, "
              "(SELECT string_agg(alias, E'\\n' ORDER BY alias) FROM entity_aliases WHERE entity_id = e.id), "
              "(SELECT string_agg(role, E'\\n' ORDER BY role) FROM entity_roles WHERE entity_id = e.id) "
              "FROM statements s JOIN entities e ON e.id = s.speaker_id");
    if (ids) {
        if (ids->empty())
            return {};
        sql.where("s.speaker_id = ANY(" + sql.param(idArray(*ids)) + "::bigint[])");
    }
    sql.append(" GROUP BY e.id ORDER BY count(*) DESC, e.name LIMIT " + sql.param(std::int64_t { limit }) + " OFFSET "
               + sql.param(std::int64_t { offset }));
    const PgResult rows = sql.run(m_connection);
    std::vector<SpeakerSummary> out;
    for (int row = 0; row < rows.rows(); ++row) {
        SpeakerSummary summary;
        summary.id = rows.integer(row, 0);
        summary.type = model::entityTypeFromString(rows.text(row, 1)).value_or(model::EntityType::Misc);
        summary.name = rows.text(row, 2);
        summary.statementCount = static_cast<int>(rows.integer(row, 3));
        summary.firstDate = rows.optionalText(row, 4);
        summary.lastDate = rows.optionalText(row, 5);
        summary.aliases = splitText(rows.optionalText(row, 6).value_or(""));
        summary.roles = splitText(rows.optionalText(row, 7).value_or(""));
        out.push_back(std::move(summary));
    }
    return out;
}

} // namespace sayline::store::postgresql
