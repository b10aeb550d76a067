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
    /// Appends the paragraphs of node to out; when linkShares is given, appends for each paragraph the share of
    /// its characters inside links.
    static void collect(const HtmlNode& node, std::vector<std::string>& out, std::vector<double>* linkShares = nullptr);

    /// Collapses runs of white space (ASCII, U+00A0 and other Unicode spaces) to one space, drops zero-width
    /// characters and soft hyphens, and trims.
    static std::string normalizeSpace(std::string_view utf8);

    /// True for elements that start a new line (p, div, li, h1, table rows, ...).
    static bool isBlock(std::string_view tag);

private:
    HtmlTextCollector(std::vector<std::string>& out, std::vector<double>* linkShares)
        : m_out(out)
        , m_linkShares(linkShares)
    {
    }
    void walk(const HtmlNode& node, bool preformatted, bool inLink);
    void flush();

    std::vector<std::string>& m_out;
    std::vector<double>* m_linkShares;
    std::string m_current;
    std::size_t m_textBytes = 0; ///< non-space bytes of m_current
    std::size_t m_linkBytes = 0; ///< of those, inside links
};

} // namespace sayline::ingest
