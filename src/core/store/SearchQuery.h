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
    /// A name, alias or role (case and accents do not matter); failing an exact one, names, aliases and roles with
    /// a word starting so ("spokes" finds the spokesperson).
    std::optional<std::string> speaker;
    std::optional<RowId> speakerId; ///< one library entity (chosen from a list), instead of a name
    std::optional<std::string> text; ///< an FTS5 query over the statement content
    std::optional<std::string> about; ///< a name or alias of an entity the statement is about
    std::optional<RowId> aboutId;
    std::optional<std::string> from; ///< YYYY-MM-DD, inclusive
    std::optional<std::string> to; ///< YYYY-MM-DD, inclusive
    std::optional<std::string> publisher; ///< case-insensitive
    std::optional<model::StatementKind> kind;
    int limit = 50;
    int offset = 0; ///< rows of the ordered result to skip (the next page)

    bool hasFilter() const;
};

/// Builds the SQL of a statement search once names are resolved to entity ids. Two shapes:
/// - ranked (text and no speaker or target): the full-text index gives the best bm25 ids (FTS5's own
///   ORDER BY rank LIMIT), then byIds() reads those rows;
/// - index-driven (a speaker, a target, or no text): the statements index finds the candidates newest first and
///   a text query is a rowid set they must belong to.
/// Snippets are made afterwards for the returned rows only (snippetSql()). A text so common that ranking every
/// match would be slow is searched index-driven instead, newest first. count() and months() apply the same
/// filters to every match, not to one page.
class SearchQueryBuilder
{
public:
    SearchQueryBuilder(const SearchQuery& query, std::optional<std::vector<RowId>> speakerIds,
                       std::optional<std::vector<RowId>> aboutIds);

    bool ranked() const;
    /// How many statements match the text, counting no further than cap (cheap: no ranking, no rows read).
    SqlText countMatches(int cap) const;
    /// Ranked shape: the ids of the best matches of the page, best first.
    SqlText rankedIds() const;
    /// Index-driven shape: the records of the page (StatementRepository::recordColumns()).
    SqlText build() const;
    /// All matching statements: one row, their number.
    SqlText count() const;
    /// All matching statements per month: rows (YYYY-MM or NULL for undated articles, count), oldest first.
    SqlText months() const;
    /// The records of these statements, in no particular order.
    static SqlText byIds(const std::vector<RowId>& ids);
    /// One parameter pair (match query, rowid) giving the snippet of that statement with the matches marked.
    static const char* snippetSql();

private:
    /// "SELECT select FROM statements s …" with every filter; articles a (and entities e) joined when the select
    /// needs them. fromIndex: the full-text index drives (only a text to match: every match is read anyway);
    /// otherwise the statements' own indexes do, newest first, so that a LIMIT ends the scan early.
    SqlText filtered(const std::string& select, bool joinArticles, bool fromIndex) const;
    /// Appends the filters on s (statements) and a (articles) that do not need entity ids.
    void addColumnFilters(SqlText& sql) const;
    void addPage(SqlText& sql) const;

    const SearchQuery& m_query;
    std::optional<std::vector<RowId>> m_speakerIds;
    std::optional<std::vector<RowId>> m_aboutIds;
};

} // namespace sayline::store
