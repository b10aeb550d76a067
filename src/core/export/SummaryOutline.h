// SPDX-License-Identifier: GPL-3.0-or-later
// What an annotated summary says about one article, independent of the output format.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "SummaryDocument.h"

namespace sayline::exporting {

struct OutlineStatement
{
    std::string content;
    std::string cue;
    std::string kind;
    std::string claimType;
    std::string date; ///< the article's day, or empty
    std::vector<std::string> about;
};

/// A speaker with its statements in body order.
struct OutlineSpeaker
{
    std::string name;
    std::vector<OutlineStatement> statements;
};

struct OutlineEvent
{
    std::string text; ///< the date as written
    std::string value; ///< its TIMEX3 value
    std::string context; ///< the sentence it stands in
};

/// One article of a summary: labelled metadata, speakers, entities by type and dated events.
struct ArticleOutline
{
    std::string title;
    std::string anchor; ///< "article-1", ... for the table of contents
    std::vector<std::pair<std::string, std::string>> metadata; ///< label, value (only known values)
    std::vector<OutlineSpeaker> speakers;
    std::vector<std::string> people;
    std::vector<std::string> organizations;
    std::vector<std::string> places;
    std::vector<OutlineEvent> events;
};

/// index is the article's position in the document (0-based), used for its anchor.
ArticleOutline outlineOf(const SummaryArticle& article, std::size_t index);

/// A non-empty document title: the given one, or one made from the articles.
std::string documentTitle(const SummaryDocument& document);

} // namespace sayline::exporting
