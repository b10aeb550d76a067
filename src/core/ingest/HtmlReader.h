// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/Article.h"

namespace sayline::ingest {

/// Reads saved HTML pages: metadata (<title>, <meta>, OpenGraph, schema.org JSON-LD) and the main text,
/// found among navigation, ads, comments and widgets. Never loads anything from the network.
class HtmlReader
{
public:
    /// A whole page, in any charset; file becomes Article::file.
    static model::Article read(std::string_view bytes, const std::string& file);

    /// The text of an HTML fragment (a feed item's content) as paragraphs, without boilerplate scoring.
    static std::vector<std::string> fragmentParagraphs(std::string_view utf8Html);
};

} // namespace sayline::ingest
