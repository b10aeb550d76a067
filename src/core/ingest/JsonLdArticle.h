// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "HtmlTree.h"

namespace sayline::ingest {

/// What the page's schema.org JSON-LD says about the article: the first object whose @type ends in
/// Article/Posting (or is Report/Review), searched through arrays, @graph and mainEntity; else the first object
/// with a headline or datePublished. @id references (publisher in @graph) are resolved.
struct JsonLdArticle
{
    std::optional<std::string> headline;
    std::vector<std::string> authors; ///< names as written, not yet cleaned
    std::optional<std::string> published; ///< normalised as parseMetaDate
    std::optional<std::string> updated;
    std::optional<std::string> publisher;
    std::optional<std::string> language; ///< as written ("en-GB")
    std::optional<std::string> url;
    std::string articleBody;

    /// Reads every <script type="application/ld+json"> under root.
    static JsonLdArticle fromPage(const HtmlNode& root);
};

/// True for text that is a web address or a path rather than a name ("https://…", "www.…", "/authors/x").
bool looksLikeUrl(std::string_view text);

} // namespace sayline::ingest
