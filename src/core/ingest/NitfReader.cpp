// SPDX-License-Identifier: GPL-3.0-or-later
#include "NitfReader.h"

#include <array>

#include "BodyCleaner.h"
#include "model/Error.h"

namespace sayline::ingest {
namespace {

bool nameIn(std::string_view name, std::initializer_list<std::string_view> names)
{
    for (const auto candidate : names) {
        if (candidate == name)
            return true;
    }
    return false;
}

void collectBlocks(const XmlNode* node, std::vector<std::string>& out)
{
    for (const XmlNode* child : xml::children(node)) {
        const std::string_view name = xml::localName(child);
        if (nameIn(name, { "p", "hl2", "hl3", "h1", "h2", "h3", "h4", "li", "pre", "dd", "dt" }))
            out.push_back(xml::text(child));
        else if (!nameIn(name,
                         { "media", "media-caption", "media-producer", "table", "nitf-table", "note", "fn", "figure",
                           "figcaption", "img", "script", "style", "object" }))
            collectBlocks(child, out);
    }
}

std::string trimmedText(const XmlNode* node)
{
    return node ? normalizeWhitespace(xml::text(node)) : std::string();
}

std::string withoutBy(std::string text)
{
    text = normalizeWhitespace(text);
    if (text.size() > 3 && (text.rfind("By ", 0) == 0 || text.rfind("by ", 0) == 0 || text.rfind("BY ", 0) == 0))
        text = text.substr(3);
    return text;
}

std::vector<std::string> bylineAuthors(const XmlNode* bodyHead)
{
    std::vector<std::string> authors;
    for (const XmlNode* byline : xml::children(bodyHead, "byline")) {
        const std::vector<XmlNode*> persons = xml::children(byline, "person");
        if (!persons.empty()) {
            for (const XmlNode* person : persons) {
                if (std::string name = trimmedText(person); !name.empty())
                    authors.push_back(name);
            }
            continue;
        }
        std::string text = withoutBy(xml::text(byline));
        // "Jane Doe, Staff Writer": the name comes before the first comma
        if (const std::size_t comma = text.find(','); comma != std::string::npos)
            text = text.substr(0, comma);
        std::size_t start = 0;
        while (start < text.size()) {
            std::size_t end = text.find(" and ", start);
            if (end == std::string::npos)
                end = text.size();
            if (std::string name = normalizeWhitespace(text.substr(start, end - start)); !name.empty())
                authors.push_back(name);
            start = end + 5;
        }
    }
    return authors;
}

std::optional<std::string> nonEmpty(std::string text)
{
    text = normalizeWhitespace(text);
    if (text.empty())
        return std::nullopt;
    return text;
}

} // namespace

std::vector<std::string> NitfReader::blockParagraphs(const XmlNode* content)
{
    std::vector<std::string> out;
    if (content)
        collectBlocks(content, out);
    return out;
}

model::Article NitfReader::fromElement(const XmlNode* nitf)
{
    model::Article article;
    const XmlNode* head = xml::firstChild(nitf, "head");
    const XmlNode* body = xml::firstChild(nitf, "body");
    const XmlNode* bodyHead = xml::firstChild(body, "body.head");
    const XmlNode* docdata = xml::firstChild(head, "docdata");
    const XmlNode* pubdata = xml::firstChild(head, "pubdata");

    article.title = trimmedText(xml::path(bodyHead, "hedline/hl1"));
    if (article.title.empty())
        article.title = trimmedText(xml::firstChild(head, "title"));

    for (const std::string_view dateElement : { "date.issue", "date.release" }) {
        const XmlNode* date = xml::firstChild(docdata, dateElement);
        if (auto value = nonEmpty(xml::attribute(date, "norm")); value && !article.published)
            article.published = value;
    }
    if (!article.published)
        article.published = nonEmpty(xml::attribute(pubdata, "date.publication"));
    if (!article.published)
        article.published = nonEmpty(xml::attribute(xml::path(bodyHead, "dateline/story.date"), "norm"));

    article.publisher = nonEmpty(xml::attribute(xml::firstChild(docdata, "doc.copyright"), "holder"));
    if (!article.publisher)
        article.publisher = nonEmpty(xml::attribute(pubdata, "name"));
    if (!article.publisher)
        article.publisher = nonEmpty(xml::text(xml::firstChild(bodyHead, "distributor")));

    if (std::string reference = normalizeWhitespace(xml::attribute(pubdata, "ex-ref")); reference.rfind("http", 0) == 0)
        article.url = reference;

    article.authors = bylineAuthors(bodyHead);
    article.language = xml::language(body ? body : nitf);

    CleanOptions options;
    options.detectSignOff = false;
    article.paragraphs = cleanBody(blockParagraphs(xml::firstChild(body, "body.content")), options).paragraphs;
    return article;
}

model::Article NitfReader::read(std::string_view bytes)
{
    XmlDocument document = XmlDocument::parse(bytes);
    const XmlNode* root = document.root();
    if (!xml::isElement(root, "nitf"))
        throw Error(ErrorCode::Malformed,
                    "not an NITF document (root element <" + std::string(xml::localName(root)) + ">)");
    return fromElement(root);
}

} // namespace sayline::ingest
