// SPDX-License-Identifier: GPL-3.0-or-later
#include "LibraryArticle.h"

#include <algorithm>

namespace sayline::app {

ArticleHandle analysedFromLibrary(const store::ArticleAnnotations& annotations)
{
    auto analysed = std::make_shared<model::AnalysedArticle>();
    analysed->article = annotations.article.article;
    for (const store::ArticleEntity& stored : annotations.entities) {
        model::Entity entity;
        entity.id = stored.localId;
        entity.type = stored.type;
        entity.name = stored.name;
        entity.mentions = stored.mentions;
        analysed->entities.push_back(std::move(entity));
    }
    auto localIdOf = [&](auto matches) -> std::optional<std::string> {
        const auto found = std::find_if(annotations.entities.begin(), annotations.entities.end(), matches);
        return found == annotations.entities.end() ? std::nullopt : std::optional(found->localId);
    };
    for (const store::StatementRecord& record : annotations.statements) {
        model::Statement statement;
        statement.id = "S" + std::to_string(analysed->statements.size() + 1);
        if (record.speakerId) {
            statement.speaker
                = localIdOf([&](const store::ArticleEntity& entity) { return entity.entityId == *record.speakerId; });
        }
        statement.speakerText = record.speaker;
        statement.cue = record.cue;
        statement.kind = record.kind;
        statement.content = record.content;
        statement.span = record.span;
        statement.claimType = record.claimType;
        for (const std::string& name : record.about) {
            if (auto id = localIdOf([&](const store::ArticleEntity& entity) { return entity.name == name; }))
                statement.about.push_back(*id);
        }
        analysed->statements.push_back(std::move(statement));
    }
    analysed->dates = annotations.dates;
    return analysed;
}

} // namespace sayline::app
