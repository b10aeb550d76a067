// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "HtmlTree.h"

namespace sayline::ingest {

/// What a page says about itself: <title>, <meta> (author, description, OpenGraph, article:*), <link
/// rel=canonical>, <html lang>, <time> and schema.org JSON-LD (Article types, also inside @graph or arrays).
struct HtmlMetadata
{
    std::string title; ///< site suffix removed when a cleaner title is known
    std::string documentTitle; ///< the raw <title> text
    std::vector<std::string> headlines; ///< og:title, JSON-LD headline, <h1>: to drop a title repeated in the body
    std::vector<std::string> authors;
    std::optional<std::string> description;
    std::optional<std::string> publisher;
    std::optional<std::string> published; ///< ISO 8601
    std::optional<std::string> updated;
    std::optional<std::string> language; ///< primary tag, lower case
    std::optional<std::string> url;
    std::string articleBody; ///< JSON-LD articleBody, when the page carries one

    static HtmlMetadata extract(const HtmlTree& tree);
};

} // namespace sayline::ingest
