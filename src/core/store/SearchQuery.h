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
    /// True when the query filters on statement or article columns (dates, kind, publisher).
    bool hasColumnFilters() const;
    /// One row when the statement whose id is bound last (after these values) passes the column filters.
    SqlText passesColumnFilters() const;
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
