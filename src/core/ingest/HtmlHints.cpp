// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlHints.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "model/Utf8.h"

namespace sayline::ingest {
namespace {

// class + id, lower case, and the same split into alphanumeric words.
struct HintText
{
    std::string joined;
    std::vector<std::string> words;
};

// CMS taxonomy classes describe the post, not the element ("tag-social-media", "category-comment").
bool isTaxonomyClass(std::string_view token)
{
    for (std::string_view prefix :
         { "tag-", "category-", "format-", "status-", "type-", "postid-", "tone-", "section-" })
        if (token.substr(0, prefix.size()) == prefix)
            return true;
    return false;
}

HintText hintText(const HtmlNode& node)
{
    HintText hint;
    const std::string classes = model::asciiLower(node.attributeOr("class"));
    std::size_t start = 0;
    while (start < classes.size()) {
        std::size_t end = classes.find_first_of(" \t\n\r", start);
        if (end == std::string::npos)
            end = classes.size();
        const std::string_view token = std::string_view(classes).substr(start, end - start);
        if (!token.empty() && !isTaxonomyClass(token)) {
            hint.joined += token;
            hint.joined += ' ';
        }
        start = end + 1;
    }
    hint.joined += model::asciiLower(node.attributeOr("id"));
    std::string word;
    for (char c : hint.joined) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            word += c;
        } else if (!word.empty()) {
            hint.words.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty())
        hint.words.push_back(std::move(word));
    return hint;
}

template <std::size_t N> bool containsAny(const std::string& text, const std::array<const char*, N>& needles)
{
    for (const char* needle : needles)
        if (text.find(needle) != std::string::npos)
            return true;
    return false;
}

template <std::size_t N> bool hasWord(const std::vector<std::string>& words, const std::array<const char*, N>& wanted)
{
    for (const std::string& word : words)
        for (const char* candidate : wanted)
            if (word == candidate)
                return true;
    return false;
}

constexpr std::array kOtherTextSubstrings = {
    "comment",      "disqus",   "related", "outbrain",     "taboola",     "recommend", "mostpopular", "most-popular",
    "most_popular", "trending", "recirc",  "more-stories", "morestories", "legends",   "replies",
};
constexpr std::array kBodyMarkers = {
    "article-body",    "articlebody",    "article_body",     "article__body", "story-body",   "storybody",
    "story__body",     "entry-content",  "post-content",     "post-body",     "postbody",     "post__body",
    "article-content", "articlecontent", "article__content", "story-content", "article-text", "articletext",
    "story-text",      "body-text",      "bodytext",
};
constexpr std::array kStrongSubstrings = {
    "share",     "sharing", "social",   "caption",   "newsletter", "subscri",      "sidebar",   "breadcrumb",
    "promo",     "advert",  "sponsor",  "cookie",    "popup",      "paywall",      "signup",    "sign-up",
    "gdpr",      "consent", "readmore", "read-more", "also-read",  "skip-link",    "jump-link", "author-bio",
    "authorbio", "byline",  "dateline", "timestamp", "toolbar",    "ad-container", "ad-slot",   "ad-wrapper",
    "adslot",    "adunit",  "ad-unit",  "dfp",       "googlead",   "pagination",   "pager",
};
constexpr std::array kStrongWords = {
    "ad",       "ads",     "adv",      "advertisement", "nav",    "navbar",  "navigation", "menu",
    "tags",     "tag",     "print",    "rss",           "login",  "banner",  "masthead",   "skyscraper",
    "shoutbox", "sronly",  "caption",  "captions",      "credit", "credits", "figcaption", "modal",
    "overlay",  "tooltip", "carousel", "ticker",        "teaser", "teasers", "cta",        "footer",
    "header",   "topbar",  "meta",     "breadcrumbs",
};
constexpr std::array kWeakSubstrings = {
    "combx",           "community",      "extra",      "footnote", "legends",    "remark",   "replies",
    "supplemental",    "agegate",        "yom-remote", "ai2html",  "cover-wrap", "sr-only",  "screen-reader",
    "visually-hidden", "visuallyhidden", "navigation", "footer",   "header",     "masthead", "menu",
    "widget",
};
constexpr std::array kPositiveSubstrings = {
    "article", "content", "story", "body", "entry", "post", "main", "text", "blog", "column", "prose",
};
constexpr std::array kNegativeSubstrings = {
    "-ad-",    "hidden",   "banner",   "combx", "comment", "com-",    "contact", "foot",     "gdpr",       "masthead",
    "media",   "meta",     "outbrain", "promo", "related", "scroll",  "share",   "shoutbox", "sidebar",    "skyscraper",
    "sponsor", "shopping", "tags",     "tool",  "widget",  "caption", "byline",  "subscri",  "newsletter",
};
constexpr std::array kNegativeWords = { "hid", "ad", "ads", "nav", "menu" };
constexpr std::array kPositiveWeightSubstrings = {
    "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog", "story",
};

constexpr std::string_view kAlwaysRemoved[] = {
    "script",     "style",   "noscript", "template", "nav",    "aside",  "iframe",   "svg",
    "button",     "select",  "input",    "textarea", "object", "embed",  "canvas",   "figure",
    "figcaption", "picture", "video",    "audio",    "map",    "dialog", "head",     "title",
    "meta",       "link",    "label",    "option",   "math",   "frame",  "frameset", "applet",
};

constexpr std::array kRoles = { "menu",        "menubar", "complementary", "navigation",  "alert",
                                "alertdialog", "dialog",  "banner",        "contentinfo", "search" };

constexpr std::array kCjkFurniturePrefixes = {
    "责任编辑", "责编", "编辑：", "编辑:", "图注", "图片来源", "图：", "图:", "摄影：", "原标题：", "原标题:",
};

constexpr std::array kBoilerplateLines = {
    "advertisement",
    "advertisements",
    "advert",
    "ad",
    "comments are closed",
    "more",
    "sponsored",
    "sponsored content",
    "story continues below",
    "story continues below advertisement",
    "article continues below",
    "article continues below advertisement",
    "continue reading below",
    "continue reading",
    "read more",
    "read more:",
    "show more",
    "see more",
    "share",
    "share this",
    "share this article",
    "share this story",
    "share on facebook",
    "share on twitter",
    "tweet",
    "email",
    "print",
    "comments",
    "comment",
    "leave a comment",
    "click here",
    "subscribe",
    "sign up",
    "related",
    "related articles",
    "related stories",
    "related content",
    "recommended",
    "more from",
    "skip to content",
    "skip to main content",
    "back to top",
    "close",
    "loading",
    "loading...",
    "copy link",
    "link copied",
    "whatsapp",
    "facebook",
    "twitter",
    "linkedin",
    "pinterest",
    "reddit",
    "image",
    "photo",
    "video",
    "listen",
    "listen to this article",
    "play",
    "pause",
    "you may also like",
};

} // namespace

