// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchQuery.h"

#include "StatementRepository.h"
#include "TextKeys.h"
#include "model/Error.h"

namespace sayline::store {
namespace {

void inList(SqlText& sql, const std::string& column, const std::vector<RowId>& ids)
{
    sql.where(column + " IN (" + SqlText::placeholders(ids.size()) + ")");
    for (RowId id : ids)
        sql.bindValue(id);
}

bool isWordByte(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || (u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || c == '_';
}

bool isOperator(std::string_view word)
{
    return word == "AND" || word == "OR" || word == "NOT" || word == "NEAR";
}

struct TermCount
{
    std::size_t terms = 0;
    std::size_t prefixes = 0;
    std::string shortestPrefix; ///< the shortest prefix search, when one is shorter than kPrefixBytes
};

/// The words of an FTS5 query as the index will look them up (operators outside quotes are not words), and
/// how many of them are prefix searches.
TermCount countTerms(std::string_view query)
{
    TermCount count;
    bool inQuotes = false;
    for (std::size_t i = 0; i < query.size();) {
        if (query[i] == '"') {
            inQuotes = !inQuotes;
            ++i;
            continue;
        }
        if (!isWordByte(query[i])) {
            ++i;
            continue;
        }
        const std::size_t start = i;
        while (i < query.size() && isWordByte(query[i]))
            ++i;
        if (!inQuotes && isOperator(query.substr(start, i - start)))
            continue;
        ++count.terms;
        std::size_t next = i;
        while (next < query.size() && query[next] == '"')
            ++next;
        if (next < query.size() && query[next] == '*') {
            ++count.prefixes;
            if (i - start < QueryLimits::kPrefixBytes && count.shortestPrefix.empty())
                count.shortestPrefix = std::string(query.substr(start, i - start)) + "*";
        }
    }
    return count;
}

void checkName(const std::optional<std::string>& name, const char* what)
{
    if (name && name->size() > QueryLimits::kNameBytes)
        throw Error(ErrorCode::Usage,
                    std::string("the ") + what + " is " + std::to_string(name->size()) + " bytes long; at most "
                        + std::to_string(QueryLimits::kNameBytes) + " are searched");
}

constexpr const char* kRecordJoins
    = " JOIN articles a ON a.id = s.article_id LEFT JOIN entities e ON e.id = s.speaker_id";

} // namespace

void checkQueryLimits(const SearchQuery& query)
{
    checkName(query.speaker, "speaker name");
    checkName(query.about, "name of what the statement is about");
    checkName(query.publisher, "publisher name");
    if (query.text)
        checkTextQueryLimits(*query.text);
}

void checkTextQueryLimits(std::string_view text)
{
    if (text.size() > QueryLimits::kTextBytes)
        throw Error(ErrorCode::Usage,
                    "the text query is " + std::to_string(text.size()) + " bytes long; at most "
                        + std::to_string(QueryLimits::kTextBytes)
                        + " are searched (search for fewer, more telling words)");
    const TermCount count = countTerms(segmentQuery(text));
    if (count.terms > QueryLimits::kTerms)
        throw Error(ErrorCode::Usage,
                    "the text query has " + std::to_string(count.terms) + " words; at most "
                        + std::to_string(QueryLimits::kTerms)
                        + " are searched at once (search for fewer, more telling words)");
    if (!count.shortestPrefix.empty())
        throw Error(ErrorCode::Usage,
                    "the prefix search '" + count.shortestPrefix + "' is too short: a prefix needs "
                        + std::to_string(QueryLimits::kPrefixBytes) + " letters at least (or one CJK character)");
    if (count.prefixes > QueryLimits::kPrefixTerms)
        throw Error(ErrorCode::Usage,
                    "the text query has " + std::to_string(count.prefixes) + " prefix searches (word*); at most "
                        + std::to_string(QueryLimits::kPrefixTerms) + " are searched at once");
}

bool SearchQuery::hasFilter() const
{
    return speaker || speakerId || text || about || aboutId || from || to || publisher || kind;
}

SearchQueryBuilder::SearchQueryBuilder(const SearchQuery& query, std::optional<std::vector<RowId>> speakerIds,
                                       std::optional<std::vector<RowId>> aboutIds)
    : m_query(query)
    , m_speakerIds(std::move(speakerIds))
    , m_aboutIds(std::move(aboutIds))
{
}

void SearchQueryBuilder::addColumnFilters(SqlText& sql) const
{
    if (m_query.from)
        sql.where("s.date >= ?", *m_query.from);
    if (m_query.to)
        sql.where("s.date <= ?", *m_query.to);
    if (m_query.publisher)
        sql.where("a.publisher = ? COLLATE NOCASE", *m_query.publisher);
    if (m_query.kind)
        sql.where("s.kind = ?", std::string(model::toString(*m_query.kind)));
}

void SearchQueryBuilder::addPage(SqlText& sql) const
{
    sql.append(" LIMIT ? OFFSET ?");
    sql.bindValue(static_cast<std::int64_t>(m_query.limit));
    sql.bindValue(static_cast<std::int64_t>(m_query.offset));
}

bool SearchQueryBuilder::ranked() const
{
    return m_query.text && !m_speakerIds && !m_aboutIds;
}

SqlText SearchQueryBuilder::countMatches(int cap) const
{
    SqlText sql("SELECT count(*) FROM (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ? LIMIT ?)");
    sql.bindValue(segmentQuery(*m_query.text));
    sql.bindValue(static_cast<std::int64_t>(cap));
    return sql;
}

const char* SearchQueryBuilder::snippetSql()
{
    return "SELECT snippet(statements_fts, 0, '[', ']', '…', 24) FROM statements_fts "
           "WHERE statements_fts MATCH ? AND rowid = ?";
}

SqlText SearchQueryBuilder::rankedIds() const
{
    // Joins only for the filters that need them; CROSS JOIN keeps the full-text index as the outer loop.
    std::string from = "SELECT f.rowid FROM statements_fts f";
    if (hasColumnFilters())
        from += " CROSS JOIN statements s ON s.id = f.rowid";
    if (m_query.publisher)
        from += " CROSS JOIN articles a ON a.id = s.article_id";
    SqlText sql(from);
    sql.where("f.statements_fts MATCH ?", segmentQuery(*m_query.text));
    addColumnFilters(sql);
    sql.append(" ORDER BY f.rank");
    addPage(sql);
    return sql;
}

bool SearchQueryBuilder::hasColumnFilters() const
{
    return m_query.from || m_query.to || m_query.kind || m_query.publisher;
}

SqlText SearchQueryBuilder::passesColumnFilters() const
{
    SqlText sql("SELECT 1 FROM statements s");
    if (m_query.publisher)
        sql.append(" JOIN articles a ON a.id = s.article_id");
    addColumnFilters(sql);
    sql.where("s.id = ?");
    return sql;
}

SqlText SearchQueryBuilder::byIds(const std::vector<RowId>& ids)
{
    SqlText sql(std::string("SELECT ") + StatementRepository::recordColumns() + " FROM statements s" + kRecordJoins);
    inList(sql, "s.id", ids);
    return sql;
}

SqlText SearchQueryBuilder::filtered(const std::string& select, bool joinArticles, bool fromIndex) const
{
    SqlText sql(
        "SELECT " + select
        + (fromIndex ? " FROM statements_fts f CROSS JOIN statements s ON s.id = f.rowid" : " FROM statements s"));
    if (joinArticles)
        sql.append(kRecordJoins);
    else if (m_query.publisher)
        sql.append(" JOIN articles a ON a.id = s.article_id");
    if (fromIndex)
        sql.where("f.statements_fts MATCH ?", segmentQuery(*m_query.text));
    if (m_speakerIds)
        inList(sql, "s.speaker_id", *m_speakerIds);
    if (m_aboutIds) {
        sql.where("s.id IN (SELECT statement_id FROM statement_targets WHERE entity_id IN ("
                  + SqlText::placeholders(m_aboutIds->size()) + "))");
        for (RowId id : *m_aboutIds)
            sql.bindValue(id);
    }
    // The matching ids are collected once; each candidate is then a lookup in that set. The unary + keeps the
    // planner from driving the query by that set (33,000 rows to fetch and sort for a common word): the
    // statements are read newest first through an index and the LIMIT ends the scan early.
    if (m_query.text && !fromIndex)
        sql.where("+s.id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)",
                  segmentQuery(*m_query.text));
    addColumnFilters(sql);
    return sql;
}

SqlText SearchQueryBuilder::build() const
{
    SqlText sql = filtered(StatementRepository::recordColumns(), true, false);
    sql.append(" ORDER BY s.date DESC, s.id DESC");
    addPage(sql);
    return sql;
}

SqlText SearchQueryBuilder::count() const
{
    return filtered("count(*)", false, ranked());
}

SqlText SearchQueryBuilder::months() const
{
    SqlText sql = filtered("substr(s.date, 1, 7) AS month, count(*)", false, ranked());
    sql.append(" GROUP BY month ORDER BY month");
    return sql;
}

} // namespace sayline::store
