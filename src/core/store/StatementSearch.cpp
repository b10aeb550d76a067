// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatementSearch.h"

#include <algorithm>
#include <unordered_map>

#include "Database.h"
#include "EntityRepository.h"
#include "PhraseRanking.h"
#include "StatementRepository.h"
#include "TextKeys.h"
#include "Transaction.h"
#include "model/Error.h"

namespace sayline::store {
namespace {

bool isQuerySyntaxError(const std::string& message)
{
    // FTS5 reports its query errors as "fts5: syntax error near ...", "unterminated string" and, for a column
    // filter naming no column ("foo: bar"), "no such column: foo".
    return message.find("fts5") != std::string::npos || message.find("unterminated string") != std::string::npos
        || message.rfind("no such column", 0) == 0 || message.find("unknown special query") != std::string::npos;
}

} // namespace

template <typename Work> auto StatementSearch::guarded(const SearchQuery& query, Work&& work) -> decltype(work())
{
    try {
        return work();
    } catch (const Error& error) {
        if (query.text && isQuerySyntaxError(error.what()))
            throw Error(ErrorCode::Usage,
                        "bad text query '" + *query.text + "': " + error.what()
                            + " (put phrases and words with punctuation in double quotes)");
        throw;
    }
}

StatementSearch::StatementSearch(Database& db)
    : m_db(db)
{
}

std::optional<SearchQueryBuilder> StatementSearch::builder(const SearchQuery& query)
{
    checkQueryLimits(query);
    if (query.text && foldKey(*query.text).empty() && query.text->find('"') == std::string::npos)
        throw Error(ErrorCode::Usage, "the text query '" + *query.text + "' has no words to search for");
    EntityRepository entities(m_db);
    std::optional<std::vector<RowId>> speakerIds;
    std::optional<std::vector<RowId>> aboutIds;
    if (query.speakerId)
        speakerIds = std::vector<RowId> { *query.speakerId };
    else if (query.speaker) {
        speakerIds = entities.findByName(*query.speaker);
        if (speakerIds->empty())
            speakerIds = entities.findByWordPrefix(*query.speaker);
    }
    if (query.aboutId)
        aboutIds = std::vector<RowId> { *query.aboutId };
    else if (query.about)
        aboutIds = entities.findByName(*query.about);
    if ((speakerIds && speakerIds->empty()) || (aboutIds && aboutIds->empty()))
        return std::nullopt; // nobody of that name: nothing to search
    return SearchQueryBuilder(query, std::move(speakerIds), std::move(aboutIds));
}

std::vector<StatementRecord> StatementSearch::records(const SqlText& sql)
{
    auto statement = m_db.prepare(sql.text());
    sql.bindTo(statement);
    std::vector<StatementRecord> out;
    while (statement.step())
        out.push_back(StatementRepository::readRecord(statement));
    return out;
}

int StatementSearch::countMatches(const SearchQueryBuilder& search)
{
    const SqlText sql = search.countMatches(kMostRanked + 1);
    auto statement = m_db.prepare(sql.text());
    sql.bindTo(statement);
    statement.step();
    return static_cast<int>(statement.columnInt(0));
}

std::vector<RowId> StatementSearch::pageOf(const std::vector<RowId>& ranked, const SearchQuery& query,
                                           const SearchQueryBuilder& search)
{
    // As SQL's LIMIT and OFFSET: a negative limit is none, a negative offset is 0.
    const std::size_t offset = query.offset > 0 ? static_cast<std::size_t>(query.offset) : 0;
    const std::size_t limit = query.limit < 0 ? ranked.size() : static_cast<std::size_t>(query.limit);
    std::vector<RowId> page;
    if (!search.hasColumnFilters()) {
        for (std::size_t i = offset; i < ranked.size() && page.size() < limit; ++i)
            page.push_back(ranked[i]);
        return page;
    }
    // Best first until the page is full: a filter that lets most matches through reads few rows.
    const SqlText passes = search.passesColumnFilters();
    auto statement = m_db.prepare(passes.text());
    std::size_t passed = 0;
    for (const RowId id : ranked) {
        if (page.size() == limit)
            break;
        passes.bindTo(statement);
        statement.bind(statement.parameterCount(), id);
        const bool kept = statement.step();
        statement.reset();
        if (kept && passed++ >= offset)
            page.push_back(id);
    }
    return page;
}

std::optional<std::vector<RowId>> StatementSearch::rankedPage(const SearchQuery& query,
                                                              const SearchQueryBuilder& search)
{
    if (!search.ranked())
        return std::nullopt;
    const std::string match = segmentQuery(*query.text);
    if (PhraseRanking::applies(match)) {
        if (const std::optional<RankedMatches> ranked = PhraseRanking::rank(m_db, match, kMostRanked)) {
            if (!ranked->complete)
                return std::nullopt;
            return pageOf(ranked->ids, query, search);
        }
    }
    if (countMatches(search) > kMostRanked)
        return std::nullopt;
    std::vector<RowId> ids;
    const SqlText ranked = search.rankedIds();
    auto statement = m_db.prepare(ranked.text());
    ranked.bindTo(statement);
    while (statement.step())
        ids.push_back(statement.columnInt(0));
    return ids;
}

std::vector<StatementRecord> StatementSearch::run(const SearchQuery& query)
{
    const std::optional<SearchQueryBuilder> search = builder(query);
    if (!search)
        return {};
    const ReadTransaction snapshot(m_db); // the ranking, the rows and the snippets from one state of the library
    std::vector<StatementRecord> found = guarded(query, [&] {
        std::vector<StatementRecord> page;
        if (const std::optional<std::vector<RowId>> ids = rankedPage(query, *search)) {
            if (ids->empty())
                return page;
            page = records(SearchQueryBuilder::byIds(*ids));
            std::unordered_map<RowId, std::size_t> rank;
            for (std::size_t i = 0; i < ids->size(); ++i)
                rank.emplace((*ids)[i], i);
            std::sort(page.begin(), page.end(),
                      [&](const StatementRecord& a, const StatementRecord& b) { return rank[a.id] < rank[b.id]; });
        } else {
            page = records(search->build());
        }
        if (query.text) {
            const std::string match = segmentQuery(*query.text);
            auto& snippet = m_db.cached(SearchQueryBuilder::snippetSql());
            for (StatementRecord& record : page) {
                snippet.bind(1, match).bind(2, record.id);
                if (snippet.step())
                    record.snippet = unsegment(snippet.columnText(0));
                snippet.reset();
            }
        }
        return page;
    });
    StatementRepository(m_db).loadAbout(found);
    return found;
}

int StatementSearch::count(const SearchQuery& query)
{
    const std::optional<SearchQueryBuilder> search = builder(query);
    if (!search)
        return 0;
    return guarded(query, [&] {
        const SqlText sql = search->count();
        auto statement = m_db.prepare(sql.text());
        sql.bindTo(statement);
        statement.step();
        return static_cast<int>(statement.columnInt(0));
    });
}

Timeline StatementSearch::timeline(const SearchQuery& query)
{
    Timeline timeline;
    const std::optional<SearchQueryBuilder> search = builder(query);
    if (!search)
        return timeline;
    std::vector<std::pair<std::string, int>> months = guarded(query, [&] {
        std::vector<std::pair<std::string, int>> rows;
        const SqlText sql = search->months();
        auto statement = m_db.prepare(sql.text());
        sql.bindTo(statement);
        while (statement.step()) {
            const int count = static_cast<int>(statement.columnInt(1));
            timeline.total += count;
            if (statement.isNull(0) || statement.columnText(0).size() != 7)
                timeline.undated += count;
            else
                rows.emplace_back(statement.columnText(0), count);
        }
        return rows;
    });
    timeline.fill(months);
    return timeline;
}

std::vector<std::string> StatementSearch::explain(const SearchQuery& query)
{
    const std::optional<SearchQueryBuilder> search = builder(query);
    if (!search)
        return {};
    const SqlText sql
        = search->ranked() && countMatches(*search) <= kMostRanked ? search->rankedIds() : search->build();
    auto statement = m_db.prepare("EXPLAIN QUERY PLAN " + sql.text());
    sql.bindTo(statement);
    std::vector<std::string> lines;
    while (statement.step())
        lines.push_back(statement.columnText(3));
    return lines;
}

} // namespace sayline::store