namespace {

// HtmlNode::hints: what class, id and role say, worked out on the first question (they never change).
enum HintBit : std::uint16_t
{
    kHintsKnown = 1 << 0,
    kBodyMarker = 1 << 1, ///< class or id names the article body
    kOtherText = 1 << 2,
    kWidget = 1 << 3,
    kUnlikely = 1 << 4,
    kNegative = 1 << 5, ///< classWeight's -25
    kPositive = 1 << 6, ///< classWeight's +25 from class and id
};

std::uint16_t hints(const HtmlNode& node)
{
    if (node.hints & kHintsKnown)
        return node.hints;
    std::uint16_t bits = kHintsKnown;
    HintText hint = hintText(node);
    if (containsAny(hint.joined, kBodyMarkers))
        bits |= kBodyMarker;
    if (containsAny(hint.joined, kStrongSubstrings) || hasWord(hint.words, kStrongWords))
        bits |= kWidget;
    else {
        const std::string role = model::asciiLower(node.attributeOr("role"));
        for (const char* unlikelyRole : kRoles)
            if (role == unlikelyRole)
                bits |= kWidget;
    }
    if (containsAny(hint.joined, kWeakSubstrings) && !containsAny(hint.joined, kPositiveSubstrings))
        bits |= kUnlikely;
    if (containsAny(hint.joined, kNegativeSubstrings) || hasWord(hint.words, kNegativeWords))
        bits |= kNegative;
    if (containsAny(hint.joined, kPositiveWeightSubstrings))
        bits |= kPositive;
    // "commentary" is an opinion piece, not a comment thread.
    for (std::size_t pos; (pos = hint.joined.find("commentary")) != std::string::npos;)
        hint.joined.replace(pos, 10, "opinion");
    if (containsAny(hint.joined, kOtherTextSubstrings))
        bits |= kOtherText;
    node.hints = bits;
    return bits;
}

} // namespace

bool HtmlHints::isArticleBodyMarker(const HtmlNode& node)
{
    if (node.attributeOr("itemprop") == "articleBody")
        return true;
    return hints(node) & kBodyMarker;
}

bool HtmlHints::isOtherTextRegion(const HtmlNode& node)
{
    return hints(node) & kOtherText;
}

bool HtmlHints::isWidget(const HtmlNode& node)
{
    return hints(node) & kWidget;
}

bool HtmlHints::isUnlikely(const HtmlNode& node)
{
    return hints(node) & kUnlikely;
}

int HtmlHints::classWeight(const HtmlNode& node)
{
    const std::uint16_t bits = hints(node);
    int weight = 0;
    if (bits & kNegative)
        weight -= 25;
    if (bits & kPositive)
        weight += 25;
    if (node.attributeOr("itemprop") == "articleBody")
        weight += 25;
    return weight;
}

bool HtmlHints::isHidden(const HtmlNode& node)
{
    if (node.attribute("hidden"))
        return true;
    if (node.attributeOr("aria-hidden") == "true" && node.name != "span" && node.name != "i")
        return true;
    const std::string style = model::asciiLower(node.attributeOr("style"));
    if (style.empty())
        return false;
    std::string compact;
    for (char c : style)
        if (c != ' ')
            compact += c;
    return compact.find("display:none") != std::string::npos || compact.find("visibility:hidden") != std::string::npos;
}

bool HtmlHints::isAlwaysRemoved(std::string_view tag)
{
    for (std::string_view removed : kAlwaysRemoved)
        if (tag == removed)
            return true;
    return false;
}

bool HtmlHints::isBoilerplateLine(std::string_view paragraph)
{
    // Chinese news pages label captions, editors and the original headline: "图注：...", "[责任编辑:王明]".
    std::string_view cjk = paragraph;
    for (std::string_view opener : { "[", "\xE3\x80\x90", "\xEF\xBC\x88", "(" }) // [ 【 （ (
        if (cjk.substr(0, opener.size()) == opener)
            cjk.remove_prefix(opener.size());
    if (paragraph.size() <= 240)
        for (const char* prefix : kCjkFurniturePrefixes)
            if (cjk.substr(0, std::string_view(prefix).size()) == prefix)
                return true;
    if (paragraph.size() > 40)
        return false;
    std::string text = model::asciiLower(paragraph);
    while (!text.empty() && (text.back() == ':' || text.back() == '.' || text.back() == ' '))
        text.pop_back();
    for (const char* line : kBoilerplateLines)
        if (text == line)
            return true;
    return false;
}

} // namespace sayline::ingest
