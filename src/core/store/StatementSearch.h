// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "Records.h"
#include "SearchQuery.h"

namespace sayline::store {

class Database;

/// Runs statement searches on one (reader) connection.
class StatementSearch
{
public:
    explicit StatementSearch(Database& db);

    /// Text searches with more matches than this are not ranked by bm25 (its cost grows with the matches) but
    /// listed newest first.
    static constexpr int kMostRanked = 4000;

    /// The matching statements with snippets. A malformed full-text query throws Error(ErrorCode::Usage).
    std::vector<StatementRecord> run(const SearchQuery& query);
    /// How many statements match (all of them, not one page).
    int count(const SearchQuery& query);
    /// How many statements match per month, or per year when they span more than six years.
    Timeline timeline(const SearchQuery& query);
    /// EXPLAIN QUERY PLAN of the search, one line per step (for docs and tests).
    std::vector<std::string> explain(const SearchQuery& query);

private:
    std::optional<SearchQueryBuilder> builder(const SearchQuery& query);
    std::vector<StatementRecord> records(const SqlText& sql);
    int countMatches(const SearchQueryBuilder& search);
    /// The ids of the page, best first, or nullopt when the search is not ranked (no text, a speaker or target,
    /// or more than kMostRanked matches).
    std::optional<std::vector<RowId>> rankedPage(const SearchQuery& query, const SearchQueryBuilder& search);
    /// The page (offset, limit) of the ranked ids that pass the query's column filters.
    std::vector<RowId> pageOf(const std::vector<RowId>& ranked, const SearchQuery& query,
                              const SearchQueryBuilder& search);
    /// Runs work, turning a full-text syntax error into Error(Usage) that says how to write the query.
    template <typename Work> auto guarded(const SearchQuery& query, Work&& work) -> decltype(work());

    Database& m_db;
};

} // namespace sayline::store
