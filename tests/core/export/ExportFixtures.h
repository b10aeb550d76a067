// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

#include "export/SummaryDocument.h"
#include "model/Utf8.h"

namespace sayline::test {

/// An analysed article: "<speaker> said on June 14 that <content>" with the speaker, an organization and a
/// place as entities, one statement about the organization and one date.
inline exporting::SummaryArticle summaryArticle(const std::string& title, const std::string& speaker,
                                                const std::string& content)
{
    exporting::SummaryArticle summary;
    model::AnalysedArticle& analysed = summary.analysed;
    analysed.article.file = "/news/" + title + ".txt";
    analysed.article.title = title;
    analysed.article.publisher = "Global Times";
    analysed.article.published = "2022-06-15T08:00:00+08:00";
    analysed.article.url = "https://example.org/a?x=1&y=2";
    const std::string opening = speaker + " said on June 14 that ";
    analysed.article.paragraphs = { opening + content + ". The Pentagon in Washington did not reply." };
    const int speakerEnd = model::codePointCount(speaker);
    const int dateStart = speakerEnd + 9;
    const int contentStart = model::codePointCount(opening);
    const int contentEnd = contentStart + model::codePointCount(content);

    model::Entity person { "E1", model::EntityType::Person,        speaker, {}, { "spokesperson" },
                           {},   { model::Span { 0, speakerEnd } } };
    model::Entity pentagon { "E2",
                             model::EntityType::Organization,
                             "Pentagon",
                             {},
                             {},
                             {},
                             { model::Span { contentEnd + 6, contentEnd + 14 } } };
    model::Entity washington { "E3",
                               model::EntityType::Location,
                               "Washington",
                               {},
                               {},
                               {},
                               { model::Span { contentEnd + 18, contentEnd + 28 } } };
    analysed.entities = { person, pentagon, washington };

    model::Statement statement;
    statement.id = "S1";
    statement.speaker = "E1";
    statement.speakerText = speaker;
    statement.cue = "said";
    statement.kind = model::StatementKind::Indirect;
    statement.content = content;
    statement.span = model::Span { contentStart, contentEnd };
    statement.claimType = model::ClaimType::Accusation;
    statement.about = { "E2" };
    analysed.statements = { statement };

    model::DateMention date;
    date.text = "June 14";
    date.span = model::Span { dateStart, dateStart + 7 };
    date.value = "2022-06-14";
    analysed.dates = { date };
    return summary;
}

} // namespace sayline::test
