// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchQuery.h"

#include "StatementRepository.h"
#include "TextKeys.h"

namespace sayline::store {
namespace {

constexpr const char* kSnippet = "snippet(statements_fts, 0, '[', ']', '…', 24)";

void inList(SqlText& sql, const std::string& column, const std::vector<RowId>& ids)
{
    sql.where(column + " IN (" + SqlText::placeholders(ids.size()) + ")");
    for (RowId id : ids)
        sql.bindValue(id);
}

} // namespace

SearchQueryBuilder::SearchQueryBuilder(const SearchQuery& query, std::optional<std::vector<RowId>> speakerIds,
                                       std::optional<std::vector<RowId>> aboutIds)
    : m_query(query)
    , m_speakerIds(std::move(speakerIds))
    , m_aboutIds(std::move(aboutIds))
{
}

SqlText SearchQueryBuilder::build() const
{
    const bool text = m_query.text.has_value();
    const bool indexDriven = m_speakerIds || m_aboutIds || !text;
    std::string select = std::string("SELECT ") + StatementRepository::recordColumns() + ", "
        + (text ? kSnippet : "NULL");
    if (!text)
        select += " FROM statements s";
    else if (indexDriven) // CROSS JOIN keeps statements as the outer loop: one FTS rowid probe per candidate
        select += " FROM statements s CROSS JOIN statements_fts ON statements_fts.rowid = s.id";
    else
        select += " FROM statements_fts JOIN statements s ON s.id = statements_fts.rowid";
    select += " JOIN articles a ON a.id = s.article_id LEFT JOIN entities e ON e.id = s.speaker_id";
    SqlText sql(select);
    if (m_speakerIds)
        inList(sql, "s.speaker_id", *m_speakerIds);
    if (m_aboutIds) {
        sql.where("s.id IN (SELECT statement_id FROM statement_targets WHERE entity_id IN ("
                  + SqlText::placeholders(m_aboutIds->size()) + "))");
        for (RowId id : *m_aboutIds)
            sql.bindValue(id);
    }
    if (text)
        sql.where("statements_fts MATCH ?", segmentQuery(*m_query.text));
    if (m_query.from)
        sql.where("s.date >= ?", *m_query.from);
    if (m_query.to)
        sql.where("s.date <= ?", *m_query.to);
    if (m_query.publisher)
        sql.where("a.publisher = ? COLLATE NOCASE", *m_query.publisher);
    if (m_query.kind)
        sql.where("s.kind = ?", std::string(model::toString(*m_query.kind)));
    sql.append(indexDriven ? " ORDER BY s.date DESC, s.id DESC" : " ORDER BY bm25(statements_fts), s.date DESC");
    sql.append(" LIMIT ?");
    sql.bindValue(static_cast<std::int64_t>(m_query.limit));
    return sql;
}

} // namespace sayline::store
