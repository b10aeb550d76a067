// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArticleWriter.h"

#include <algorithm>
#include <map>

#include "Database.h"
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
        // The savepoint rolled the article back: so go the index rows held back for it.
        m_heldBack.articles.resize(articleRows);
        m_heldBack.statements.resize(statementRows);
        throw;
    }
}

void ArticleWriter::flushFullText()
{
    auto& article = m_db.cached("INSERT INTO articles_fts (rowid, title, body) VALUES (?,?,?)");
    for (const FullTextRows::ArticleRow& row : m_heldBack.articles)
        article.bind(1, row.id).bind(2, row.title).bind(3, row.body).run();
    auto& statement = m_db.cached("INSERT INTO statements_fts (rowid, content) VALUES (?,?)");
    for (const FullTextRows::StatementRow& row : m_heldBack.statements)
        statement.bind(1, row.id).bind(2, row.content).run();
    m_heldBack = {};
}

void ArticleWriter::replaceAnalysis(RowId articleId, const model::AnalysedArticle& analysed)
{
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
    std::map<std::string, RowId> libraryIds;
    auto& articleEntity = m_db.cached("INSERT INTO article_entities (article_id, local_id, entity_id, type, name, "
                                      "name_key, aliases, roles, affiliation) VALUES (?,?,?,?,?,?,?,?,?)");
    auto& mention = m_db.cached("INSERT OR IGNORE INTO mentions (article_entity_id, start, end) VALUES (?,?,?)");
    for (const model::Entity& entity : analysed.entities) {
        const RowId id = m_resolver.resolve(articleId, entity, newArticle);
        libraryIds[entity.id] = id;
        articleEntity.bind(1, articleId)
            .bind(2, entity.id)
            .bind(3, id)
            .bind(4, model::toString(entity.type))
            .bind(5, entity.name)
            .bind(6, foldKey(entity.name))
            .bind(7, joinLines(entity.aliases))
            .bind(8, joinLines(entity.roles))
            .bind(9, entity.affiliation)
            .run();
        const RowId articleEntityId = m_db.lastInsertRowid();
        for (const model::Span& span : entity.mentions)
            mention.bind(1, articleEntityId).bind(2, span.start).bind(3, span.end).run();
    }
    stage("entities");

    const std::optional<std::string> date = ArticleRepository::dayOf(analysed.article.published);
    for (const model::Statement& statement : analysed.statements) {
        std::optional<RowId> speaker;
        if (statement.speaker) {
            if (auto it = libraryIds.find(*statement.speaker); it != libraryIds.end())
                speaker = it->second;
        }
        std::vector<RowId> about;
        for (const std::string& target : statement.about) {
            if (auto it = libraryIds.find(target); it != libraryIds.end())
                about.push_back(it->second);
        }
        m_statements.insert(articleId, date, statement, speaker, about, heldBack);
    }
    stage("statements");

    auto& dateRow = m_db.cached("INSERT INTO dates (article_id, text, start, end, type, value) VALUES (?,?,?,?,?,?)");
    for (const model::DateMention& mentionOfDate : analysed.dates) {
        dateRow.bind(1, articleId)
            .bind(2, mentionOfDate.text)
            .bind(3, mentionOfDate.span.start)
            .bind(4, mentionOfDate.span.end)
            .bind(5, model::toString(mentionOfDate.type))
            .bind(6, mentionOfDate.value)
            .run();
    }
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
