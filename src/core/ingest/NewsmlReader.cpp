// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewsmlReader.h"

#include "BodyCleaner.h"
#include "HtmlReader.h"
#include "NitfReader.h"
#include "XmlDocument.h"
#include "model/Error.h"

namespace sayline::ingest {
namespace {

std::optional<std::string> nonEmpty(const std::string& text)
{
    std::string value = normalizeWhitespace(text);
    if (value.empty())
        return std::nullopt;
    return value;
}

/// A G2 "flex party": a <name> child, else the literal attribute.
std::optional<std::string> partyName(const XmlNode* party)
{
    if (!party)
        return std::nullopt;
    if (auto name = nonEmpty(xml::text(xml::firstChild(party, "name"))))
        return name;
    if (auto literal = nonEmpty(xml::attribute(party, "literal")))
        return literal;
    return nonEmpty(xml::text(party));
}

std::vector<std::string> splitParagraphs(std::string_view text)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find("\n\n", start);
        if (end == std::string_view::npos)
            end = text.size();
        out.emplace_back(text.substr(start, end - start));
        start = end + 2;
    }
    return out;
}

/// The body of a newsItem's contentSet and, when it is NITF, the NITF article for missing metadata.
std::vector<std::string> contentParagraphs(const XmlNode* contentSet, std::optional<model::Article>& nitfArticle)
{
    for (const XmlNode* inlineXml : xml::children(contentSet, "inlineXML")) {
        if (const XmlNode* nitf = xml::firstChild(inlineXml, "nitf")) {
            nitfArticle = NitfReader::fromElement(nitf);
            return nitfArticle->paragraphs;
        }
        if (const XmlNode* html = xml::firstChild(inlineXml, "html")) {
            const XmlNode* body = xml::firstChild(html, "body");
            return HtmlReader::fragmentParagraphs(xml::innerMarkup(body ? body : html));
        }
        return HtmlReader::fragmentParagraphs(xml::innerMarkup(inlineXml));
    }
    for (const XmlNode* inlineData : xml::children(contentSet, "inlineData")) {
        const std::string type = xml::attribute(inlineData, "contenttype");
        const std::string text = xml::text(inlineData);
        if (type.find("html") != std::string::npos)
            return HtmlReader::fragmentParagraphs(text);
        return splitParagraphs(text);
    }
    return {};
}

model::Article readNewsItem(const XmlNode* item)
{
    model::Article article;
    const XmlNode* itemMeta = xml::firstChild(item, "itemMeta");
    const XmlNode* contentMeta = xml::firstChild(item, "contentMeta");

    article.title = normalizeWhitespace(xml::text(xml::firstChild(contentMeta, "headline")));
    for (const XmlNode* by : xml::children(contentMeta, "by")) {
        std::string name = normalizeWhitespace(xml::text(by));
        if (name.rfind("By ", 0) == 0 || name.rfind("by ", 0) == 0 || name.rfind("BY ", 0) == 0)
            name = name.substr(3);
        if (!name.empty())
            article.authors.push_back(name);
    }
    if (article.authors.empty()) {
        for (const XmlNode* creator : xml::children(contentMeta, "creator")) {
            if (auto name = partyName(creator))
                article.authors.push_back(*name);
        }
    }

    article.published = nonEmpty(xml::text(xml::firstChild(itemMeta, "firstCreated")));
    if (!article.published)
        article.published = nonEmpty(xml::text(xml::firstChild(contentMeta, "contentCreated")));
    const auto modified = nonEmpty(xml::text(xml::firstChild(contentMeta, "contentModified")));
    const auto versionCreated = nonEmpty(xml::text(xml::firstChild(itemMeta, "versionCreated")));
    if (!article.published)
        article.published = versionCreated;
    else
        article.updated = modified ? modified : versionCreated;
    if (article.updated == article.published)
        article.updated.reset();

    article.publisher = partyName(xml::firstChild(itemMeta, "provider"));
    if (!article.publisher)
        article.publisher = partyName(xml::path(item, "rightsInfo/copyrightHolder"));
    if (!article.publisher)
        article.publisher = nonEmpty(xml::text(xml::firstChild(contentMeta, "creditline")));

    for (const XmlNode* link : xml::children(itemMeta, "link")) {
        const std::string href = normalizeWhitespace(xml::attribute(link, "href"));
        if (href.rfind("http", 0) == 0 && xml::attribute(link, "rel").find("irel:seeAlso") == std::string::npos) {
            article.url = href;
            break;
        }
    }

    if (std::string tag = xml::attribute(xml::firstChild(contentMeta, "language"), "tag"); !tag.empty())
        article.language = tag;
    else
        article.language = xml::language(item);

    std::optional<model::Article> nitf;
    std::vector<std::string> paragraphs = contentParagraphs(xml::firstChild(item, "contentSet"), nitf);
    CleanOptions options;
    options.detectSignOff = false;
    article.paragraphs = cleanBody(std::move(paragraphs), options).paragraphs;
    if (nitf) {
        if (article.title.empty())
            article.title = nitf->title;
        if (article.authors.empty())
            article.authors = nitf->authors;
        if (!article.published)
            article.published = nitf->published;
        if (!article.publisher)
            article.publisher = nitf->publisher;
    }
    return article;
}

void collectNitf(const XmlNode* node, std::vector<model::Article>& out)
{
    for (const XmlNode* child : xml::children(node)) {
        if (xml::isElement(child, "nitf"))
            out.push_back(NitfReader::fromElement(child));
        else
            collectNitf(child, out);
    }
}

} // namespace

std::vector<model::Article> NewsmlReader::read(std::string_view bytes)
{
    XmlDocument document = XmlDocument::parse(bytes);
    const XmlNode* root = document.root();
    std::vector<model::Article> articles;
    if (xml::isElement(root, "newsItem")) {
        articles.push_back(readNewsItem(root));
    } else if (xml::isElement(root, "newsMessage")) {
        for (const XmlNode* itemSet : xml::children(root, "itemSet")) {
            for (const XmlNode* item : xml::children(itemSet, "newsItem"))
                articles.push_back(readNewsItem(item));
        }
    } else if (xml::isElement(root, "NewsML")) {
        collectNitf(root, articles);
    } else {
        throw Error(ErrorCode::Malformed,
                    "not a NewsML document (root element <" + std::string(xml::localName(root)) + ">)");
    }
    // Pictures and graphics are newsItems too; only items with text are articles.
    std::erase_if(articles, [](const model::Article& article) { return article.paragraphs.empty(); });
    if (articles.empty())
        throw Error(ErrorCode::Malformed, "no text news item found");
    return articles;
}

} // namespace sayline::ingest
