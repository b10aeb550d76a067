// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgArticleWriter.h"

#include <map>

#include "PgConnection.h"
#include "model/Error.h"
#include "store/ArticleRepository.h"
#include "store/TextKeys.h"
#include "store/TextLists.h"

namespace sayline::store::postgresql {
namespace {

constexpr int kAttempts = 3;

std::optional<std::string> number(const std::optional<model::Span>& span, bool end)
{
    if (!span)
        return std::nullopt;
    return std::to_string(end ? span->end : span->start);
}

} // namespace

PgArticleWriter::PgArticleWriter(PgConnection& connection)
    : m_connection(connection)
    , m_entities(connection)
    , m_resolver(m_entities)
{
}

WriteResult PgArticleWriter::add(const model::AnalysedArticle& analysed, const std::string& contentHash)
{
    for (int attempt = 1;; ++attempt) {
        m_connection.exec("SAVEPOINT article_write");
        try {
            const WriteResult written = addOnce(analysed, contentHash);
            m_connection.exec("RELEASE SAVEPOINT article_write");
            return written;
        } catch (const Error& error) {
            // An error aborts the whole transaction in PostgreSQL unless rolled back to the savepoint.
            m_connection.exec("ROLLBACK TO SAVEPOINT article_write; RELEASE SAVEPOINT article_write");
            if (error.code() != ErrorCode::Conflict || attempt == kAttempts)
                throw;
        }
    }
}

WriteResult PgArticleWriter::addOnce(const model::AnalysedArticle& analysed, const std::string& contentHash)
{
    const model::Article& article = analysed.article;
    const PgResult inserted = m_connection.query(
        "INSERT INTO articles (content_hash, file, item, title, authors, publisher, published, date, updated, "
        "language, url, body, analysed_at, analysis_format) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, now(), $13) "
        "ON CONFLICT (content_hash) DO NOTHING RETURNING id",
        { contentHash, article.file, std::to_string(article.item), article.title, joinLines(article.authors),
          article.publisher, article.published, ArticleRepository::dayOf(article.published), article.updated,
          article.language, article.url, article.body(), std::to_string(kAnalysisFormat) });
    if (inserted.rows() == 0) {
        // Stored already, or by another importer that committed while we waited on its row.
        const PgResult existing
            = m_connection.query("SELECT id FROM articles WHERE content_hash = $1", { contentHash });
        if (existing.rows() == 0)
            throw Error(ErrorCode::Conflict, "the article was being written by another importer; try again");
        return { existing.integer(0, 0), false };
    }
    const RowId id = inserted.integer(0, 0);
    writeAnnotations(id, analysed, true);
    return { id, true };
}

void PgArticleWriter::rewrite(RowId articleId, const model::AnalysedArticle& analysed)
{
    writeAnnotations(articleId, analysed, false);
}

void PgArticleWriter::writeAnnotations(RowId articleId, const model::AnalysedArticle& analysed, bool newArticle)
{
    // The entities are resolved first (each look-up needs its answer); every row after that is sent at once
    // (PgConnection::pipeline), rows that refer to another row of the article finding it by its local id.
    const std::string article = std::to_string(articleId);
    std::map<std::string, RowId> libraryIds;
    for (const model::Entity& entity : analysed.entities)
        libraryIds[entity.id] = m_resolver.resolve(articleId, entity, newArticle);

    std::vector<std::pair<std::string, Params>> rows;
    for (const model::Entity& entity : analysed.entities) {
        rows.push_back({ "INSERT INTO article_entities (article_id, local_id, entity_id, type, name, name_key, aliases, "
                         "roles, affiliation) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                         { article, entity.id, std::to_string(libraryIds[entity.id]),
                           std::string(model::toString(entity.type)), entity.name, foldKey(entity.name),
                           joinLines(entity.aliases), joinLines(entity.roles), entity.affiliation } });
        for (const model::Span& span : entity.mentions)
            rows.push_back({ "INSERT INTO mentions (article_entity_id, start, \"end\") SELECT id, $3::integer, "
                             "$4::integer FROM article_entities WHERE article_id = $1 AND local_id = $2 "
                             "ON CONFLICT DO NOTHING",
                             { article, entity.id, std::to_string(span.start), std::to_string(span.end) } });
    }

    const std::optional<std::string> date = ArticleRepository::dayOf(analysed.article.published);
    for (const model::Statement& statement : analysed.statements) {
        std::optional<std::string> speaker;
        if (statement.speaker) {
            if (auto it = libraryIds.find(*statement.speaker); it != libraryIds.end())
                speaker = std::to_string(it->second);
        }
        rows.push_back({ "INSERT INTO statements (article_id, local_id, speaker_id, speaker_text, speaker_start, "
                         "speaker_end, cue, cue_start, cue_end, kind, claim_type, content, content_index, start, "
                         "\"end\", date, speaker_local_id, about_local, attribution_sieve, attribution_explanation) "
                         "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, "
                         "$19, $20)",
                         { article, statement.id, speaker, statement.speakerText, number(statement.speakerSpan, false),
                           number(statement.speakerSpan, true), statement.cue, number(statement.cueSpan, false),
                           number(statement.cueSpan, true), std::string(model::toString(statement.kind)),
                           std::string(model::toString(statement.claimType)), statement.content,
                           segmentForIndex(statement.content), std::to_string(statement.span.start),
                           std::to_string(statement.span.end), date, statement.speaker, joinLines(statement.about),
                           statement.attribution.sieve, statement.attribution.explanation } });
        for (const std::string& target : statement.about) {
            if (auto it = libraryIds.find(target); it != libraryIds.end())
                rows.push_back({ "INSERT INTO statement_targets (statement_id, entity_id) SELECT id, $3::bigint "
                                 "FROM statements WHERE article_id = $1 AND local_id = $2 ON CONFLICT DO NOTHING",
                                 { article, statement.id, std::to_string(it->second) } });
        }
    }

    for (const model::DateMention& mention : analysed.dates)
        rows.push_back({ "INSERT INTO dates (article_id, text, start, \"end\", type, value) "
                         "VALUES ($1, $2, $3, $4, $5, $6)",
                         { article, mention.text, std::to_string(mention.span.start), std::to_string(mention.span.end),
                           std::string(model::toString(mention.type)), mention.value } });
    m_connection.pipeline(rows);
}

} // namespace sayline::store::postgresql
