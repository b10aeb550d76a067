// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlTree.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <array>
#include <climits>
#include <optional>
#include <string_view>

#include "HtmlRawTextBodies.h"
#include "HtmlStyleTags.h"
#include "MainTextStats.h"
#include "model/Error.h"

namespace sayline::ingest {
namespace {

using XmlDocPtr = std::unique_ptr<xmlDoc, HtmlDocumentDeleter>;

std::string_view view(const xmlChar* text)
{
    return text ? std::string_view(reinterpret_cast<const char*>(text)) : std::string_view();
}

bool hasUpperAscii(std::string_view text)
{
    return std::any_of(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

/// Elements that never have content in HTML. libxml2 2.9 does not know some of them as empty (embed, source,
/// track, wbr, ...) and puts what follows inside them, where it would be dropped with the element.
bool isVoidElement(std::string_view name)
{
    static constexpr std::array<std::string_view, 19> voids { "area",  "base",   "br",      "col",     "embed",
                                                              "hr",    "img",    "input",   "link",    "meta",
                                                              "param", "source", "track",   "wbr",     "keygen",
                                                              "frame", "image",  "bgsound", "basefont" };
    return std::find(voids.begin(), voids.end(), name) != voids.end();
}

bool isDroppedElement(std::string_view name)
{
    return name == "style" || name == "template" || name == "noscript";
}

bool containsLdJson(std::string_view type)
{
    static constexpr std::string_view kWanted = "ld+json";
    return std::search(
               type.begin(), type.end(), kWanted.begin(), kWanted.end(),
               [](char a, char b) { return (a >= 'A' && a <= 'Z' ? static_cast<char>(a - 'A' + 'a') : a) == b; })
        != type.end();
}

/// Counts what MainTextStats and HtmlTextCollector ask of every text node, once.
void measureText(HtmlNode& node)
{
    node.chars = static_cast<std::uint32_t>(MainTextStats::countChars(node.text));
    node.commas = static_cast<std::uint32_t>(MainTextStats::countCommas(node.text));
    node.nonSpaceBytes = static_cast<std::uint32_t>(std::count_if(
        node.text.begin(), node.text.end(), [](char c) { return c != ' ' && c != '\n' && c != '\t' && c != '\r'; }));
}

class TreeBuilder
{
public:
    explicit TreeBuilder(HtmlTree& tree)
        : m_tree(tree)
    {
    }

    // Iterative over siblings, recursive over depth; libxml2 itself caps the depth of HTML trees at 256 unless
    // XML_PARSE_HUGE is set (never here), so the recursion is bounded.
    void convertChildren(xmlNode* first, HtmlNode& parent)
    {
        for (xmlNode* node = first; node; node = node->next) {
            if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
                if (!node->content || !*node->content)
                    continue;
                addText(parent, view(node->content));
                continue;
            }
            if (node->type != XML_ELEMENT_NODE)
                continue;
            const std::string_view name = lowerName(node->name);
            if (isDroppedElement(name))
                continue;
            bool jsonLd = false;
            if (name == "script") {
                if (!isJsonLdScript(node))
                    continue;
                jsonLd = true;
            }
            HtmlNode& element = m_tree.newNode();
            element.name = name;
            element.parent = &parent;
            parent.children.push_back(&element);
            for (xmlAttr* attr = node->properties; attr; attr = attr->next)
                element.attributes.emplace_back(lowerName(attr->name), attributeValue(attr));
            if (jsonLd) {
                xmlChar* content = xmlNodeGetContent(node);
                addText(element, own(view(content)));
                if (content)
                    xmlFree(content);
            } else if (isVoidElement(element.name)) {
                convertChildren(node->children, parent); // what libxml2 nested inside follows it, as in a browser
            } else {
                convertChildren(node->children, element);
            }
        }
    }

private:
    void addText(HtmlNode& parent, std::string_view text)
    {
        HtmlNode& node = m_tree.newNode();
        node.isText = true;
        node.text = text;
        node.parent = &parent;
        measureText(node);
        parent.children.push_back(&node);
    }

    std::string_view own(std::string_view text) { return m_tree.ownText.emplace_back(text); }

    /// libxml2's HTML parser already lower-cases tag and attribute names; this keeps the promise if not.
    std::string_view lowerName(const xmlChar* name)
    {
        const std::string_view text = view(name);
        if (!hasUpperAscii(text))
            return text;
        std::string& lower = m_tree.ownText.emplace_back(text);
        for (char& c : lower)
            if (c >= 'A' && c <= 'Z')
                c = static_cast<char>(c - 'A' + 'a');
        return lower;
    }

    /// The HTML parser stores an attribute's value as one text child; anything else is put together.
    std::string_view attributeValue(xmlAttr* attr)
    {
        const xmlNode* value = attr->children;
        if (value && value->type == XML_TEXT_NODE && !value->next)
            return view(value->content);
        xmlChar* content = xmlNodeGetContent(reinterpret_cast<xmlNode*>(attr));
        const std::string_view text = own(view(content));
        if (content)
            xmlFree(content);
        return text;
    }

    bool isJsonLdScript(xmlNode* node)
    {
        for (xmlAttr* attr = node->properties; attr; attr = attr->next)
            if (view(attr->name) == "type") // as xmlGetProp finds it
                return containsLdJson(attributeValue(attr));
        return false;
    }

    HtmlTree& m_tree;
};

struct ParserContextDeleter
{
    void operator()(htmlParserCtxt* context) const noexcept { htmlFreeParserCtxt(context); }
};
using ParserContextPtr = std::unique_ptr<htmlParserCtxt, ParserContextDeleter>;

struct ParsedHtml
{
    XmlDocPtr doc;
    bool tooDeep = false; ///< libxml2 stopped at its depth limit: doc holds only the part before
};

std::string trimmed(const char* message)
{
    std::string text = message ? message : "";
    while (!text.empty() && (text.back() == '\n' || text.back() == ' '))
        text.pop_back();
    return text;
}

/// libxml2's HTML parser in recovery mode, without network access. It only gives up part-way for a resource
/// limit, and then halts: no silent truncation passes from here.
ParsedHtml parseWithLibxml2(std::string_view utf8Html, const HtmlParseOptions& parseOptions)
{
    std::optional<std::string> shorter;
    if (parseOptions.skipRawTextBodies && (shorter = withoutRawTextBodies(utf8Html)))
        utf8Html = *shorter;
    const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
        | HTML_PARSE_NODEFDTD | HTML_PARSE_IGNORE_ENC;
    ParserContextPtr context(htmlNewParserCtxt());
    if (!context)
        throw Error(ErrorCode::Internal, "cannot create an HTML parser");
    ParsedHtml parsed;
    parsed.doc.reset(htmlCtxtReadMemory(context.get(), utf8Html.data(), static_cast<int>(utf8Html.size()), nullptr,
                                        "UTF-8", options));
    if (!parsed.doc)
        throw Error(ErrorCode::Malformed, "HTML could not be parsed");
    if (context->disableSAX && context->instate == XML_PARSER_EOF) {
        const std::string message = trimmed(context->lastError.message);
        // libxml2 2.9 reports its depth limit as an internal error with this message.
        parsed.tooDeep = message.find("Excessive depth") != std::string::npos;
        if (!parsed.tooDeep)
            throw Error(ErrorCode::Malformed,
                        "HTML parsing stopped early: " + (message.empty() ? std::string("a parser limit") : message));
    }
    return parsed;
}

const HtmlNode* findFirstIn(const HtmlNode& node, std::string_view tag)
{
    if (node.is(tag))
        return &node;
    for (const HtmlNode* child : node.children) {
        if (child->isText)
            continue;
        if (const HtmlNode* found = findFirstIn(*child, tag))
            return found;
    }
    return nullptr;
}

} // namespace

void HtmlDocumentDeleter::operator()(xmlDoc* doc) const noexcept
{
    xmlFreeDoc(doc);
}

const std::string_view* HtmlNode::attribute(std::string_view attributeName) const
{
    for (const auto& [key, value] : attributes)
        if (key == attributeName)
            return &value;
    return nullptr;
}

std::string_view HtmlNode::attributeOr(std::string_view attributeName) const
{
    const std::string_view* value = attribute(attributeName);
    return value ? *value : std::string_view();
}

void HtmlNode::appendText(std::string& out) const
{
    if (removed)
        return;
    if (isText) {
        out += text;
        return;
    }
    for (const HtmlNode* child : children)
        child->appendText(out);
}

std::string HtmlNode::textContent() const
{
    std::string out;
    appendText(out);
    return out;
}

const HtmlNode* HtmlTree::body() const
{
    const HtmlNode* found = findFirst("body");
    return found ? found : root;
}

const HtmlNode* HtmlTree::findFirst(std::string_view tag) const
{
    return root ? findFirstIn(*root, tag) : nullptr;
}

HtmlNode& HtmlTree::newNode()
{
    HtmlNode& node = nodes.emplace_back();
    node.index = static_cast<std::uint32_t>(nodes.size() - 1);
    return node;
}

HtmlTree parseHtml(std::string_view utf8Html, const HtmlParseOptions& options)
{
    HtmlTree tree;
    tree.root = &tree.newNode();
    tree.root->name = "#document";
    if (utf8Html.empty())
        return tree;
    if (utf8Html.size() > static_cast<std::size_t>(INT_MAX))
        throw Error(ErrorCode::TooLarge, "HTML input too large");
    ParsedHtml parsed = parseWithLibxml2(utf8Html, options);
    if (parsed.tooDeep) {
        // libxml2 stops at 256 open elements and keeps only what came before. XML_PARSE_HUGE would lift that,
        // but then its end-tag handling costs time in proportion to the depth for every end tag; instead the
        // usual cause goes: style tags opened in every paragraph and never closed.
        parsed = parseWithLibxml2(withoutStyleTags(utf8Html), options);
        if (parsed.tooDeep)
            throw Error(ErrorCode::Malformed,
                        "HTML nested deeper than 256 elements (the parser's limit), even without its font and "
                        "text-style tags");
    }
    TreeBuilder(tree).convertChildren(parsed.doc->children, *tree.root);
    tree.document = std::move(parsed.doc);
    return tree;
}

} // namespace sayline::ingest
