// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "Records.h"

struct sqlite3;

namespace sayline::store {

class Database;

/// The statements matching a full-text query, ranked by bm25 exactly as FTS5's ORDER BY rank orders them.
struct RankedMatches
{
    bool complete = false; ///< false: more than the cap matched, and nothing was ranked
    std::vector<RowId> ids; ///< when complete, every match, best first; equal scores in id order
};

/// Ranks a full-text query whose phrases FTS5 joins by AND alone, reading each phrase's postings once.
///
/// FTS5's own way reads them three times: the capped count that decides whether to rank at all, bm25's
/// document frequencies (a pass over every row holding each phrase), and the AND merge its sorter ranks. Here
/// one pass per phrase gives its document frequency, its count in each row and the rows all phrases share; the
/// score is FTS5's bm25 formula with the same numbers in the same order of operations, so scores, ties and
/// order are FTS5's own (docs/database.md, "Ranked search").
class PhraseRanking
{
public:
    /// Makes the auxiliary function this uses known to a connection (once per connection; Database does it).
    static void install(sqlite3* db);

    /// True when FTS5 reads the (segmented) query as phrases joined by AND alone: words, quoted phrases, prefix
    /// stars and AND, but no OR, NOT, NEAR, parentheses, column filters or the initial-token caret.
    static bool applies(std::string_view query);

    /// The matches of query (which applies()) over statements_fts, ranked when no more than cap match; nullopt
    /// when FTS5 matched a row the phrases do not all hold (a phrase with no token, which an implicit AND drops).
    /// A malformed query throws Error as FTS5 reports it.
    static std::optional<RankedMatches> rank(Database& db, const std::string& query, std::size_t cap);
};

} // namespace sayline::store
