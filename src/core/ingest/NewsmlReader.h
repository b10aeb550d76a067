// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>
#include <vector>

#include "model/Article.h"

namespace sayline::ingest {

/// Reads IPTC NewsML-G2 (a newsMessage with an itemSet of newsItems, or a bare newsItem): one article per
/// text newsItem; the text comes from contentSet (inline NITF, inline XHTML or inlineData). NewsML 1.x files
/// with embedded NITF are read through their NITF parts.
class NewsmlReader
{
public:
    /// Throws Error(Malformed) when the bytes are not NewsML.
    static std::vector<model::Article> read(std::string_view bytes);
};

} // namespace sayline::ingest
