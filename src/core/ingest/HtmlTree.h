// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

struct _xmlDoc;

namespace sayline::ingest {

/// A small DOM over libxml2's HTML parse, so extraction code needs no libxml2 types. Names, text and attribute
/// values are views into the parsed document (which the HtmlTree keeps), not copies. Comments, scripts (except
/// JSON-LD), styles and templates are not kept.
struct HtmlNode
{
    bool isText = false;
    bool removed = false; ///< pruned by extraction; skipped by every walk
    mutable std::uint16_t hints = 0; ///< HtmlHints' answers from class, id and role, worked out once
    std::uint32_t index = 0; ///< the node's place in its tree, from 0 (document order)
    /// A text node's measures, counted once: code points other than white space (MainTextStats::countChars),
    /// commas (countCommas) and bytes other than ASCII white space.
    std::uint32_t chars = 0;
    std::uint32_t commas = 0;
    std::uint32_t nonSpaceBytes = 0;
    std::string_view name; ///< lower-case tag name for elements
    std::string_view text; ///< UTF-8 text of a text node (entities decoded)
    std::vector<std::pair<std::string_view, std::string_view>> attributes; ///< names lower-case
    std::vector<HtmlNode*> children;
    HtmlNode* parent = nullptr;

    bool is(std::string_view tag) const { return !isText && name == tag; }
    /// The attribute's value, or nullptr.
    const std::string_view* attribute(std::string_view attributeName) const;
    /// The attribute's value, or "".
    std::string_view attributeOr(std::string_view attributeName) const;
    /// Appends the text of every non-removed descendant text node.
    void appendText(std::string& out) const;
    std::string textContent() const;
    /// Calls visit(node) for this node and each non-removed descendant element, in document order.
    template <typename Visit> void forEachElement(Visit&& visit) const;
};

/// Frees libxml2's document; defined where libxml2 is included.
struct HtmlDocumentDeleter
{
    void operator()(_xmlDoc* doc) const noexcept;
};

/// A parsed page or fragment; root is a synthetic "#document" element. Owns the nodes and what they view.
struct HtmlTree
{
    HtmlNode* root = nullptr;
    std::deque<HtmlNode> nodes; ///< every node; a deque keeps their addresses
    std::unique_ptr<_xmlDoc, HtmlDocumentDeleter> document; ///< libxml2's parse, which names and text view
    std::deque<std::string> ownText; ///< text libxml2 did not hold in one piece (lower-cased names, JSON-LD)

    /// The <body> element, else the root.
    const HtmlNode* body() const;
    const HtmlNode* findFirst(std::string_view tag) const;
    /// A new node of this tree, numbered in creation order.
    HtmlNode& newNode();
};

struct HtmlParseOptions
{
    /// Hand libxml2 the page without the script and style bodies the tree drops (withoutRawTextBodies): the same
    /// tree for less work. Off only to check exactly that.
    bool skipRawTextBodies = true;
};

/// Parses UTF-8 HTML with libxml2 in recovery mode; never touches the network. Throws Error(Malformed)
/// only when libxml2 returns no document at all.
HtmlTree parseHtml(std::string_view utf8Html, const HtmlParseOptions& options = {});

template <typename Visit> void HtmlNode::forEachElement(Visit&& visit) const
{
    if (isText || removed)
        return;
    visit(*this);
    for (const HtmlNode* child : children)
        child->forEachElement(visit);
}

} // namespace sayline::ingest
