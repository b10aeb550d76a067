// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhraseRanking.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <new>
#include <numeric>

#include "Database.h"
#include "model/Error.h"

namespace sayline::store {
namespace {

constexpr const char* kFunctionName = "sayline_phrase_ranking";
constexpr const char* kScanPointer = "sayline_phrase_scan";

/// What the passes over the query's phrases collect. FTS5 visits a phrase's rows in rowid order, so the rows
/// every phrase read so far holds (the candidates) stay in id order, and each pass merges with them.
struct Scan
{
    std::size_t cap = 0;
    bool ran = false;
    bool overflow = false; ///< more than cap rows hold every phrase
    RowId firstMatch = 0; ///< the row FTS5's own AND merge matched first
    sqlite3_int64 rowCount = 0; ///< statements_fts rows (bm25's N)
    sqlite3_int64 tokenCount = 0; ///< tokens in all rows (bm25's average length is tokenCount / rowCount)
    int phrases = 0;
    int phrase = 0; ///< the phrase being read
    std::vector<std::int64_t> rowsWith; ///< per phrase read: the rows holding it (bm25's document frequency)
    std::vector<RowId> ids; ///< candidates
    std::vector<double> instances; ///< per candidate, its instance count of each phrase read so far
    std::size_t next = 0; ///< where the current pass stands in ids
    std::vector<RowId> keptIds; ///< the candidates the current pass keeps
    std::vector<double> keptInstances;

    /// Empty again, keeping the buffers' capacity: a thread's searches reuse them instead of faulting in new
    /// pages for every query (a common word's rows take megabytes).
    void restart(std::size_t newCap)
    {
        cap = newCap;
        ran = false;
        overflow = false;
        firstMatch = 0;
        rowCount = 0;
        tokenCount = 0;
        phrases = 0;
        phrase = 0;
        next = 0;
        rowsWith.clear();
        ids.clear();
        instances.clear();
        keptIds.clear();
        keptInstances.clear();
    }
};

int instanceCount(const Fts5ExtensionApi* api, Fts5Context* row, int& count)
{
    Fts5PhraseIter it;
    int column = 0;
    int offset = 0;
    count = 0;
    const int rc = api->xPhraseFirst(row, 0, &it, &column, &offset);
    for (; rc == SQLITE_OK && column >= 0; api->xPhraseNext(row, &it, &column, &offset))
        ++count;
    return rc;
}

/// xQueryPhrase's callback: one row holding the phrase being read.
int onPhraseRow(const Fts5ExtensionApi* api, Fts5Context* row, void* data)
{
    Scan& scan = *static_cast<Scan*>(data);
    const RowId id = api->xRowid(row);
    ++scan.rowsWith[static_cast<std::size_t>(scan.phrase)];
    const bool first = scan.phrase == 0;
    const bool last = scan.phrase + 1 == scan.phrases;
    if (!first) {
        while (scan.next < scan.ids.size() && scan.ids[scan.next] < id)
            ++scan.next;
        if (scan.next == scan.ids.size() || scan.ids[scan.next] != id)
            return SQLITE_OK; // not a candidate: counted for the document frequency only
    }
    if (last && scan.keptIds.size() == scan.cap) {
        scan.overflow = true;
        return SQLITE_DONE; // ends this pass; nothing will be ranked
    }
    int count = 0;
    if (const int rc = instanceCount(api, row, count); rc != SQLITE_OK)
        return rc;
    try {
        scan.keptIds.push_back(id);
        if (!first) {
            const auto before = static_cast<std::ptrdiff_t>(scan.phrase);
            const auto at = scan.instances.begin() + static_cast<std::ptrdiff_t>(scan.next) * before;
            scan.keptInstances.insert(scan.keptInstances.end(), at, at + before);
        }
        scan.keptInstances.push_back(static_cast<double>(count));
    } catch (const std::bad_alloc&) {
        return SQLITE_NOMEM;
    }
    return SQLITE_OK;
}

/// The auxiliary function: called on the first row of the query's matches, it reads every phrase's rows.
void phraseRankingFunction(const Fts5ExtensionApi* api, Fts5Context* match, sqlite3_context* result, int argc,
                           sqlite3_value** argv)
{
    auto* scan = argc == 1 ? static_cast<Scan*>(sqlite3_value_pointer(argv[0], kScanPointer)) : nullptr;
    if (!scan || scan->ran) {
        sqlite3_result_error(result, "sayline_phrase_ranking: called without its scan, or twice", -1);
        return;
    }
    scan->ran = true;
    scan->firstMatch = api->xRowid(match);
    scan->phrases = api->xPhraseCount(match);
    scan->rowsWith.assign(static_cast<std::size_t>(scan->phrases), 0);
    int rc = api->xRowCount(match, &scan->rowCount);
    if (rc == SQLITE_OK)
        rc = api->xColumnTotalSize(match, -1, &scan->tokenCount);
    for (int phrase = 0; rc == SQLITE_OK && phrase < scan->phrases && !scan->overflow; ++phrase) {
        scan->phrase = phrase;
        scan->next = 0;
        rc = api->xQueryPhrase(match, phrase, scan, onPhraseRow);
        scan->ids.swap(scan->keptIds);
        scan->instances.swap(scan->keptInstances);
        scan->keptIds.clear();
        scan->keptInstances.clear();
    }
    if (rc != SQLITE_OK)
        sqlite3_result_error_code(result, rc);
    else
        sqlite3_result_null(result);
}

/// FTS5's bm25() of one row from the same numbers, operation for operation (ext/fts5/fts5_aux.c: k1 1.2, b 0.75,
/// column weights 1, IDF floored at 1e-6), so that equal rows get bit-equal scores and ties stay ties.
class Bm25
{
public:
    explicit Bm25(const Scan& scan)
        : m_averageLength(static_cast<double>(scan.tokenCount) / static_cast<double>(scan.rowCount))
    {
        for (const std::int64_t rowsWith : scan.rowsWith) {
            double idf = std::log((scan.rowCount - rowsWith + 0.5) / (rowsWith + 0.5));
            if (idf <= 0.0)
                idf = 1e-6;
            m_idf.push_back(idf);
        }
    }

