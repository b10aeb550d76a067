// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlTree.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <array>
#include <climits>
#include <string_view>

#include "HtmlStyleTags.h"
#include "model/Error.h"

namespace sayline::ingest {
namespace {

struct XmlDocDeleter
{
    void operator()(xmlDoc* doc) const noexcept { xmlFreeDoc(doc); }
};
using XmlDocPtr = std::unique_ptr<xmlDoc, XmlDocDeleter>;

std::string lowerAscii(const xmlChar* text)
{
    std::string out = text ? reinterpret_cast<const char*>(text) : "";
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

/// Elements that never have content in HTML. libxml2 2.9 does not know some of them as empty (embed, source,
/// track, wbr, ...) and puts what follows inside them, where it would be dropped with the element.
bool isVoidElement(const std::string& name)
{
    static constexpr std::array<std::string_view, 19> voids { "area",  "base",   "br",      "col",     "embed",
                                                              "hr",    "img",    "input",   "link",    "meta",
                                                              "param", "source", "track",   "wbr",     "keygen",
                                                              "frame", "image",  "bgsound", "basefont" };
    return std::find(voids.begin(), voids.end(), name) != voids.end();
}

bool isDroppedElement(const std::string& name)
{
    return name == "style" || name == "template" || name == "noscript";
}

bool isJsonLdScript(xmlNode* node)
{
    xmlChar* type = xmlGetProp(node, reinterpret_cast<const xmlChar*>("type"));
    if (!type)
        return false;
    std::string value = lowerAscii(type);
    xmlFree(type);
    return value.find("ld+json") != std::string::npos;
}

// Iterative over siblings, recursive over depth; libxml2 itself caps the depth of HTML trees at 256 unless
// XML_PARSE_HUGE is set (never here), so the recursion is bounded.
void convertChildren(xmlNode* first, HtmlNode& parent)
{
    for (xmlNode* node = first; node; node = node->next) {
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            if (!node->content || !*node->content)
                continue;
            auto text = std::make_unique<HtmlNode>();
            text->isText = true;
            text->text = reinterpret_cast<const char*>(node->content);
            text->parent = &parent;
            parent.children.push_back(std::move(text));
            continue;
        }
        if (node->type != XML_ELEMENT_NODE)
            continue;
        std::string name = lowerAscii(node->name);
        if (isDroppedElement(name))
            continue;
        bool jsonLd = false;
        if (name == "script") {
            if (!isJsonLdScript(node))
                continue;
            jsonLd = true;
        }
        auto element = std::make_unique<HtmlNode>();
        element->name = std::move(name);
        element->parent = &parent;
        for (xmlAttr* attr = node->properties; attr; attr = attr->next) {
            xmlChar* value = xmlNodeGetContent(reinterpret_cast<xmlNode*>(attr));
            element->attributes.emplace_back(lowerAscii(attr->name), value ? reinterpret_cast<const char*>(value) : "");
            if (value)
                xmlFree(value);
        }
        if (jsonLd) {
            xmlChar* content = xmlNodeGetContent(node);
            auto text = std::make_unique<HtmlNode>();
            text->isText = true;
            text->text = content ? reinterpret_cast<const char*>(content) : "";
            text->parent = element.get();
            element->children.push_back(std::move(text));
            if (content)
                xmlFree(content);
            parent.children.push_back(std::move(element));
        } else if (isVoidElement(element->name)) {
            parent.children.push_back(std::move(element));
            convertChildren(node->children, parent); // what libxml2 nested inside follows it, as in a browser
        } else {
            convertChildren(node->children, *element);
            parent.children.push_back(std::move(element));
        }
    }
}

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
ParsedHtml parseWithLibxml2(std::string_view utf8Html)
{
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
    for (const auto& child : node.children) {
        if (child->isText)
            continue;
        if (const HtmlNode* found = findFirstIn(*child, tag))
            return found;
    }
    return nullptr;
}

} // namespace

const std::string* HtmlNode::attribute(std::string_view attributeName) const
{
    for (const auto& [key, value] : attributes)
        if (key == attributeName)
            return &value;
    return nullptr;
}

std::string_view HtmlNode::attributeOr(std::string_view attributeName) const
{
    const std::string* value = attribute(attributeName);
    return value ? std::string_view(*value) : std::string_view();
}

void HtmlNode::appendText(std::string& out) const
{
    if (removed)
        return;
    if (isText) {
        out += text;
        return;
    }
    for (const auto& child : children)
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
    return found ? found : root.get();
}

const HtmlNode* HtmlTree::findFirst(std::string_view tag) const
{
    return root ? findFirstIn(*root, tag) : nullptr;
}

HtmlTree parseHtml(std::string_view utf8Html)
{
    HtmlTree tree;
    tree.root = std::make_unique<HtmlNode>();
    tree.root->name = "#document";
    if (utf8Html.empty())
        return tree;
    if (utf8Html.size() > static_cast<std::size_t>(INT_MAX))
        throw Error(ErrorCode::TooLarge, "HTML input too large");
    ParsedHtml parsed = parseWithLibxml2(utf8Html);
    if (parsed.tooDeep) {
        // libxml2 stops at 256 open elements and keeps only what came before. XML_PARSE_HUGE would lift that,
        // but then its end-tag handling costs time in proportion to the depth for every end tag; instead the
        // usual cause goes: style tags opened in every paragraph and never closed.
        parsed = parseWithLibxml2(withoutStyleTags(utf8Html));
        if (parsed.tooDeep)
            throw Error(ErrorCode::Malformed,
                        "HTML nested deeper than 256 elements (the parser's limit), even without its font and "
                        "text-style tags");
    }
    convertChildren(parsed.doc->children, *tree.root);
    return tree;
}

} // namespace sayline::ingest
