// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
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

/// How large a query may be. Full-text search time grows with the postings it merges: every word adds its
/// list, a prefix ("secur*") the lists of every word it expands to. On a library of a million statements 4,000
/// words took 64 s, 100 "a*" 283 s; within these limits the slowest query measured takes about 6 s
/// (docs/database.md). A larger query is refused with a message naming the limit.
struct QueryLimits
{
    static constexpr std::size_t kTextBytes = 2000; ///< the text query, in UTF-8 bytes
    static constexpr std::size_t kTerms = 64; ///< words of the text query (inside phrases too; CJK segmented)
    static constexpr std::size_t kPrefixTerms = 4; ///< of those, prefix searches ("secur*")
    static constexpr std::size_t kPrefixBytes = 3; ///< the shortest prefix: three letters, or one CJK character
    static constexpr std::size_t kNameBytes = 1000; ///< a speaker, target or publisher name
};

/// Throws Error(Usage) naming the limit when a query exceeds one of QueryLimits.
void checkQueryLimits(const SearchQuery& query);
/// The same for a full-text query alone (the article list's text filter).
void checkTextQueryLimits(std::string_view text);

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
