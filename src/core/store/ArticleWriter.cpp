// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArticleWriter.h"

#include <algorithm>
#include <map>

#include "Database.h"
#include "RowInsert.h"
#include "TextKeys.h"
#include "TextLists.h"
#include "Transaction.h"

namespace sayline::store {

ArticleWriter::ArticleWriter(Database& db)
    : m_db(db)
    , m_articles(db)
    , m_entities(db)
    , m_statements(db)
    , m_corrections(db)
    , m_catalog(m_entities, m_corrections)
    , m_resolver(m_catalog)
{
}

void ArticleWriter::stage(std::string_view name)
{
    if (m_stageHook)
        m_stageHook(name);
}

WriteResult ArticleWriter::add(const model::AnalysedArticle& analysed, const std::string& contentHash)
{
    if (auto existing = m_articles.findByHash(contentHash))
        return { *existing, false };
    FullTextRows* heldBack = m_holdFullText ? &m_heldBack : nullptr;
    const std::size_t articleRows = m_heldBack.articles.size();
    const std::size_t statementRows = m_heldBack.statements.size();
    try {
        Savepoint savepoint(m_db, "article_write");
        const RowId id = m_articles.insert(analysed.article, contentHash, heldBack);
        stage("article");
        writeAnnotations(id, analysed, true, heldBack);
        savepoint.commit();
        return { id, true };
    } catch (...) {
        // The savepoint rolled the article back: so go the index rows held back for it, and whatever the entity
        // cache learned from it (entities, aliases that are no longer stored).
        m_heldBack.articles.resize(articleRows);
        m_heldBack.statements.resize(statementRows);
        if (m_entityCache)
            m_entityCache->clear();
        throw;
    }
}

void ArticleWriter::flushFullText()
{
    auto& article = m_db.cached("INSERT INTO articles_fts (rowid, title, body) VALUES (?,?,?)");
    for (const FullTextRows::ArticleRow& row : m_heldBack.articles)
        article.bind(1, row.id).bindStatic(2, row.title).bindStatic(3, row.body).run();
    auto& statement = m_db.cached("INSERT INTO statements_fts (rowid, content) VALUES (?,?)");
    for (const FullTextRows::StatementRow& row : m_heldBack.statements)
        statement.bind(1, row.id).bindStatic(2, row.content).run();
    m_heldBack = {};
}

void ArticleWriter::replaceAnalysis(RowId articleId, const model::AnalysedArticle& analysed)
{
    if (m_entityCache)
        m_entityCache->clear(); // entities may be removed below
    Savepoint savepoint(m_db, "article_reanalyse");
    std::vector<RowId> previous = m_statements.removeForArticle(articleId);
    auto& linked = m_db.cached("SELECT entity_id FROM article_entities WHERE article_id = ?");
    linked.bind(1, articleId);
    while (linked.step())
        previous.push_back(linked.columnInt(0));
    linked.reset();
    m_db.cached("DELETE FROM article_entities WHERE article_id = ?").bind(1, articleId).run();
    m_db.cached("DELETE FROM dates WHERE article_id = ?").bind(1, articleId).run();
    writeAnnotations(articleId, analysed, false, nullptr);
    std::sort(previous.begin(), previous.end());
    previous.erase(std::unique(previous.begin(), previous.end()), previous.end());
    for (RowId entity : previous)
        m_entities.removeIfUnused(entity);
    savepoint.commit();
}

void ArticleWriter::writeAnnotations(RowId articleId, const model::AnalysedArticle& analysed, bool newArticle,
                                     FullTextRows* heldBack)
{
    // Every table gets the article's rows in one multi-row INSERT (RowInsert), in the order the rows had when they
    // were inserted one by one, so the ids are the same.
    std::map<std::string, RowId> libraryIds;
    std::vector<RowId> entityIds;
    entityIds.reserve(analysed.entities.size());
    for (const model::Entity& entity : analysed.entities) {
        const RowId id = m_resolver.resolve(articleId, entity, newArticle);
        libraryIds[entity.id] = id;
        entityIds.push_back(id);
    }
    RowInsert articleEntity(m_db,
                            "INSERT INTO article_entities (article_id, local_id, entity_id, type, name, name_key, "
                            "aliases, roles, affiliation) VALUES ",
                            9);
    const std::vector<RowId> articleEntityIds
        = articleEntity.run(analysed.entities.size(), [&](PreparedStatement& row, int p, std::size_t i) {
              const model::Entity& entity = analysed.entities[i];
              row.bind(p, articleId)
                  .bind(p + 1, entity.id)
                  .bind(p + 2, entityIds[i])
                  .bind(p + 3, model::toString(entity.type))
                  .bind(p + 4, entity.name)
                  .bind(p + 5, foldKey(entity.name))
                  .bind(p + 6, joinLines(entity.aliases))
                  .bind(p + 7, joinLines(entity.roles))
                  .bind(p + 8, entity.affiliation);
          });
    std::vector<std::pair<RowId, const model::Span*>> mentions;
    for (std::size_t i = 0; i < analysed.entities.size(); ++i) {
        for (const model::Span& span : analysed.entities[i].mentions)
            mentions.emplace_back(articleEntityIds[i], &span);
    }
    RowInsert mention(m_db, "INSERT OR IGNORE INTO mentions (article_entity_id, start, end) VALUES ", 3);
    mention.run(mentions.size(), [&](PreparedStatement& row, int p, std::size_t i) {
        row.bind(p, mentions[i].first).bind(p + 1, mentions[i].second->start).bind(p + 2, mentions[i].second->end);
    });
    stage("entities");

    std::vector<StatementRepository::Links> links(analysed.statements.size());
    for (std::size_t i = 0; i < analysed.statements.size(); ++i) {
        const model::Statement& statement = analysed.statements[i];
        if (statement.speaker) {
            if (auto it = libraryIds.find(*statement.speaker); it != libraryIds.end())
                links[i].speaker = it->second;
        }
        for (const std::string& target : statement.about) {
            if (auto it = libraryIds.find(target); it != libraryIds.end())
                links[i].about.push_back(it->second);
        }
    }
    m_statements.insertAll(articleId, ArticleRepository::dayOf(analysed.article.published), analysed.statements, links,
                           heldBack);
    stage("statements");

    RowInsert dateRow(m_db, "INSERT INTO dates (article_id, text, start, end, type, value) VALUES ", 6);
    dateRow.run(analysed.dates.size(), [&](PreparedStatement& row, int p, std::size_t i) {
        const model::DateMention& mentionOfDate = analysed.dates[i];
        row.bind(p, articleId)
            .bindStatic(p + 1, mentionOfDate.text)
            .bind(p + 2, mentionOfDate.span.start)
            .bind(p + 3, mentionOfDate.span.end)
            .bind(p + 4, model::toString(mentionOfDate.type))
            .bindStatic(p + 5, mentionOfDate.value);
    });
    stage("dates");
    if (!newArticle) {
        applyStatementEdits(articleId);
        m_articles.markAnalysed(articleId);
    }
}

void ArticleWriter::applyStatementEdits(RowId articleId)
{
    for (const Correction& edit : m_corrections.statementEdits(articleId)) {
        if (!edit.span)
            continue;
        const std::optional<RowId> statement = m_statements.findBySpan(articleId, *edit.span);
        if (!statement)
            continue; // the new analysis no longer finds this statement; the edit waits for it
        if (edit.kind == CorrectionKind::DeleteStatement)
            m_statements.remove(*statement);
        else if (edit.kind == CorrectionKind::Reassign && edit.entityId && m_entities.exists(*edit.entityId))
            m_statements.setSpeaker(*statement, *edit.entityId);
    }
}

} // namespace sayline::store
