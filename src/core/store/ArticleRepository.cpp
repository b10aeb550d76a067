// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArticleRepository.h"

#include <cctype>

#include "Database.h"
#include "FullTextRows.h"
#include "SearchQuery.h"
#include "SqlText.h"
#include "TextKeys.h"
#include "TextLists.h"
#include "model/Error.h"

namespace sayline::store {

ArticleRepository::ArticleRepository(Database& db)
    : m_db(db)
{
}

std::optional<std::string> ArticleRepository::dayOf(const std::optional<std::string>& iso)
{
    if (!iso || iso->size() < 10)
        return std::nullopt;
    const std::string day = iso->substr(0, 10);
    for (std::size_t i = 0; i < day.size(); ++i) {
        const bool dash = i == 4 || i == 7;
        if (dash ? day[i] != '-' : !std::isdigit(static_cast<unsigned char>(day[i])))
            return std::nullopt;
    }
    return day;
}

std::optional<RowId> ArticleRepository::findByHash(const std::string& contentHash)
{
    auto& query = m_db.cached("SELECT id FROM articles WHERE content_hash = ?");
    query.bind(1, contentHash);
    std::optional<RowId> id;
    if (query.step())
        id = query.columnInt(0);
    query.reset();
    return id;
}

RowId ArticleRepository::insert(const model::Article& article, const std::string& contentHash, FullTextRows* heldBack)
{
    auto& insert = m_db.cached(
        "INSERT INTO articles (content_hash, file, item, title, authors, publisher, published, date, updated, "
        "language, url, body, title_index, body_index, analysed_at, analysis_format) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?)");
    std::string body = article.body();
    std::optional<std::string> titleIndex = segmentForIndex(article.title);
    std::optional<std::string> bodyIndex = segmentForIndex(body);
    insert.bind(1, contentHash)
        .bind(2, article.file)
        .bind(3, article.item)
        .bindStatic(4, article.title)
        .bind(5, joinLines(article.authors))
        .bind(6, article.publisher)
        .bind(7, article.published)
        .bind(8, dayOf(article.published))
        .bind(9, article.updated)
        .bind(10, article.language)
        .bind(11, article.url)
        .bindStatic(12, body) // run() below is done with it before it moves
        .bindStatic(13, titleIndex)
        .bindStatic(14, bodyIndex)
        .bind(15, kAnalysisFormat);
    insert.run();
    const RowId id = m_db.lastInsertRowid();
    // The full-text entry is written here, not by a trigger (see 0004_fulltext_sync_in_store.sql).
    if (heldBack) {
        heldBack->articles.push_back({ id, titleIndex ? std::move(*titleIndex) : article.title,
                                       bodyIndex ? std::move(*bodyIndex) : std::move(body) });
        return id;
    }
    auto& index = m_db.cached("INSERT INTO articles_fts (rowid, title, body) VALUES (?,?,?)");
    index.bind(1, id).bind(2, titleIndex.value_or(article.title)).bind(3, bodyIndex.value_or(body)).run();
    return id;
}

void ArticleRepository::markAnalysed(RowId id)
{
    auto& update = m_db.cached(
        "UPDATE articles SET analysed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), analysis_format = ? WHERE id = ?");
    update.bind(1, kAnalysisFormat).bind(2, id).run();
}

std::optional<StoredArticle> ArticleRepository::get(RowId id)
{
    auto& query
        = m_db.cached("SELECT content_hash, file, item, title, authors, publisher, published, date, updated, "
                      "language, url, body, imported_at, analysed_at, analysis_format FROM articles WHERE id = ?");
    query.bind(1, id);
    if (!query.step())
        return std::nullopt;
    StoredArticle stored;
    stored.id = id;
    stored.contentHash = query.columnText(0);
    stored.article.file = query.columnText(1);
    stored.article.item = static_cast<int>(query.columnInt(2));
    stored.article.title = query.columnText(3);
    stored.article.authors = splitText(query.columnText(4));
    stored.article.publisher = query.columnOptionalText(5);
    stored.article.published = query.columnOptionalText(6);
    stored.date = query.columnOptionalText(7);
    stored.article.updated = query.columnOptionalText(8);
    stored.article.language = query.columnOptionalText(9);
    stored.article.url = query.columnOptionalText(10);
    stored.article.paragraphs = splitText(query.columnText(11), "\n\n");
    stored.importedAt = query.columnText(12);
    stored.analysedAt = query.columnOptionalText(13);
    stored.analysisFormat = static_cast<int>(query.columnInt(14));
    query.reset();
    return stored;
}

namespace {

SqlText filteredArticles(const std::string& select, const ArticleFilter& filter)
{
    if (filter.text)
        checkTextQueryLimits(*filter.text);
    SqlText sql("SELECT " + select + " FROM articles a");
    if (filter.text)
        sql.where("a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)", segmentQuery(*filter.text));
    if (filter.contains && !filter.contains->empty()) {
        // instr() finds the text in any script (LIKE would read % and _ as wildcards); lower() folds ASCII letters.
        sql.where("(instr(lower(a.title), lower(?)) > 0 OR instr(lower(coalesce(a.publisher, '')), lower(?)) > 0 "
                  "OR instr(lower(a.file), lower(?)) > 0)",
                  *filter.contains, *filter.contains, *filter.contains);
    }
    if (filter.publisher)
        sql.where("a.publisher = ? COLLATE NOCASE", *filter.publisher);
    if (filter.from)
        sql.where("a.date >= ?", *filter.from);
    if (filter.to)
        sql.where("a.date <= ?", *filter.to);
    if (filter.speaker)
        sql.where("a.id IN (SELECT article_id FROM statements WHERE speaker_id = ?)", *filter.speaker);
    if (filter.mentioning)
        sql.where("a.id IN (SELECT article_id FROM article_entities WHERE entity_id = ?)", *filter.mentioning);
    return sql;
}

} // namespace

std::vector<ArticleSummary> ArticleRepository::list(const ArticleFilter& filter)
{
    SqlText sql = filteredArticles("a.id, a.title, a.publisher, a.date, a.file, "
                                   "(SELECT count(*) FROM statements s WHERE s.article_id = a.id) AS statement_count",
                                   filter);
    const char* direction = filter.descending ? " DESC" : " ASC";
    switch (filter.sort) {
    case ArticleFilter::Sort::Date:
        sql.append(std::string(" ORDER BY a.date") + direction + ", a.id" + direction);
        break;
    case ArticleFilter::Sort::Title:
        sql.append(std::string(" ORDER BY a.title COLLATE NOCASE") + direction + ", a.id" + direction);
        break;
    case ArticleFilter::Sort::Publisher:
        sql.append(std::string(" ORDER BY a.publisher COLLATE NOCASE") + direction + ", a.date" + direction);
        break;
    case ArticleFilter::Sort::Statements:
        sql.append(std::string(" ORDER BY statement_count") + direction + ", a.date" + direction);
        break;
    }
    sql.append(" LIMIT ? OFFSET ?");
    sql.bindValue(static_cast<std::int64_t>(filter.limit));
    sql.bindValue(static_cast<std::int64_t>(filter.offset));
    auto query = m_db.prepare(sql.text());
    sql.bindTo(query);
    std::vector<ArticleSummary> out;
    while (query.step()) {
        ArticleSummary summary;
        summary.id = query.columnInt(0);
        summary.title = query.columnText(1);
        summary.publisher = query.columnOptionalText(2);
        summary.date = query.columnOptionalText(3);
        summary.file = query.columnText(4);
        summary.statementCount = static_cast<int>(query.columnInt(5));
        out.push_back(std::move(summary));
    }
    return out;
}

int ArticleRepository::count(const ArticleFilter& filter)
{
    const SqlText sql = filteredArticles("count(*)", filter);
    auto query = m_db.prepare(sql.text());
    sql.bindTo(query);
    query.step();
    return static_cast<int>(query.columnInt(0));
}

std::vector<FacetValue> ArticleRepository::publishers(int limit)
{
    auto query
        = m_db.prepare("SELECT publisher, count(*) FROM articles WHERE publisher IS NOT NULL AND publisher <> '' "
                       "GROUP BY publisher COLLATE NOCASE ORDER BY count(*) DESC, publisher LIMIT ?");
    query.bind(1, limit);
    std::vector<FacetValue> out;
    while (query.step())
        out.push_back({ std::nullopt, query.columnText(0), static_cast<int>(query.columnInt(1)) });
    return out;
}

std::vector<FacetValue> ArticleRepository::entities(model::EntityType type, const std::optional<std::string>& prefix,
                                                    int limit)
{
    SqlText sql("SELECT e.id, e.name, count(DISTINCT ae.article_id) AS articles FROM entities e "
                "JOIN article_entities ae ON ae.entity_id = e.id");
    sql.where("e.type = ?", std::string(model::toString(type)));
    if (prefix && !foldKey(*prefix).empty()) {
        const std::string key = foldKey(*prefix);
        sql.where("(e.name_key LIKE ? || '%' OR e.name_key LIKE '% ' || ? || '%')", key, key);
    }
    sql.append(" GROUP BY e.id ORDER BY articles DESC, e.name LIMIT ?");
    sql.bindValue(static_cast<std::int64_t>(limit));
    auto query = m_db.prepare(sql.text());
    sql.bindTo(query);
    std::vector<FacetValue> out;
    while (query.step())
        out.push_back({ query.columnInt(0), query.columnText(1), static_cast<int>(query.columnInt(2)) });
    return out;
}

std::vector<RowId> ArticleRepository::staleIds()
{
    auto query = m_db.prepare("SELECT id FROM articles WHERE analysis_format < ? ORDER BY id");
    query.bind(1, kAnalysisFormat);
    std::vector<RowId> ids;
    while (query.step())
        ids.push_back(query.columnInt(0));
    return ids;
}

std::vector<RowId> ArticleRepository::allIds()
{
    auto query = m_db.prepare("SELECT id FROM articles ORDER BY id");
    std::vector<RowId> ids;
    while (query.step())
        ids.push_back(query.columnInt(0));
    return ids;
}

int ArticleRepository::count()
{
    auto query = m_db.prepare("SELECT count(*) FROM articles");
    query.step();
    return static_cast<int>(query.columnInt(0));
}

} // namespace sayline::store
