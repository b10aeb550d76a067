// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnalysisReader.h"

#include <algorithm>

#include "ArticleRepository.h"
#include "Database.h"
#include "EntityRepository.h"
#include "TextLists.h"

namespace sayline::store {
namespace {

void addUnique(std::vector<std::string>& list, const std::string& item)
{
    if (!item.empty() && std::find(list.begin(), list.end(), item) == list.end())
        list.push_back(item);
}

std::optional<model::Span> optionalSpan(const PreparedStatement& row, int startColumn)
{
    if (row.isNull(startColumn) || row.isNull(startColumn + 1))
        return std::nullopt;
    return model::Span { static_cast<int>(row.columnInt(startColumn)),
                         static_cast<int>(row.columnInt(startColumn + 1)) };
}

} // namespace

AnalysisReader::AnalysisReader(Database& db)
    : m_db(db)
{
}

std::optional<StoredAnalysis> AnalysisReader::read(RowId articleId)
{
    std::optional<StoredArticle> article = ArticleRepository(m_db).get(articleId);
    if (!article)
        return std::nullopt;
    StoredAnalysis out;
    out.articleId = article->id;
    out.contentHash = std::move(article->contentHash);
    out.importedAt = std::move(article->importedAt);
    out.analysedAt = std::move(article->analysedAt);
    out.complete = article->analysisFormat >= kContractAnalysisFormat;
    out.analysis.article = std::move(article->article);
    m_foldedInto.clear();
    readEntities(out);
    readStatements(out);
    readDates(out);
    return out;
}

void AnalysisReader::readEntities(StoredAnalysis& out)
{
    auto& entities = m_db.cached(
        "SELECT ae.id, ae.local_id, ae.entity_id, ae.type, ae.name, ae.aliases, ae.roles, ae.affiliation, e.name, "
        "e.user_named, EXISTS (SELECT 1 FROM corrections c WHERE c.kind = 'pin' AND c.article_id = ae.article_id "
        "AND c.name_key = ae.name_key) FROM article_entities ae JOIN entities e ON e.id = ae.entity_id "
        "WHERE ae.article_id = ? ORDER BY ae.id");
    auto& mentions = m_db.cached("SELECT start, end FROM mentions WHERE article_entity_id = ? ORDER BY start, end");
    entities.bind(1, out.articleId);
    std::vector<std::pair<RowId, std::size_t>> mentionSources; // article entity row → index of its entity
    std::map<RowId, std::size_t> indexOfLibraryEntity;
    std::vector<bool> pinned; // per listed entity: the user put it in its library entity
    while (entities.step()) {
        const std::string localId = entities.columnText(1);
        const RowId libraryId = entities.columnInt(2);
        std::string name = entities.columnText(4);
        std::vector<std::string> aliases = splitText(entities.columnText(5));
        const std::string libraryName = entities.columnText(8);
        const bool isPinned = entities.columnInt(10) != 0;
        if ((entities.columnInt(9) != 0 || isPinned) && libraryName != name) {
            // Renamed, merged or pinned by the user: the library's name, the article's as an alias.
            aliases.insert(aliases.begin(), name);
            name = libraryName;
        }
        const auto seen = indexOfLibraryEntity.find(libraryId);
        if (seen != indexOfLibraryEntity.end() && (isPinned || pinned[seen->second])) {
            // The user merged this entity with one listed before: one entity. (Two entities the analysis kept
            // apart but the library files under one name stay two, as analysed.)
            model::Entity& into = out.analysis.entities[seen->second];
            m_foldedInto[localId] = into.id;
            addUnique(into.aliases, name);
            for (const std::string& alias : aliases)
                addUnique(into.aliases, alias);
            for (const std::string& role : splitText(entities.columnText(6)))
                addUnique(into.roles, role);
            mentionSources.emplace_back(entities.columnInt(0), seen->second);
            continue;
        }
        model::Entity entity;
        entity.id = localId;
        entity.type = model::entityTypeFromString(entities.columnText(3)).value_or(model::EntityType::Misc);
        entity.name = std::move(name);
        for (const std::string& alias : aliases) {
            if (alias != entity.name)
                addUnique(entity.aliases, alias);
        }
        entity.roles = splitText(entities.columnText(6));
        entity.affiliation = entities.columnOptionalText(7);
        indexOfLibraryEntity.emplace(libraryId, out.analysis.entities.size());
        pinned.push_back(isPinned);
        mentionSources.emplace_back(entities.columnInt(0), out.analysis.entities.size());
        out.entityRows.emplace(entity.id, libraryId);
        out.analysis.entities.push_back(std::move(entity));
    }
    entities.reset();

    for (const auto& [row, index] : mentionSources) {
        std::vector<model::Span>& spans = out.analysis.entities[index].mentions;
        mentions.bind(1, row);
        while (mentions.step())
            spans.push_back(
                model::Span { static_cast<int>(mentions.columnInt(0)), static_cast<int>(mentions.columnInt(1)) });
        mentions.reset();
    }
    for (model::Entity& entity : out.analysis.entities) {
        std::sort(entity.mentions.begin(), entity.mentions.end());
        entity.mentions.erase(std::unique(entity.mentions.begin(), entity.mentions.end()), entity.mentions.end());
        if (entity.affiliation) {
            if (auto folded = m_foldedInto.find(*entity.affiliation); folded != m_foldedInto.end())
                entity.affiliation = folded->second;
            if (!out.entityRows.contains(*entity.affiliation) || *entity.affiliation == entity.id)
                entity.affiliation.reset();
        }
    }
}

std::string AnalysisReader::entityFor(StoredAnalysis& out, RowId libraryId)
{
    if (std::optional<std::string> local = out.localEntityId(libraryId))
        return *local;
    return out.addEntity(libraryId, EntityRepository(m_db).get(libraryId));
}

void AnalysisReader::readStatements(StoredAnalysis& out)
{
    auto& statements = m_db.cached(
        "SELECT id, local_id, speaker_id, speaker_local_id, speaker_text, speaker_start, speaker_end, cue, cue_start, "
        "cue_end, kind, claim_type, content, start, end, about_local, attribution_sieve, attribution_explanation FROM "
        "statements WHERE article_id = ? ORDER BY id");
    auto& targets = m_db.cached("SELECT entity_id FROM statement_targets WHERE statement_id = ? ORDER BY entity_id");
    auto localOf = [&](const std::string& id) {
        const auto folded = m_foldedInto.find(id);
        return folded == m_foldedInto.end() ? id : folded->second;
    };
    statements.bind(1, out.articleId);
    std::vector<std::pair<RowId, std::optional<RowId>>> rows; // statement row, library speaker
    while (statements.step()) {
        model::Statement statement;
        statement.id = statements.columnText(1);
        const std::optional<RowId> speaker = statements.columnOptionalInt(2);
        if (speaker) {
            // The analysed speaker while it still is the library speaker; after a reassignment, the new one.
            const std::optional<std::string> analysed = statements.columnOptionalText(3);
            if (analysed && out.entityRows.contains(localOf(*analysed))
                && out.entityRows.at(localOf(*analysed)) == *speaker)
                statement.speaker = localOf(*analysed);
        }
        statement.speakerText = statements.columnText(4);
        statement.speakerSpan = optionalSpan(statements, 5);
        statement.cue = statements.columnText(7);
        statement.cueSpan = optionalSpan(statements, 8);
        statement.kind
            = model::statementKindFromString(statements.columnText(10)).value_or(model::StatementKind::Indirect);
        statement.claimType = model::claimTypeFromString(statements.columnText(11)).value_or(model::ClaimType::Other);
        statement.content = statements.columnText(12);
        statement.span
            = model::Span { static_cast<int>(statements.columnInt(13)), static_cast<int>(statements.columnInt(14)) };
        for (const std::string& target : splitText(statements.columnText(15))) {
            const std::string local = localOf(target);
            if (out.entityRows.contains(local))
                addUnique(statement.about, local);
        }
        statement.attribution = { statements.columnText(16), statements.columnText(17) };
        out.statementRows.emplace(statement.id, statements.columnInt(0));
        rows.emplace_back(statements.columnInt(0), statement.speaker ? std::nullopt : speaker);
        out.analysis.statements.push_back(std::move(statement));
    }
    statements.reset();

    for (std::size_t i = 0; i < rows.size(); ++i) {
        model::Statement& statement = out.analysis.statements[i];
        if (rows[i].second) {
            statement.speaker = entityFor(out, *rows[i].second);
            if (out.complete) // a speaker the analysis did not give: the user's reassignment decided
                statement.attribution = { std::string(kCorrectionSieve), "set by a correction in this library" };
        }
        if (out.complete)
            continue;
        // Stored before targets were kept per article: the library's targets, until the article is re-analysed.
        targets.bind(1, rows[i].first);
        while (targets.step()) {
            if (std::optional<std::string> local = out.localEntityId(targets.columnInt(0)))
                addUnique(statement.about, *local);
        }
        targets.reset();
    }
}

void AnalysisReader::readDates(StoredAnalysis& out)
{
    auto& dates = m_db.cached("SELECT text, start, end, type, value FROM dates WHERE article_id = ? ORDER BY id");
    dates.bind(1, out.articleId);
    while (dates.step()) {
        model::DateMention date;
        date.text = dates.columnText(0);
        date.span = model::Span { static_cast<int>(dates.columnInt(1)), static_cast<int>(dates.columnInt(2)) };
        date.type = model::dateTypeFromString(dates.columnText(3)).value_or(model::DateType::Date);
        date.value = dates.columnText(4);
        out.analysis.dates.push_back(std::move(date));
    }
    dates.reset();
}

} // namespace sayline::store