    double score(const double* instances, int size) const
    {
        const double k1 = 1.2;
        const double b = 0.75;
        const double D = static_cast<double>(size);
        double score = 0.0;
        for (std::size_t i = 0; i < m_idf.size(); ++i) {
            score += m_idf[i] * ((instances[i] * (k1 + 1.0)) / (instances[i] + k1 * (1 - b + b * D / m_averageLength)));
        }
        return -1.0 * score;
    }

private:
    double m_averageLength;
    std::vector<double> m_idf;
};

/// The length in tokens of the row's first (only) column: FTS5 keeps one SQLite varint per column in its docsize
/// table's blob, and xColumnSize() reads exactly that (ext/fts5/fts5_storage.c, sqlite3Fts5StorageDocsize).
int firstVarint(const PreparedStatement& row)
{
    const auto* bytes = static_cast<const unsigned char*>(sqlite3_column_blob(row.handle(), 0));
    const int length = sqlite3_column_bytes(row.handle(), 0);
    std::uint32_t value = 0;
    for (int i = 0; i < length && i < 5; ++i) {
        value = (value << 7) | (bytes[i] & 0x7Fu);
        if ((bytes[i] & 0x80u) == 0)
            break;
    }
    return static_cast<int>(value);
}

/// Whether a bare word outside quotes is one of FTS5's operators other than AND.
bool isOtherOperator(std::string_view word)
{
    return word == "OR" || word == "NOT" || word == "NEAR";
}

bool isBarewordByte(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || (u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || c == '_';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

} // namespace

void PhraseRanking::install(sqlite3* db)
{
    fts5_api* api = nullptr;
    sqlite3_stmt* statement = nullptr;
    int rc = sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
        rc = sqlite3_step(statement) == SQLITE_ROW ? SQLITE_OK : sqlite3_errcode(db);
    }
    sqlite3_finalize(statement);
    if (rc == SQLITE_OK && api)
        rc = api->xCreateFunction(api, kFunctionName, nullptr, phraseRankingFunction, nullptr);
    if (rc != SQLITE_OK || !api)
        throw Error(ErrorCode::Database,
                    std::string("cannot add the full-text ranking function: ")
                        + (api ? sqlite3_errstr(rc) : "SQLite has no FTS5"));
}

bool PhraseRanking::applies(std::string_view query)
{
    bool inQuotes = false;
    for (std::size_t i = 0; i < query.size();) {
        const char c = query[i];
        if (c == '"') {
            inQuotes = !inQuotes;
            ++i;
        } else if (inQuotes || isSpace(c) || c == '*') {
            ++i;
        } else if (isBarewordByte(c)) {
            const std::size_t start = i;
            while (i < query.size() && isBarewordByte(query[i]))
                ++i;
            if (isOtherOperator(query.substr(start, i - start)))
                return false;
        } else {
            return false; // parentheses, ':', '^', '+', '{', '-' and what FTS5 would refuse anyway
        }
    }
    return true;
}

std::optional<RankedMatches> PhraseRanking::rank(Database& db, const std::string& query, std::size_t cap)
{
    thread_local Scan scan;
    scan.restart(cap);
    // LIMIT 1: the function runs on the first match and reads the phrases itself.
    PreparedStatement& statement = db.cached("SELECT sayline_phrase_ranking(statements_fts, ?2) FROM statements_fts "
                                             "WHERE statements_fts MATCH ?1 LIMIT 1");
    statement.bind(1, query);
    if (sqlite3_bind_pointer(statement.handle(), 2, &scan, kScanPointer, nullptr) != SQLITE_OK) {
        statement.reset();
        throw Error(ErrorCode::Database, "cannot bind the full-text ranking scan");
    }
    try {
        statement.step();
    } catch (...) {
        statement.reset();
        throw;
    }
    statement.reset();

    RankedMatches matches;
    if (scan.overflow)
        return matches;
    matches.complete = true;
    if (!scan.ran)
        return matches; // nothing matches
    if (scan.ids.empty() || scan.ids.front() != scan.firstMatch)
        return std::nullopt; // FTS5 matched a row not every phrase holds: it reads the query otherwise

    const Bm25 bm25(scan);
    const auto phrases = static_cast<std::size_t>(scan.phrases);
    // The lengths are read once the matches are known to be ranked: a common word's first cap rows need none.
    PreparedStatement& size = db.cached("SELECT sz FROM statements_fts_docsize WHERE id = ?");
    std::vector<double> scores(scan.ids.size());
    for (std::size_t i = 0; i < scan.ids.size(); ++i) {
        size.bind(1, scan.ids[i]);
        if (!size.step())
            throw Error(ErrorCode::Database,
                        "the full-text index has no length for statement " + std::to_string(scan.ids[i])
                            + " (the library file is damaged)");
        const int tokens = firstVarint(size);
        size.reset();
        scores[i] = bm25.score(&scan.instances[i * phrases], tokens);
    }
    std::vector<std::size_t> order(scan.ids.size());
    std::iota(order.begin(), order.end(), std::size_t { 0 });
    // The candidates are in id order already: a stable sort by score leaves equal scores in id order.
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return scores[a] < scores[b]; });
    matches.ids.reserve(order.size());
    for (const std::size_t i : order)
        matches.ids.push_back(scan.ids[i]);
    return matches;
}

} // namespace sayline::store
