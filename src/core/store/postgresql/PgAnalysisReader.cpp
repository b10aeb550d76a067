// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgAnalysisReader.h"

#include <algorithm>
#include <map>

#include "PgConnection.h"
#include "PgEntities.h"
#include "store/AnalysisReader.h"
#include "store/ArticleRepository.h"
#include "store/TextLists.h"

namespace sayline::store::postgresql {
namespace {

std::optional<model::Span> optionalSpan(const PgResult& rows, int row, int startColumn)
{
    if (rows.isNull(row, startColumn) || rows.isNull(row, startColumn + 1))
        return std::nullopt;
    return model::Span { static_cast<int>(rows.integer(row, startColumn)),
                         static_cast<int>(rows.integer(row, startColumn + 1)) };
}

} // namespace

PgAnalysisReader::PgAnalysisReader(PgConnection& connection)
    : m_connection(connection)
{
}

std::optional<StoredAnalysis> PgAnalysisReader::read(RowId articleId)
{
    const PgResult row = m_connection.query(
        "SELECT content_hash, file, item, title, authors, publisher, published, updated, language, url, body, "
        "to_char(imported_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), "
        "to_char(analysed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), analysis_format "
        "FROM articles WHERE id = $1",
        { std::to_string(articleId) });
    if (row.rows() == 0)
        return std::nullopt;
    StoredAnalysis out;
    out.articleId = articleId;
    out.contentHash = row.text(0, 0);
    model::Article& article = out.analysis.article;
    article.file = row.text(0, 1);
    article.item = static_cast<int>(row.integer(0, 2));
    article.title = row.text(0, 3);
    article.authors = splitText(row.text(0, 4));
    article.publisher = row.optionalText(0, 5);
    article.published = row.optionalText(0, 6);
    article.updated = row.optionalText(0, 7);
    article.language = row.optionalText(0, 8);
    article.url = row.optionalText(0, 9);
    article.paragraphs = splitText(row.text(0, 10), "\n\n");
    out.importedAt = row.text(0, 11);
    out.analysedAt = row.optionalText(0, 12);
    out.complete = row.integer(0, 13) >= kContractAnalysisFormat;
    readEntities(out);
    readStatements(out);
    readDates(out);
    return out;
}

void PgAnalysisReader::readEntities(StoredAnalysis& out)
{
    const std::string article = std::to_string(out.articleId);
    const PgResult rows = m_connection.query(
        "SELECT ae.id, ae.local_id, ae.entity_id, ae.type, ae.name, ae.aliases, ae.roles, ae.affiliation, e.name, "
        "e.user_named FROM article_entities ae JOIN entities e ON e.id = ae.entity_id WHERE ae.article_id = $1 "
        "ORDER BY ae.id",
        { article });
    std::map<RowId, std::size_t> indexOfRow;
    for (int row = 0; row < rows.rows(); ++row) {
        model::Entity entity;
        entity.id = rows.text(row, 1);
        entity.type = model::entityTypeFromString(rows.text(row, 3)).value_or(model::EntityType::Misc);
        entity.name = rows.text(row, 4);
        entity.aliases = splitText(rows.text(row, 5));
        if (rows.boolean(row, 9) && rows.text(row, 8) != entity.name) {
            // Renamed by a user: the archive's name, the article's as an alias.
            entity.aliases.insert(entity.aliases.begin(), entity.name);
            entity.name = rows.text(row, 8);
        }
        entity.roles = splitText(rows.text(row, 6));
        entity.affiliation = rows.optionalText(row, 7);
        indexOfRow.emplace(rows.integer(row, 0), out.analysis.entities.size());
        out.entityRows.emplace(entity.id, rows.integer(row, 2));
        out.analysis.entities.push_back(std::move(entity));
    }
    const PgResult mentions = m_connection.query(
        "SELECT m.article_entity_id, m.start, m.\"end\" FROM mentions m JOIN article_entities ae "
        "ON ae.id = m.article_entity_id WHERE ae.article_id = $1 ORDER BY m.start, m.\"end\"",
        { article });
    for (int row = 0; row < mentions.rows(); ++row) {
        if (auto it = indexOfRow.find(mentions.integer(row, 0)); it != indexOfRow.end())
            out.analysis.entities[it->second].mentions.push_back(
                model::Span { static_cast<int>(mentions.integer(row, 1)), static_cast<int>(mentions.integer(row, 2)) });
    }
    for (model::Entity& entity : out.analysis.entities) {
        if (entity.affiliation && (!out.entityRows.contains(*entity.affiliation) || *entity.affiliation == entity.id))
            entity.affiliation.reset();
    }
}

std::string PgAnalysisReader::entityFor(StoredAnalysis& out, RowId libraryId)
{
    if (std::optional<std::string> local = out.localEntityId(libraryId))
        return *local;
    return out.addEntity(libraryId, PgEntities(m_connection).get(libraryId));
}

void PgAnalysisReader::readStatements(StoredAnalysis& out)
{
    const PgResult rows = m_connection.query(
        "SELECT id, local_id, speaker_id, speaker_local_id, speaker_text, speaker_start, speaker_end, cue, cue_start, "
        "cue_end, kind, claim_type, content, start, \"end\", about_local, attribution_sieve, attribution_explanation "
        "FROM statements WHERE article_id = $1 ORDER BY id",
        { std::to_string(out.articleId) });
    for (int row = 0; row < rows.rows(); ++row) {
        model::Statement statement;
        statement.id = rows.text(row, 1);
        const std::optional<RowId> speaker = rows.optionalInteger(row, 2);
        const std::optional<std::string> analysed = rows.optionalText(row, 3);
        statement.speakerText = rows.text(row, 4);
        statement.speakerSpan = optionalSpan(rows, row, 5);
        statement.cue = rows.text(row, 7);
        statement.cueSpan = optionalSpan(rows, row, 8);
        statement.kind = model::statementKindFromString(rows.text(row, 10)).value_or(model::StatementKind::Indirect);
        statement.claimType = model::claimTypeFromString(rows.text(row, 11)).value_or(model::ClaimType::Other);
        statement.content = rows.text(row, 12);
        statement.span = model::Span { static_cast<int>(rows.integer(row, 13)), static_cast<int>(rows.integer(row, 14)) };
        for (const std::string& target : splitText(rows.text(row, 15))) {
            if (out.entityRows.contains(target))
                statement.about.push_back(target);
        }
        statement.attribution = { rows.text(row, 16), rows.text(row, 17) };
        if (speaker) {
            if (analysed && out.entityRows.contains(*analysed) && out.entityRows.at(*analysed) == *speaker) {
                statement.speaker = *analysed;
            } else {
                // Reassigned by a correction: the speaker the user chose, who decided it.
                statement.speaker = entityFor(out, *speaker);
                statement.attribution = { std::string(kCorrectionSieve), "set by a correction in this archive" };
            }
        }
        out.statementRows.emplace(statement.id, rows.integer(row, 0));
        out.analysis.statements.push_back(std::move(statement));
    }
}

void PgAnalysisReader::readDates(StoredAnalysis& out)
{
    const PgResult rows = m_connection.query(
        "SELECT text, start, \"end\", type, value FROM dates WHERE article_id = $1 ORDER BY id",
        { std::to_string(out.articleId) });
    for (int row = 0; row < rows.rows(); ++row) {
        model::DateMention date;
        date.text = rows.text(row, 0);
        date.span = model::Span { static_cast<int>(rows.integer(row, 1)), static_cast<int>(rows.integer(row, 2)) };
        date.type = model::dateTypeFromString(rows.text(row, 3)).value_or(model::DateType::Date);
        date.value = rows.text(row, 4);
        out.analysis.dates.push_back(std::move(date));
    }
}

} // namespace sayline::store::postgresql
