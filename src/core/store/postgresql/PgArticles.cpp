// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgArticles.h"

#include "PgConnection.h"
#include "PgSql.h"
#include "PgTextQuery.h"
#include "store/SearchQuery.h"
#include "store/TextKeys.h"

namespace sayline::store::postgresql {
namespace {

PgSql filteredArticles(const std::string& select, const ArticleFilter& filter)
{
    PgSql sql("SELECT " + select + " FROM articles a");
    if (filter.text) {
        checkTextQueryLimits(*filter.text);
        sql.where(articleTextMatch(sql.param(toTsQuery(*filter.text))));
    }
    if (filter.contains && !filter.contains->empty()) {
        const std::string needle = sql.param(*filter.contains);
        sql.where("(strpos(lower(a.title), lower(" + needle + ")) > 0 OR strpos(lower(coalesce(a.publisher, '')), lower("
                  + needle + ")) > 0 OR strpos(lower(a.file), lower(" + needle + ")) > 0)");
    }
    if (filter.publisher)
        sql.where("lower(a.publisher) = lower(" + sql.param(*filter.publisher) + ")");
    if (filter.from)
        sql.where("a.date >= " + sql.param(*filter.from) + "::date");
    if (filter.to)
        sql.where("a.date <= " + sql.param(*filter.to) + "::date");
    if (filter.speaker)
        sql.where("a.id IN (SELECT article_id FROM statements WHERE speaker_id = " + sql.param(*filter.speaker) + ")");
    if (filter.mentioning)
        sql.where("a.id IN (SELECT article_id FROM article_entities WHERE entity_id = " + sql.param(*filter.mentioning)
                  + ")");
    return sql;
}

} // namespace

std::string articleTextMatch(const std::string& tsquery)
{
    // The same expression as the index articles_words (0003_accent_folding.sql), or the index is not used.
    return std::string("to_tsvector('") + kTextConfiguration + "', a.title || ' ' || a.body) @@ to_tsquery('"
        + kTextConfiguration + "', " + tsquery + ")";
}

PgArticles::PgArticles(PgConnection& connection)
    : m_connection(connection)
{
}

std::vector<ArticleSummary> PgArticles::list(const ArticleFilter& filter)
{
    PgSql sql = filteredArticles("a.id, a.title, a.publisher, a.date::text, a.file, "
                                 "(SELECT count(*) FROM statements s WHERE s.article_id = a.id) AS statement_count",
                                 filter);
    // SQLite sorts NULL first ascending and last descending; PostgreSQL the other way round unless told.
    const std::string direction = filter.descending ? " DESC NULLS LAST" : " ASC NULLS FIRST";
    switch (filter.sort) {
    case ArticleFilter::Sort::Date:
        sql.append(" ORDER BY a.date" + direction + ", a.id" + direction);
        break;
    case ArticleFilter::Sort::Title:
        sql.append(" ORDER BY lower(a.title)" + direction + ", a.id" + direction);
        break;
    case ArticleFilter::Sort::Publisher:
        sql.append(" ORDER BY lower(a.publisher)" + direction + ", a.date" + direction);
        break;
    case ArticleFilter::Sort::Statements:
        sql.append(" ORDER BY statement_count" + direction + ", a.date" + direction);
        break;
    }
    sql.append(" LIMIT " + sql.param(std::int64_t { filter.limit }) + " OFFSET "
               + sql.param(std::int64_t { filter.offset }));
    const PgResult rows = sql.run(m_connection);
    std::vector<ArticleSummary> out;
    for (int row = 0; row < rows.rows(); ++row) {
        ArticleSummary summary;
        summary.id = rows.integer(row, 0);
        summary.title = rows.text(row, 1);
        summary.publisher = rows.optionalText(row, 2);
        summary.date = rows.optionalText(row, 3);
        summary.file = rows.text(row, 4);
        summary.statementCount = static_cast<int>(rows.integer(row, 5));
        out.push_back(std::move(summary));
    }
    return out;
}

int PgArticles::count(const ArticleFilter& filter)
{
    return static_cast<int>(filteredArticles("count(*)", filter).run(m_connection).integer(0, 0));
}

std::vector<FacetValue> PgArticles::publishers(int limit)
{
    const PgResult rows = m_connection.query(
        "SELECT min(publisher), count(*) FROM articles WHERE publisher IS NOT NULL AND publisher <> '' "
        "GROUP BY lower(publisher) ORDER BY count(*) DESC, min(publisher) LIMIT $1",
        { std::to_string(limit) });
    std::vector<FacetValue> out;
    for (int row = 0; row < rows.rows(); ++row)
        out.push_back({ std::nullopt, rows.text(row, 0), static_cast<int>(rows.integer(row, 1)) });
    return out;
}

std::vector<FacetValue> PgArticles::entities(model::EntityType type, const std::optional<std::string>& prefix,
                                             int limit)
{
    PgSql sql("SELECT e.id, e.name, count(DISTINCT ae.article_id) AS articles FROM entities e "
              "JOIN article_entities ae ON ae.entity_id = e.id");
    sql.where("e.type = " + sql.param(std::string(model::toString(type))));
    if (prefix && !foldKey(*prefix).empty()) {
        const std::string key = foldKey(*prefix);
        sql.where("(starts_with(e.name_key, " + sql.param(key) + ") OR strpos(e.name_key, "
                  + sql.param(" " + key) + ") > 0)");
    }
    sql.append(" GROUP BY e.id ORDER BY articles DESC, e.name LIMIT " + sql.param(std::int64_t { limit }));
    const PgResult rows = sql.run(m_connection);
    std::vector<FacetValue> out;
    for (int row = 0; row < rows.rows(); ++row)
        out.push_back({ rows.integer(row, 0), rows.text(row, 1), static_cast<int>(rows.integer(row, 2)) });
    return out;
}

} // namespace sayline::store::postgresql
