// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "HtmlTree.h"

namespace sayline::ingest {

/// Turns a DOM subtree into paragraphs as a browser would lay it out: block elements and <br> end a paragraph,
/// inline elements join, table cells of one row share a line; whitespace is collapsed.
class HtmlTextCollector
{
public:
    /// Paragraphs of the node's non-removed descendants, in document order; none empty.
    static std::vector<std::string> paragraphs(const HtmlNode& node);
    /// Appends the paragraphs of node to out.
    static void collect(const HtmlNode& node, std::vector<std::string>& out);

    /// Collapses runs of white space (ASCII, U+00A0 and other Unicode spaces) to one space, drops zero-width
    /// characters and soft hyphens, and trims.
    static std::string normalizeSpace(std::string_view utf8);

    /// True for elements that start a new line (p, div, li, h1, table rows, ...).
    static bool isBlock(std::string_view tag);

private:
    explicit HtmlTextCollector(std::vector<std::string>& out)
        : m_out(out)
    {
    }
    void walk(const HtmlNode& node, bool preformatted);
    void flush();

    std::vector<std::string>& m_out;
    std::string m_current;
};

} // namespace sayline::ingest
