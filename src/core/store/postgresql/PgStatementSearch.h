// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include "store/Records.h"
#include "store/SearchQuery.h"

namespace sayline::store::postgresql {

class PgConnection;
class PgSql;

/// Statement searches on the archive with the library's semantics (store::StatementSearch): a speaker by name,
/// alias or role, else by a word prefix; targets; the text query as a tsquery over the 'simple' tsvector, ranked
/// by ts_rank when there is no speaker or target, newest first otherwise; date, publisher and kind filters.
class PgStatementSearch
{
public:
    explicit PgStatementSearch(PgConnection& connection);

    std::vector<StatementRecord> run(const SearchQuery& query);
    int count(const SearchQuery& query);
    Timeline timeline(const SearchQuery& query);

private:
    struct Resolved
    {
        std::optional<std::vector<RowId>> speakers;
        std::optional<std::vector<RowId>> about;
        std::optional<std::string> tsquery;
    };
    /// nullopt when a named speaker or target does not exist (nothing can match).
    std::optional<Resolved> resolve(const SearchQuery& query);
    /// " FROM statements s JOIN articles a ... WHERE <every filter>" with its parameters.
    void addFilters(PgSql& sql, const SearchQuery& query, const Resolved& resolved);
    template <typename Work> auto guarded(const SearchQuery& query, Work&& work) -> decltype(work());

    PgConnection& m_connection;
};

} // namespace sayline::store::postgresql
