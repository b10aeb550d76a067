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
    std::optional<std::string> speaker;   ///< a name or alias, folded (case and accents do not matter)
    std::optional<std::string> text;      ///< an FTS5 query over the statement content
    std::optional<std::string> about;     ///< a name or alias of an entity the statement is about
    std::optional<std::string> from;      ///< YYYY-MM-DD, inclusive
    std::optional<std::string> to;        ///< YYYY-MM-DD, inclusive
    std::optional<std::string> publisher; ///< case-insensitive
    std::optional<model::StatementKind> kind;
    int limit = 50;
};

/// Builds the SQL of a statement search once names are resolved to entity ids. With a speaker or a target the
/// statements index drives the query (an index lookup) and the full-text match is checked per row, newest first;
/// with text alone the FTS index drives it, best bm25 rank first.
class SearchQueryBuilder
{
public:
    SearchQueryBuilder(const SearchQuery& query, std::optional<std::vector<RowId>> speakerIds,
                       std::optional<std::vector<RowId>> aboutIds);

    /// The SELECT; its columns are StatementRepository::recordColumns() followed by the snippet (or NULL).
    SqlText build() const;

private:
    const SearchQuery& m_query;
    std::optional<std::vector<RowId>> m_speakerIds;
    std::optional<std::vector<RowId>> m_aboutIds;
};

} // namespace sayline::store
