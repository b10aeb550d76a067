// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

#include "Records.h"

namespace sayline::store {

/// Full-text index rows an import batch holds back until it commits. FTS5 writes its pending terms out as a new
/// index segment at every SAVEPOINT and RELEASE, so rows inserted inside each article's savepoint cost one segment
/// per article and table, and the merges of all those segments; held back, they reach the index once per batch,
/// in the batch's transaction (so a batch still commits or rolls back whole).
struct FullTextRows
{
    struct ArticleRow
    {
        RowId id = 0;
        std::string title;
        std::string body;
    };
    struct StatementRow
    {
        RowId id = 0;
        std::string content;
    };

    std::vector<ArticleRow> articles;
    std::vector<StatementRow> statements;
};

} // namespace sayline::store
