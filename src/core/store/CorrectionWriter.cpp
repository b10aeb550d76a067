// SPDX-License-Identifier: GPL-3.0-or-later
#include "CorrectionWriter.h"

#include <utility>

#include "Database.h"
#include "model/Error.h"

namespace sayline::store {

CorrectionWriter::CorrectionWriter(Database& db)
    : m_db(db)
    , m_entities(db)
    , m_statements(db)
    , m_corrections(db)
{
}

void CorrectionWriter::requireEntity(RowId id)
{
    if (!m_entities.exists(id))
        throw Error(ErrorCode::NotFound, "no entity " + std::to_string(id) + " in the library");
}

StatementRecord CorrectionWriter::requireStatement(RowId id)
{
    auto statement = m_statements.get(id);
    if (!statement)
        throw Error(ErrorCode::NotFound, "no statement " + std::to_string(id) + " in the library");
    return std::move(*statement);
}

void CorrectionWriter::pinOccurrences(RowId entity, RowId articleId, RowId target)
{
    auto query = m_db.prepare("SELECT DISTINCT article_id, name_key FROM article_entities WHERE entity_id = ?1 "
                              "AND (?2 = 0 OR article_id = ?2)");
    query.bind(1, entity).bind(2, articleId);
    std::vector<std::pair<RowId, std::string>> occurrences;
    while (query.step())
        occurrences.emplace_back(query.columnInt(0), query.columnText(1));
    for (const auto& [article, key] : occurrences)
        m_corrections.add({ 0, CorrectionKind::Pin, article, std::nullopt, key, target, "", "" });
}

void CorrectionWriter::merge(RowId keep, RowId other)
{
    if (keep == other)
        throw Error(ErrorCode::Usage, "cannot merge entity " + std::to_string(keep) + " with itself");
    requireEntity(keep);
    requireEntity(other);
    const std::string otherName = m_entities.get(other)->name;
    pinOccurrences(other, 0, keep);
    m_entities.merge(other, keep);
    m_corrections.add({ 0, CorrectionKind::Merge, std::nullopt, std::nullopt, "", keep, otherName, "" });
}

RowId CorrectionWriter::split(RowId entity, const std::vector<RowId>& articleIds)
{
    requireEntity(entity);
    const EntityInfo info = *m_entities.get(entity);
    const RowId created = m_entities.create(info.type, info.name, false);
    for (RowId article : articleIds) {
        pinOccurrences(entity, article, created);
        m_db.cached("UPDATE article_entities SET entity_id = ?1 WHERE entity_id = ?2 AND article_id = ?3")
            .bind(1, created)
            .bind(2, entity)
            .bind(3, article)
            .run();
        m_db.cached("UPDATE statements SET speaker_id = ?1 WHERE speaker_id = ?2 AND article_id = ?3")
            .bind(1, created)
            .bind(2, entity)
            .bind(3, article)
            .run();
        m_db.cached("UPDATE statement_targets SET entity_id = ?1 WHERE entity_id = ?2 AND statement_id IN "
                    "(SELECT id FROM statements WHERE article_id = ?3)")
            .bind(1, created)
            .bind(2, entity)
            .bind(3, article)
            .run();
    }
    return created;
}

void CorrectionWriter::reassign(RowId statement, RowId entity)
{
    requireEntity(entity);
    const StatementRecord record = requireStatement(statement);
    m_corrections.add({ 0, CorrectionKind::Reassign, record.articleId, record.span, "", entity, "", "" });
    m_statements.setSpeaker(statement, entity);
}

void CorrectionWriter::deleteStatement(RowId statement)
{
    const StatementRecord record = requireStatement(statement);
    m_corrections.add(
        { 0, CorrectionKind::DeleteStatement, record.articleId, record.span, "", std::nullopt, record.content, "" });
    const std::optional<RowId> speaker = record.speakerId;
    m_statements.remove(statement);
    if (speaker)
        m_entities.removeIfUnused(*speaker);
}

void CorrectionWriter::rename(RowId entity, const std::string& name)
{
    requireEntity(entity);
    if (name.empty())
        throw Error(ErrorCode::Usage, "an entity needs a name");
    const std::string oldName = m_entities.get(entity)->name;
    m_entities.rename(entity, name);
    m_corrections.add({ 0, CorrectionKind::Rename, std::nullopt, std::nullopt, "", entity, oldName, "" });
}

} // namespace sayline::store
