// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "XmlDocument.h"
#include "model/Article.h"

namespace sayline::ingest {

/// Reads IPTC NITF documents: head (title, docdata dates, copyright holder), body.head (headline, byline)
/// and the paragraphs of body.content.
class NitfReader
{
public:
    /// Throws Error(Malformed) when the bytes are not NITF.
    static model::Article read(std::string_view bytes);

    /// The article of an <nitf> element (also used for NITF embedded in NewsML).
    static model::Article fromElement(const XmlNode* nitf);

    /// The paragraphs of an NITF <body.content> (or any element holding <p> blocks), captions left out.
    static std::vector<std::string> blockParagraphs(const XmlNode* content);
};

} // namespace sayline::ingest
