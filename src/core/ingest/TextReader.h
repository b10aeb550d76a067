// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

#include "model/Article.h"

namespace sayline::ingest {

/// Reads plain text and Markdown articles: the first line is the title; "Published:", "Updated:", "By ..." and
/// YAML front matter give the metadata; blank lines separate paragraphs.
class TextReader
{
public:
    /// bytes in any charset (decoded with decodeToUtf8). Markdown (markdown = true, or when the text looks like
    /// it) loses its emphasis, link and list syntax.
    static model::Article read(std::string_view bytes, const std::string& file, bool markdown);

    /// True when the text looks like Markdown (a "# " title, front matter, links or emphasis).
    static bool looksLikeMarkdown(std::string_view text);
};

} // namespace sayline::ingest
