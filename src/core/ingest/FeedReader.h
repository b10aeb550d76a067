// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>
#include <vector>

#include "model/Article.h"

namespace sayline::ingest {

/// Reads RSS 2.0 (and RSS 1.0/RDF) and Atom feeds: one article per item or entry, in document order. The
/// channel or feed title becomes the publisher; HTML content goes through HtmlReader::fragmentParagraphs.
class FeedReader
{
public:
    /// Throws Error(Malformed) when the bytes are not a feed.
    static std::vector<model::Article> read(std::string_view bytes);
};

} // namespace sayline::ingest
