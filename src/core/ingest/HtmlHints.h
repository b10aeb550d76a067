// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

#include "HtmlTree.h"

namespace sayline::ingest {

/// What an element's class, id and role suggest about its content (readability-style hints).
class HtmlHints
{
public:
    /// Class, id or itemprop naming the article's body ("article-body", "entry-content", itemprop=articleBody).
    static bool isArticleBodyMarker(const HtmlNode& node);
    /// Regions of other texts that go even when a positive word is present ("post-comments", "related").
    static bool isOtherTextRegion(const HtmlNode& node);
    /// Widgets that go even when a positive word is present ("article-share", "ad-slot"), but can be mislabelled
    /// wrappers, so the caller keeps them when they hold much paragraph text.
    static bool isWidget(const HtmlNode& node);
    /// Boilerplate unless a positive word ("article", "content", "story", ...) is present too.
    static bool isUnlikely(const HtmlNode& node);
    /// -25, 0 or +25 (both may apply and cancel) from class and id.
    static int classWeight(const HtmlNode& node);
    /// display:none, visibility:hidden, the hidden attribute, aria-hidden wrappers.
    static bool isHidden(const HtmlNode& node);
    /// Elements never part of the main text (scripts, navigation, forms controls, embeds, figures).
    static bool isAlwaysRemoved(std::string_view tag);
    /// A short line that is page furniture in any article ("Advertisement", "Share this article").
    static bool isBoilerplateLine(std::string_view paragraph);
};

} // namespace sayline::ingest
