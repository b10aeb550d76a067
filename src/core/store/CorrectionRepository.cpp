// SPDX-License-Identifier: GPL-3.0-or-later
#include "CorrectionRepository.h"

#include <string_view>

#include "Database.h"

namespace sayline::store {
namespace {

constexpr const char* kColumns = "id, kind, article_id, span_start, span_end, name_key, entity_id, detail, created_at";

Correction readRow(const PreparedStatement& query)
{
    Correction correction;
    correction.id = query.columnInt(0);
    correction.kind = correctionKindFromString(query.columnText(1));
    correction.articleId = query.columnOptionalInt(2);
    if (!query.isNull(3) && !query.isNull(4))
        correction.span = model::Span { static_cast<int>(query.columnInt(3)), static_cast<int>(query.columnInt(4)) };
    correction.nameKey = query.columnText(5);
    correction.entityId = query.columnOptionalInt(6);
    correction.detail = query.columnText(7);
    correction.createdAt = query.columnText(8);
    return correction;
}

} // namespace

CorrectionKind correctionKindFromString(std::string_view text)
{
    if (text == "reassign")
        return CorrectionKind::Reassign;
    if (text == "delete_statement")
        return CorrectionKind::DeleteStatement;
    if (text == "merge")
        return CorrectionKind::Merge;
    if (text == "rename")
        return CorrectionKind::Rename;
    return CorrectionKind::Pin;
}

const char* toString(CorrectionKind kind)
{
    switch (kind) {
    case CorrectionKind::Pin:
        return "pin";
    case CorrectionKind::Reassign:
        return "reassign";
    case CorrectionKind::DeleteStatement:
        return "delete_statement";
    case CorrectionKind::Merge:
        return "merge";
    case CorrectionKind::Rename:
        return "rename";
    }
    return "pin";
}

CorrectionRepository::CorrectionRepository(Database& db)
    : m_db(db)
{
}

RowId CorrectionRepository::add(const Correction& correction)
{
    if (correction.kind == CorrectionKind::Pin) {
        // A newer pin of the same article entity replaces the older one.
        auto& drop = m_db.cached("DELETE FROM corrections WHERE kind = 'pin' AND article_id = ? AND name_key = ?");
        drop.bind(1, correction.articleId).bind(2, correction.nameKey).run();
    } else if (correction.kind == CorrectionKind::Reassign || correction.kind == CorrectionKind::DeleteStatement) {
        auto& drop = m_db.cached("DELETE FROM corrections WHERE kind IN ('reassign', 'delete_statement') "
                                 "AND article_id = ? AND span_start = ? AND span_end = ?");
        drop.bind(1, correction.articleId)
            .bind(2, correction.span ? correction.span->start : 0)
            .bind(3, correction.span ? correction.span->end : 0)
            .run();
    }
    auto& insert = m_db.cached("INSERT INTO corrections (kind, article_id, span_start, span_end, name_key, entity_id, "
                               "detail) VALUES (?,?,?,?,?,?,?)");
    insert.bind(1, toString(correction.kind)).bind(2, correction.articleId);
    if (correction.span)
        insert.bind(3, correction.span->start).bind(4, correction.span->end);
    else
        insert.bind(3, nullptr).bind(4, nullptr);
    insert.bind(5, correction.nameKey).bind(6, correction.entityId).bind(7, correction.detail).run();
    return m_db.lastInsertRowid();
}

std::optional<RowId> CorrectionRepository::pinFor(RowId articleId, const std::string& nameKey)
{
    auto& query = m_db.cached("SELECT entity_id FROM corrections WHERE kind = 'pin' AND article_id = ? "
                              "AND name_key = ? ORDER BY id DESC LIMIT 1");
    query.bind(1, articleId).bind(2, nameKey);
    std::optional<RowId> id;
    if (query.step())
        id = query.columnOptionalInt(0);
    query.reset();
    return id;
}

std::vector<Correction> CorrectionRepository::statementEdits(RowId articleId)
{
    auto& query = m_db.cached(std::string("SELECT ") + kColumns
                              + " FROM corrections WHERE article_id = ? AND kind IN ('reassign', 'delete_statement') "
                                "ORDER BY id");
    query.bind(1, articleId);
    std::vector<Correction> out;
    while (query.step())
        out.push_back(readRow(query));
    query.reset();
    return out;
}

std::vector<Correction> CorrectionRepository::all()
{
    auto query = m_db.prepare(std::string("SELECT ") + kColumns + " FROM corrections ORDER BY id");
    std::vector<Correction> out;
    while (query.step())
        out.push_back(readRow(query));
    return out;
}

} // namespace sayline::store
