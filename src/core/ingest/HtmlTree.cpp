// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlTree.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <climits>

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
// XML_PARSE_HUGE is set, so the recursion is bounded.
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
        } else {
            convertChildren(node->children, *element);
        }
        parent.children.push_back(std::move(element));
    }
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
    const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
        | HTML_PARSE_NODEFDTD | HTML_PARSE_IGNORE_ENC;
    XmlDocPtr doc(htmlReadMemory(utf8Html.data(), static_cast<int>(utf8Html.size()), nullptr, "UTF-8", options));
    if (!doc)
        throw Error(ErrorCode::Malformed, "HTML could not be parsed");
    convertChildren(doc->children, *tree.root);
    return tree;
}

} // namespace sayline::ingest
