// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryDocument.h"

#include <algorithm>

namespace sayline::exporting {

std::string speakerName(const model::AnalysedArticle& analysed, const model::Statement& statement)
{
    if (statement.speaker) {
        if (const model::Entity* entity = analysed.entityById(*statement.speaker))
            return entity->name;
    }
    return statement.speakerText;
}

std::optional<std::string> dayOf(const std::optional<std::string>& iso)
{
    if (!iso || iso->empty())
        return std::nullopt;
    return iso->substr(0, std::min<std::size_t>(iso->size(), 10));
}

DossierEntry dossierEntry(const SummaryArticle& article, const model::Statement& statement, std::string_view body)
{
    const model::AnalysedArticle& analysed = article.analysed;
    const model::Article& meta = analysed.article;
    DossierEntry entry;
    entry.date = dayOf(meta.published);
    entry.speaker = speakerName(analysed, statement);
    entry.cue = statement.cue;
    entry.kind = statement.kind;
    entry.claimType = statement.claimType;
    entry.statement = statement.content;
    entry.articleTitle = meta.title;
    entry.publisher = meta.publisher;
    entry.sourceFile = meta.file;
    entry.url = meta.url;
    entry.articleId = article.articleId;
    if (auto it = article.statementIds.find(statement.id); it != article.statementIds.end())
        entry.statementId = it->second;
    entry.frame = speechOf(analysed, statement, body).frame;
    for (const std::string& target : statement.about) {
        const model::Entity* entity = analysed.entityById(target);
        entry.about.push_back(entity ? entity->name : target);
    }
    for (const model::Entity& entity : analysed.entities) {
        const bool organization = entity.type == model::EntityType::Organization;
        if (!organization && entity.type != model::EntityType::Location)
            continue;
        for (const model::Span& mention : entity.mentions) {
            if (mention.start >= statement.span.start && mention.end <= statement.span.end)
                (organization ? entry.organizations : entry.places).push_back(entity.name);
        }
    }
    for (const model::DateMention& date : analysed.dates) {
        if (date.span.start >= statement.span.start && date.span.end <= statement.span.end)
            entry.dates.push_back(date);
    }
    return entry;
}

Speech DossierEntry::speech() const
{
    return Speech { speaker, cue, kind, statement, frame };
}

Dossier statementList(const SummaryDocument& document)
{
    Dossier dossier;
    dossier.title = document.title;
    for (const SummaryArticle& article : document.articles) {
        const std::string body = article.analysed.article.body();
        for (const model::Statement& statement : article.analysed.statements)
            dossier.entries.push_back(dossierEntry(article, statement, body));
    }
    return dossier;
}

void sortByDate(std::vector<DossierEntry>& entries)
{
    std::stable_sort(entries.begin(), entries.end(), [](const DossierEntry& a, const DossierEntry& b) {
        if (a.date.has_value() != b.date.has_value())
            return a.date.has_value();
        return a.date.value_or("") < b.date.value_or("");
    });
}

} // namespace sayline::exporting
