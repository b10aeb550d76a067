// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "Records.h"
#include "SqlText.h"

namespace sayline::store {

/// What the user asks of the statements; every filter is optional and they combine with AND.
struct SearchQuery
{
    std::optional<std::string> speaker; ///< a name or alias (case and accents do not matter), else a role
    std::optional<std::string> text; ///< an FTS5 query over the statement content
    std::optional<std::string> about; ///< a name or alias of an entity the statement is about
    std::optional<std::string> from; ///< YYYY-MM-DD, inclusive
    std::optional<std::string> to; ///< YYYY-MM-DD, inclusive
    std::optional<std::string> publisher; ///< case-insensitive
    std::optional<model::StatementKind> kind;
    int limit = 50;
};

/// Builds the SQL of a statement search once names are resolved to entity ids. Two shapes:
/// - ranked (text and no speaker or target): the full-text index gives the best bm25 ids (FTS5's own
///   ORDER BY rank LIMIT), then byIds() reads those rows;
/// - index-driven (a speaker, a target, or no text): the statements index finds the candidates newest first and
///   a text query is a rowid set they must belong to.
/// Snippets are made afterwards for the returned rows only (snippetSql()). A text so common that ranking every
/// match would be slow is searched index-driven instead, newest first.
class SearchQueryBuilder
{
public:
    SearchQueryBuilder(const SearchQuery& query, std::optional<std::vector<RowId>> speakerIds,
                       std::optional<std::vector<RowId>> aboutIds);

    bool ranked() const;
    /// How many statements match the text, counting no further than cap (cheap: no ranking, no rows read).
    SqlText countMatches(int cap) const;
    /// Ranked shape: the ids of the best matches, best first.
    SqlText rankedIds() const;
    /// Index-driven shape: the records (StatementRepository::recordColumns()).
    SqlText build() const;
    /// The records of these statements, in no particular order.
    static SqlText byIds(const std::vector<RowId>& ids);
    /// One parameter pair (match query, rowid) giving the snippet of that statement with the matches marked.
    static const char* snippetSql();

private:
    /// Appends the filters on s (statements) and a (articles) that do not need entity ids.
    void addColumnFilters(SqlText& sql) const;

    const SearchQuery& m_query;
    std::optional<std::vector<RowId>> m_speakerIds;
    std::optional<std::vector<RowId>> m_aboutIds;
};

} // namespace sayline::store
