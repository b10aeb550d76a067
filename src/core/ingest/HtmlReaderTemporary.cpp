// SPDX-License-Identifier: GPL-3.0-or-later
// TEMPORARY stand-in for HtmlReader.cpp and Encoding.cpp (written by another helper) so the ingest branch links
// and its tests run. Delete this file when the real implementations are merged.
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <memory>

#include "Encoding.h"
#include "HtmlReader.h"
#include "model/Utf8.h"

namespace sayline::ingest {
namespace {

struct HtmlDocDeleter
{
    void operator()(xmlDoc* doc) const noexcept { xmlFreeDoc(doc); }
};

bool isBlock(const xmlNode* node)
{
    static const char* const blocks[] = {"p",  "div", "h1", "h2", "h3", "h4",         "h5",  "h6",     "li",
                                         "br", "tr",  "ul", "ol", "blockquote", "pre", "section", "article"};
    for (const char* name : blocks) {
        if (xmlStrcasecmp(node->name, reinterpret_cast<const xmlChar*>(name)) == 0)
            return true;
    }
    return false;
}

bool isSkipped(const xmlNode* node)
{
    static const char* const skipped[] = {"script", "style", "noscript", "head", "nav", "footer", "figcaption"};
    for (const char* name : skipped) {
        if (xmlStrcasecmp(node->name, reinterpret_cast<const xmlChar*>(name)) == 0)
            return true;
    }
    return false;
}

void collect(const xmlNode* node, std::vector<std::string>& paragraphs, std::string& current)
{
    for (const xmlNode* child = node->children; child; child = child->next) {
        if (child->type == XML_TEXT_NODE && child->content) {
            current += reinterpret_cast<const char*>(child->content);
        } else if (child->type == XML_ELEMENT_NODE && !isSkipped(child)) {
            const bool block = isBlock(child);
            if (block && !current.empty()) {
                paragraphs.push_back(current);
                current.clear();
            }
            collect(child, paragraphs, current);
            if (block && !current.empty()) {
                paragraphs.push_back(current);
                current.clear();
            }
        }
    }
}

std::unique_ptr<xmlDoc, HtmlDocDeleter> parseHtml(std::string_view utf8)
{
    return std::unique_ptr<xmlDoc, HtmlDocDeleter>(
        htmlReadMemory(utf8.data(), static_cast<int>(utf8.size()), nullptr, "UTF-8",
                       HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING));
}

std::vector<std::string> paragraphsOf(const xmlDoc* doc)
{
    std::vector<std::string> paragraphs;
    std::string current;
    if (const xmlNode* root = xmlDocGetRootElement(doc))
        collect(root, paragraphs, current);
    if (!current.empty())
        paragraphs.push_back(current);
    std::vector<std::string> out;
    for (auto& paragraph : paragraphs) {
        if (paragraph.find_first_not_of(" \t\r\n") != std::string::npos)
            out.push_back(std::move(paragraph));
    }
    return out;
}

const xmlNode* findElement(const xmlNode* node, const char* name)
{
    for (const xmlNode* child = node ? node->children : nullptr; child; child = child->next) {
        if (child->type != XML_ELEMENT_NODE)
            continue;
        if (xmlStrcasecmp(child->name, reinterpret_cast<const xmlChar*>(name)) == 0)
            return child;
        if (const xmlNode* found = findElement(child, name))
            return found;
    }
    return nullptr;
}

} // namespace

std::string decodeToUtf8(std::string_view bytes, std::string_view)
{
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF")
        bytes.remove_prefix(3);
    if (model::isValidUtf8(bytes))
        return std::string(bytes);
    std::string out; // Latin-1 as a crude fallback
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x80) {
            out += ch;
        } else {
            out += static_cast<char>(0xC0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
    }
    return out;
}

std::string sniffHtmlCharset(std::string_view)
{
    return {};
}

model::Article HtmlReader::read(std::string_view bytes, const std::string& file)
{
    model::Article article;
    article.file = file;
    const std::string utf8 = decodeToUtf8(bytes);
    auto doc = parseHtml(utf8);
    if (!doc)
        return article;
    if (const xmlNode* title = findElement(xmlDocGetRootElement(doc.get()), "title")) {
        xmlChar* content = xmlNodeGetContent(title);
        if (content) {
            article.title = reinterpret_cast<const char*>(content);
            xmlFree(content);
        }
    }
    article.paragraphs = paragraphsOf(doc.get());
    return article;
}

std::vector<std::string> HtmlReader::fragmentParagraphs(std::string_view utf8Html)
{
    const std::string wrapped = "<html><body>" + std::string(utf8Html) + "</body></html>";
    auto doc = parseHtml(wrapped);
    if (!doc)
        return {};
    return paragraphsOf(doc.get());
}

} // namespace sayline::ingest
