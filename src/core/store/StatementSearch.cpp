// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatementSearch.h"

#include "Database.h"
#include "EntityRepository.h"
#include "StatementRepository.h"
#include "TextKeys.h"
#include "model/Error.h"

namespace sayline::store {
namespace {

bool isQuerySyntaxError(const std::string& message)
{
    return message.find("fts5") != std::string::npos || message.find("syntax error") != std::string::npos
        || message.find("no such column") != std::string::npos || message.find("unterminated") != std::string::npos
        || message.find("unknown special query") != std::string::npos;
}

} // namespace

StatementSearch::StatementSearch(Database& db)
    : m_db(db)
{
}

SqlText StatementSearch::buildSql(const SearchQuery& query, bool& empty)
{
    EntityRepository entities(m_db);
    std::optional<std::vector<RowId>> speakerIds;
    std::optional<std::vector<RowId>> aboutIds;
    if (query.speaker)
        speakerIds = entities.findByName(*query.speaker);
    if (query.about)
        aboutIds = entities.findByName(*query.about);
    empty = (speakerIds && speakerIds->empty()) || (aboutIds && aboutIds->empty());
    if (query.text && foldKey(*query.text).empty() && query.text->find('"') == std::string::npos)
        throw Error(ErrorCode::Usage, "the text query '" + *query.text + "' has no words to search for");
    return SearchQueryBuilder(query, std::move(speakerIds), std::move(aboutIds)).build();
}

std::vector<StatementRecord> StatementSearch::run(const SearchQuery& query)
{
    bool empty = false;
    const SqlText sql = buildSql(query, empty);
    if (empty)
        return {};
    std::vector<StatementRecord> records;
    try {
        auto statement = m_db.prepare(sql.text());
        sql.bindTo(statement);
        while (statement.step()) {
            StatementRecord record = StatementRepository::readRecord(statement);
            if (!statement.isNull(13))
                record.snippet = unsegment(statement.columnText(13));
            records.push_back(std::move(record));
        }
    } catch (const Error& error) {
        if (query.text && isQuerySyntaxError(error.what()))
            throw Error(ErrorCode::Usage, "bad text query '" + *query.text + "': " + error.what()
                                              + " (put phrases and words with punctuation in double quotes)");
        throw;
    }
    StatementRepository(m_db).loadAbout(records);
    return records;
}

std::vector<std::string> StatementSearch::explain(const SearchQuery& query)
{
    bool empty = false;
    const SqlText sql = buildSql(query, empty);
    auto statement = m_db.prepare("EXPLAIN QUERY PLAN " + sql.text());
    sql.bindTo(statement);
    std::vector<std::string> lines;
    while (statement.step())
        lines.push_back(statement.columnText(3));
    return lines;
}

} // namespace sayline::store
