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

Dossier statementList(const SummaryDocument& document)
{
    Dossier dossier;
    dossier.title = document.title;
    for (const SummaryArticle& article : document.articles) {
        const model::Article& meta = article.analysed.article;
        for (const model::Statement& statement : article.analysed.statements) {
            DossierEntry entry;
            entry.date = dayOf(meta.published);
            entry.speaker = speakerName(article.analysed, statement);
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
            dossier.entries.push_back(std::move(entry));
        }
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
