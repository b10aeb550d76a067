// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "HtmlTree.h"

namespace sayline::ingest {

/// Text measures of one element and its non-removed descendants, as main-text scoring needs them.
struct TextStats
{
    std::size_t chars = 0; ///< code points other than white space
    double linkChars = 0; ///< chars inside <a>, in-page anchors weighted 0.3
    std::size_t commas = 0; ///< , ， 、 ،
    std::size_t headingChars = 0;
    std::size_t listChars = 0; ///< chars inside ul/ol
    std::size_t paragraphChars = 0; ///< chars inside <p>
    std::size_t quoteChars = 0; ///< chars inside <blockquote>
    int paragraphs = 0;
    int images = 0;
    int listItems = 0;
    int inputs = 0;
    int embeds = 0;
    int tables = 0;

    double linkDensity() const { return chars ? linkChars / static_cast<double>(chars) : 0.0; }
    void add(const TextStats& other);
};

/// The text directly inside a container, outside its block children.
struct InlineRun
{
    std::size_t chars = 0;
    std::size_t commas = 0;
};

/// TextStats of every element under a root, measured once; plus document order.
class MainTextStats
{
public:
    explicit MainTextStats(const HtmlNode& root);

    const TextStats& of(const HtmlNode& node) const;
    std::size_t order(const HtmlNode& node) const;
    InlineRun inlineRun(const HtmlNode& node) const;

    /// Measures one subtree afresh (after removals).
    static TextStats measure(const HtmlNode& node);
    static std::size_t countChars(std::string_view utf8);
    static std::size_t countCommas(std::string_view utf8);

private:
    MainTextStats() = default;
    TextStats measureInto(const HtmlNode& node, double linkWeight, bool inHeading, bool inList);

    static constexpr std::size_t kUnmeasured = static_cast<std::size_t>(-1);

    // By HtmlNode::index; a node never measured (outside the root, or removed) has no order.
    std::vector<TextStats> m_stats;
    std::vector<std::size_t> m_order;
    std::size_t m_measured = 0;
    bool m_record = true;
};

} // namespace sayline::ingest
