// SPDX-License-Identifier: GPL-3.0-or-later
// What an annotated summary says about its articles, independent of the output format.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "AnnotatedBody.h"
#include "ReportedSpeech.h"
#include "SummaryDocument.h"

namespace sayline::exporting {

struct OutlineStatement
{
    int number = 0; ///< 1, 2, … across the whole document, in article then body order
    std::string id; ///< the article's own id ("S1")
    std::string anchor; ///< where the statement stands in the text ("a1-S1")
    std::string listAnchor; ///< its entry in the statement list ("a1-S1-list")
    Speech speech;
    std::string claimType;
    std::string date; ///< the article's day, or empty
    std::vector<std::string> about;
};

/// A speaker with its statements (indexes into ArticleOutline::statements) in body order.
struct OutlineSpeaker
{
    std::string name;
    std::vector<std::size_t> statements;
};

struct OutlineEvent
{
    std::string text; ///< the date as written
    std::string value; ///< its TIMEX3 value
    std::string context; ///< the sentence it stands in
};

/// One article of a summary: labelled metadata, statements, speakers, entities by type, dated events and the
/// annotated text.
struct ArticleOutline
{
    std::string title;
    std::string anchor; ///< "article-1", … for the table of contents
    std::vector<std::pair<std::string, std::string>> metadata; ///< label, value (only known values)
    std::vector<OutlineStatement> statements; ///< body order, same indexes as AnalysedArticle::statements
    std::vector<OutlineSpeaker> speakers;
    std::vector<std::string> people;
    std::vector<std::string> organizations;
    std::vector<std::string> places;
    std::vector<OutlineEvent> events;
    AnnotatedBody body;
};

/// index is the article's position in the document (0-based), used for its anchors; its statements are
/// numbered from firstNumber.
ArticleOutline outlineOf(const SummaryArticle& article, std::size_t index, int firstNumber = 1);
/// Every article of the document, statements numbered across the document.
std::vector<ArticleOutline> outlinesOf(const SummaryDocument& document);

/// A non-empty document title: the given one, the article's title for one article, else "Summary of N articles".
std::string documentTitle(const SummaryDocument& document);
/// What the document is, in a few words for a kicker line or a page header: "Summary · Global Times ·
/// 2022-06-15", "Summary of 3 articles · 2007-01-12 to 2010-08-09".
std::string documentSource(const SummaryDocument& document);

} // namespace sayline::exporting
