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

PgArticleWriter::PgArticleWriter(PgConnection& connection, PgConnection* creator)
    : m_connection(connection)
    , m_entities(connection, creator)
    , m_resolver(m_entities)
{
}

WriteResult PgArticleWriter::add(const model::AnalysedArticle& analysed, const std::string& contentHash)
{
    for (int attempt = 1;; ++attempt) {
        try {
            WriteResult written;
            if (!addOnce(analysed, contentHash, written))
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

bool PgArticleWriter::addOnce(const model::AnalysedArticle& analysed, const std::string& contentHash,
                              WriteResult& written)
{
    const model::Article& article = analysed.article;
    // The savepoint and the article's row in one round trip.
    const PgResult inserted = m_connection.pipelineReturningLast({ { "SAVEPOINT article_write", {} }, {
        "INSERT INTO articles (content_hash, file, item, title, authors, publisher, published, date, updated, "
        "language, url, body, analysed_at, analysis_format) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, now(), $13) "
        "ON CONFLICT (content_hash) DO NOTHING RETURNING id",
        { contentHash, article.file, std::to_string(article.item), article.title, joinLines(article.authors),
          article.publisher, article.published, ArticleRepository::dayOf(article.published), article.updated,
          article.language, article.url, article.body(), std::to_string(kAnalysisFormat) } } });
    if (inserted.rows() == 0) {
        // Stored already, or by another importer that committed while we waited on its row.
        const PgResult existing
            = m_connection.query("SELECT id FROM articles WHERE content_hash = $1", { contentHash });
        if (existing.rows() == 0)
            throw Error(ErrorCode::Conflict, "the article was being written by another importer; try again");
        written = { existing.integer(0, 0), false };
        return false;
    }
    const RowId id = inserted.integer(0, 0);
    writeAnnotations(id, analysed, true);
    written = { id, true };
    return true;
}

void PgArticleWriter::rewrite(RowId articleId, const model::AnalysedArticle& analysed)
{
    // writeAnnotations ends by releasing the savepoint it runs in.
    m_connection.exec("SAVEPOINT article_write");
    try {
        writeAnnotations(articleId, analysed, false);
    } catch (const Error&) {
        m_connection.exec("ROLLBACK TO SAVEPOINT article_write; RELEASE SAVEPOINT article_write");
        throw;
    }
}

void PgArticleWriter::writeAnnotations(RowId articleId, const model::AnalysedArticle& analysed, bool newArticle)
{
    // The entities are resolved first, over keys looked up in one query (only a new entity costs a round trip).
    // Then every row is sent at once (PgConnection::pipeline), one multi-row command per table (unnest of one
    // array per column), rows that refer to another row of the article finding it by its local id, and the
    // savepoint's release. The entities' new aliases and roles are committed at once beforehand (writeQueued).
    const std::string article = std::to_string(articleId);
    m_entities.prefetch(analysed);
    std::map<std::string, RowId> libraryIds;
    for (const model::Entity& entity : analysed.entities)
        libraryIds[entity.id] = m_resolver.resolve(articleId, entity, newArticle);

    std::vector<std::pair<std::string, Params>> rows;
    m_entities.writeQueued(rows);
    PgColumns entities(8);
    PgColumns mentions(3);
    for (const model::Entity& entity : analysed.entities) {
        entities.add({ entity.id, std::to_string(libraryIds[entity.id]), std::string(model::toString(entity.type)),
                       entity.name, foldKey(entity.name), joinLines(entity.aliases), joinLines(entity.roles),
                       entity.affiliation });
        for (const model::Span& span : entity.mentions)
            mentions.add({ entity.id, std::to_string(span.start), std::to_string(span.end) });
    }
    if (!entities.empty())
        rows.push_back({ "INSERT INTO article_entities (article_id, local_id, entity_id, type, name, name_key, "
                         "aliases, roles, affiliation) SELECT $1::bigint, * FROM unnest($2::text[], $3::bigint[], "
                         "$4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])",
                         { article, entities.literal(0), entities.literal(1), entities.literal(2), entities.literal(3),
                           entities.literal(4), entities.literal(5), entities.literal(6), entities.literal(7) } });
    if (!mentions.empty())
        rows.push_back({ "INSERT INTO mentions (article_entity_id, start, \"end\") SELECT e.id, m.start, m.finish "
                         "FROM unnest($2::text[], $3::integer[], $4::integer[]) AS m(local_id, start, finish) "
                         "JOIN article_entities e ON e.article_id = $1::bigint AND e.local_id = m.local_id "
                         "ON CONFLICT DO NOTHING",
                         { article, mentions.literal(0), mentions.literal(1), mentions.literal(2) } });

    const std::optional<std::string> date = ArticleRepository::dayOf(analysed.article.published);
    PgColumns statements(18);
    PgColumns targets(2);
    for (const model::Statement& statement : analysed.statements) {
        std::optional<std::string> speaker;
        if (statement.speaker) {
            if (auto it = libraryIds.find(*statement.speaker); it != libraryIds.end())
                speaker = std::to_string(it->second);
        }
        statements.add({ statement.id, speaker, statement.speakerText, number(statement.speakerSpan, false),
                         number(statement.speakerSpan, true), statement.cue, number(statement.cueSpan, false),
                         number(statement.cueSpan, true), std::string(model::toString(statement.kind)),
                         std::string(model::toString(statement.claimType)), statement.content,
                         segmentForIndex(statement.content), std::to_string(statement.span.start),
                         std::to_string(statement.span.end), statement.speaker, joinLines(statement.about),
                         statement.attribution.sieve, statement.attribution.explanation });
        for (const std::string& target : statement.about) {
            if (auto it = libraryIds.find(target); it != libraryIds.end())
                targets.add({ statement.id, std::to_string(it->second) });
        }
    }
    if (!statements.empty()) {
        Params params { article, date };
        for (std::size_t column = 0; column < 18; ++column)
            params.push_back(statements.literal(column));
        rows.push_back({ "INSERT INTO statements (article_id, date, local_id, speaker_id, speaker_text, speaker_start, "
                         "speaker_end, cue, cue_start, cue_end, kind, claim_type, content, content_index, start, "
                         "\"end\", speaker_local_id, about_local, attribution_sieve, attribution_explanation) "
                         "SELECT $1::bigint, $2::date, * FROM unnest($3::text[], $4::bigint[], $5::text[], "
                         "$6::integer[], $7::integer[], $8::text[], $9::integer[], $10::integer[], $11::text[], "
                         "$12::text[], $13::text[], $14::text[], $15::integer[], $16::integer[], $17::text[], "
                         "$18::text[], $19::text[], $20::text[])",
                         std::move(params) });
    }
    if (!targets.empty())
        rows.push_back({ "INSERT INTO statement_targets (statement_id, entity_id) SELECT s.id, t.entity_id "
                         "FROM unnest($2::text[], $3::bigint[]) AS t(local_id, entity_id) "
                         "JOIN statements s ON s.article_id = $1::bigint AND s.local_id = t.local_id "
                         "ON CONFLICT DO NOTHING",
                         { article, targets.literal(0), targets.literal(1) } });

    PgColumns dates(5);
    for (const model::DateMention& mention : analysed.dates)
        dates.add({ mention.text, std::to_string(mention.span.start), std::to_string(mention.span.end),
                    std::string(model::toString(mention.type)), mention.value });
    if (!dates.empty())
        rows.push_back({ "INSERT INTO dates (article_id, text, start, \"end\", type, value) SELECT $1::bigint, * "
                         "FROM unnest($2::text[], $3::integer[], $4::integer[], $5::text[], $6::text[])",
                         { article, dates.literal(0), dates.literal(1), dates.literal(2), dates.literal(3),
                           dates.literal(4) } });
    rows.push_back({ "RELEASE SAVEPOINT article_write", {} });
    m_connection.pipeline(rows);
}

} // namespace sayline::store::postgresql
