// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sayline::ingest {

/// A small owned DOM built from libxml2's HTML parser, so extraction code needs no libxml2 types. Comments,
/// scripts (except JSON-LD), styles and templates are not kept.
struct HtmlNode
{
    bool isText = false;
    std::string name; ///< lower-case tag name for elements
    std::string text; ///< UTF-8 text of a text node (entities decoded)
    std::vector<std::pair<std::string, std::string>> attributes; ///< names lower-case
    std::vector<std::unique_ptr<HtmlNode>> children;
    HtmlNode* parent = nullptr;
    bool removed = false; ///< pruned by extraction; skipped by every walk

    bool is(std::string_view tag) const { return !isText && name == tag; }
    /// The attribute's value, or nullptr.
    const std::string* attribute(std::string_view attributeName) const;
    /// The attribute's value, or "".
    std::string_view attributeOr(std::string_view attributeName) const;
    /// Appends the text of every non-removed descendant text node.
    void appendText(std::string& out) const;
    std::string textContent() const;
    /// Calls visit(node) for this node and each non-removed descendant element, in document order.
    template <typename Visit> void forEachElement(Visit&& visit) const;
};

/// A parsed page or fragment; root is a synthetic "#document" element.
struct HtmlTree
{
    std::unique_ptr<HtmlNode> root;

    /// The <body> element, else the root.
    const HtmlNode* body() const;
    const HtmlNode* findFirst(std::string_view tag) const;
};

/// Parses UTF-8 HTML with libxml2 in recovery mode; never touches the network. Throws Error(Malformed)
/// only when libxml2 returns no document at all.
HtmlTree parseHtml(std::string_view utf8Html);

template <typename Visit> void HtmlNode::forEachElement(Visit&& visit) const
{
    if (isText || removed)
        return;
    visit(*this);
    for (const auto& child : children)
        child->forEachElement(visit);
}

} // namespace sayline::ingest
