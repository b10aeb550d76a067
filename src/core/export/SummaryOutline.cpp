// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryOutline.h"

#include <algorithm>

#include "model/Utf8.h"

namespace sayline::exporting {
namespace {

constexpr int kContextReach = 240; // code points looked at on each side of a date for its sentence

bool isDate(const model::DateMention& date)
{
    return date.type == model::DateType::Date || date.type == model::DateType::Time;
}

std::string trimmed(const std::string& text)
{
    const auto first = text.find_first_not_of(" \t\n");
    if (first == std::string::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\n");
    return text.substr(first, last - first + 1);
}

/// The sentence around [start, end) of body: cut after the last sentence end before it and after the first one
/// following it.
std::string sentenceAround(const std::string& body, const model::Span& span)
{
    std::string before = model::codePointSubstr(body, std::max(0, span.start - kContextReach), span.start);
    std::string inside = model::codePointSubstr(body, span.start, span.end);
    std::string after = model::codePointSubstr(body, span.end, span.end + kContextReach);
    std::size_t cut = std::string::npos;
    for (const char* end : { ". ", "? ", "! ", "\n" }) {
        const auto at = before.rfind(end);
        if (at != std::string::npos && (cut == std::string::npos || at + std::char_traits<char>::length(end) > cut))
            cut = at + std::char_traits<char>::length(end);
    }
    if (cut != std::string::npos)
        before = before.substr(cut);
    std::size_t stop = std::string::npos;
    for (const char* end : { ". ", "? ", "! ", "\n" }) {
        const auto at = after.find(end);
        if (at != std::string::npos && at < stop)
            stop = at + (end[0] == '\n' ? 0 : 1);
    }
    if (stop != std::string::npos)
        after = after.substr(0, stop);
    return trimmed(before + inside + after);
}

void addUnique(std::vector<std::string>& names, const std::string& name)
{
    if (!name.empty() && std::find(names.begin(), names.end(), name) == names.end())
        names.push_back(name);
}

} // namespace

ArticleOutline outlineOf(const SummaryArticle& summary, std::size_t index, int firstNumber)
{
    const model::AnalysedArticle& analysed = summary.analysed;
    const model::Article& article = analysed.article;
    ArticleOutline outline;
    outline.title = article.title.empty() ? article.file : article.title;
    outline.anchor = "article-" + std::to_string(index + 1);
    if (article.publisher)
        outline.metadata.emplace_back("Publisher", *article.publisher);
    if (article.published)
        outline.metadata.emplace_back("Date", *article.published);
    if (!article.authors.empty()) {
        std::string authors;
        for (const auto& author : article.authors)
            authors += (authors.empty() ? "" : ", ") + author;
        outline.metadata.emplace_back("Authors", authors);
    }
    if (article.url)
        outline.metadata.emplace_back("URL", *article.url);
    if (!article.file.empty())
        outline.metadata.emplace_back("File", article.file);
    if (summary.articleId)
        outline.metadata.emplace_back("Library id", std::to_string(*summary.articleId));

    const std::string body = article.body();
    const std::string day = dayOf(article.published).value_or("");
    const std::string prefix = "a" + std::to_string(index + 1) + "-";
    for (std::size_t i = 0; i < analysed.statements.size(); ++i) {
        const model::Statement& statement = analysed.statements[i];
        OutlineStatement item;
        item.number = firstNumber + static_cast<int>(i);
        item.id = statement.id;
        item.anchor = prefix + statement.id;
        item.listAnchor = item.anchor + "-list";
        item.speech = speechOf(analysed, statement, body);
        item.claimType = model::toString(statement.claimType);
        item.date = day;
        for (const auto& target : statement.about) {
            const model::Entity* entity = analysed.entityById(target);
            item.about.push_back(entity ? entity->name : target);
        }
        auto group = std::find_if(outline.speakers.begin(), outline.speakers.end(),
                                  [&](const OutlineSpeaker& speaker) { return speaker.name == item.speech.speaker; });
        if (group == outline.speakers.end()) {
            outline.speakers.push_back(OutlineSpeaker { item.speech.speaker, {} });
            group = std::prev(outline.speakers.end());
        }
        group->statements.push_back(i);
        outline.statements.push_back(std::move(item));
    }

    for (const model::Entity& entity : analysed.entities) {
        switch (entity.type) {
        case model::EntityType::Person:
            addUnique(outline.people, entity.name);
            break;
        case model::EntityType::Organization:
            addUnique(outline.organizations, entity.name);
            break;
        case model::EntityType::Location:
            addUnique(outline.places, entity.name);
            break;
        case model::EntityType::Misc:
            break;
        }
    }

    for (const model::DateMention& date : analysed.dates) {
        if (isDate(date))
            outline.events.push_back(OutlineEvent { date.text, date.value, sentenceAround(body, date.span) });
    }
    outline.body = annotateBody(analysed);
    return outline;
}

std::vector<ArticleOutline> outlinesOf(const SummaryDocument& document)
{
    std::vector<ArticleOutline> outlines;
    int next = 1;
    for (std::size_t i = 0; i < document.articles.size(); ++i) {
        outlines.push_back(outlineOf(document.articles[i], i, next));
        next += static_cast<int>(outlines.back().statements.size());
    }
    return outlines;
}

std::string documentTitle(const SummaryDocument& document)
{
    if (!document.title.empty())
        return document.title;
    if (document.articles.size() == 1) {
        const model::Article& article = document.articles.front().analysed.article;
        return article.title.empty() ? article.file : article.title;
    }
    return "Summary of " + std::to_string(document.articles.size()) + " articles";
}

std::string documentSource(const SummaryDocument& document)
{
    std::string out = "Summary";
    if (document.articles.size() == 1) {
        const model::Article& article = document.articles.front().analysed.article;
        if (article.publisher)
            out += " \u00b7 " + *article.publisher;
        if (auto day = dayOf(article.published))
            out += " \u00b7 " + *day;
        return out;
    }
    out += " of " + std::to_string(document.articles.size()) + " articles";
    std::optional<std::string> first;
    std::optional<std::string> last;
    for (const SummaryArticle& article : document.articles) {
        const auto day = dayOf(article.analysed.article.published);
        if (!day)
            continue;
        if (!first || *day < *first)
            first = day;
        if (!last || *day > *last)
            last = day;
    }
    if (first)
        out += " \u00b7 " + *first + (*first == *last ? "" : " to " + *last);
    return out;
}

} // namespace sayline::exporting
