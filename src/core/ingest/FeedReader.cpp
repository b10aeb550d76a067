// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeedReader.h"

#include "BodyCleaner.h"
#include "HtmlReader.h"
#include "XmlDocument.h"
#include "model/Error.h"

namespace sayline::ingest {
namespace {

constexpr std::string_view kAtomNs = "http://www.w3.org/2005/Atom";
constexpr std::string_view kRss1Ns = "http://purl.org/rss/1.0/";
constexpr std::string_view kContentNs = "http://purl.org/rss/1.0/modules/content/";
constexpr std::string_view kDcNs = "http://purl.org/dc/elements/1.1/";

/// The first child with this local name in one namespace ("" = no namespace).
XmlNode* childIn(const XmlNode* node, std::string_view name, std::string_view ns)
{
    for (XmlNode* child : xml::children(node, name)) {
        if (xml::namespaceUri(child) == ns)
            return child;
    }
    return nullptr;
}

/// RSS 2.0 elements carry no namespace, RSS 1.0 elements the RSS 1.0 one.
XmlNode* rssChild(const XmlNode* node, std::string_view name)
{
    if (XmlNode* child = childIn(node, name, {}))
        return child;
    return childIn(node, name, kRss1Ns);
}

std::string trimmedText(const XmlNode* node)
{
    return node ? normalizeWhitespace(xml::text(node)) : std::string();
}

/// Text that may hold escaped markup ("<b>Title</b>", "&amp;amp;") reduced to plain words.
std::string plainText(const std::string& maybeHtml)
{
    if (maybeHtml.find('<') == std::string::npos && maybeHtml.find('&') == std::string::npos)
        return normalizeWhitespace(maybeHtml);
    std::string out;
    for (const auto& paragraph : HtmlReader::fragmentParagraphs(maybeHtml)) {
        if (!out.empty())
            out += ' ';
        out += paragraph;
    }
    return normalizeWhitespace(out);
}

std::vector<std::string> textParagraphs(std::string_view text)
{
    std::vector<std::string> paragraphs;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find("\n\n", start);
        if (end == std::string_view::npos)
            end = text.size();
        paragraphs.emplace_back(text.substr(start, end - start));
        start = end + 2;
    }
    return paragraphs;
}

std::vector<std::string> htmlParagraphs(const std::string& html)
{
    return HtmlReader::fragmentParagraphs(html);
}

void setBody(model::Article& article, std::vector<std::string> paragraphs)
{
    CleanOptions options;
    options.detectSignOff = false; // a feed item's last line is the item's, not a publisher sign-off
    article.paragraphs = cleanBody(std::move(paragraphs), options).paragraphs;
}

/// "editor@example.com (Jane Doe)" -> "Jane Doe"; a bare address is dropped.
std::string authorName(std::string text)
{
    text = normalizeWhitespace(text);
    const std::size_t open = text.find('(');
    const std::size_t close = text.rfind(')');
    if (text.find('@') != std::string::npos) {
        if (open != std::string::npos && close != std::string::npos && close > open)
            return normalizeWhitespace(text.substr(open + 1, close - open - 1));
        return {};
    }
    return text;
}

// ---- RSS ----------------------------------------------------------------------------------------------------

model::Article readRssItem(const XmlNode* item, const std::optional<std::string>& publisher,
                           const std::optional<std::string>& language)
{
    model::Article article;
    article.publisher = publisher;
    article.language = language;
    article.title = plainText(xml::text(rssChild(item, "title")));
    std::string link = trimmedText(rssChild(item, "link"));
    if (link.empty()) {
        const XmlNode* guid = rssChild(item, "guid");
        const std::string guidText = trimmedText(guid);
        if (guid && xml::attribute(guid, "isPermaLink") != "false" && guidText.rfind("http", 0) == 0)
            link = guidText;
    }
    if (!link.empty())
        article.url = link;
    if (const XmlNode* date = rssChild(item, "pubDate"))
        article.published = trimmedText(date);
    else if (const XmlNode* dcDate = childIn(item, "date", kDcNs))
        article.published = trimmedText(dcDate);
    for (const XmlNode* creator : xml::children(item, "creator")) {
        if (xml::namespaceUri(creator) == kDcNs) {
            if (std::string name = authorName(xml::text(creator)); !name.empty())
                article.authors.push_back(name);
        }
    }
    if (article.authors.empty()) {
        if (std::string name = authorName(xml::text(rssChild(item, "author"))); !name.empty())
            article.authors.push_back(name);
    }
    if (const XmlNode* encoded = childIn(item, "encoded", kContentNs))
        setBody(article, htmlParagraphs(xml::text(encoded)));
    if (article.paragraphs.empty())
        setBody(article, htmlParagraphs(xml::text(rssChild(item, "description"))));
    return article;
}

std::vector<model::Article> readRss(const XmlNode* root)
{
    // RSS 2.0: rss/channel/item; RSS 1.0: rdf:RDF/channel + rdf:RDF/item
    const XmlNode* channel = rssChild(root, "channel");
    if (xml::isElement(root, "channel"))
        channel = root;
    if (!channel)
        throw Error(ErrorCode::Malformed, "RSS feed without a channel");
    std::optional<std::string> publisher;
    if (std::string title = plainText(xml::text(rssChild(channel, "title"))); !title.empty())
        publisher = title;
    std::optional<std::string> language;
    if (std::string tag = trimmedText(rssChild(channel, "language")); !tag.empty())
        language = tag;
    else if (std::string dcTag = trimmedText(childIn(channel, "language", kDcNs)); !dcTag.empty())
        language = dcTag;
    std::vector<model::Article> articles;
    for (const XmlNode* parent : { channel, root }) {
        for (const XmlNode* item : xml::children(parent, "item"))
            articles.push_back(readRssItem(item, publisher, language));
        if (parent == root)
            break;
    }
    return articles;
}

// ---- Atom ---------------------------------------------------------------------------------------------------

std::vector<std::string> atomTextConstruct(const XmlNode* node)
{
    if (!node)
        return {};
    const std::string type = xml::attribute(node, "type");
    if (type == "xhtml") {
        const XmlNode* div = xml::firstChild(node, "div");
        return htmlParagraphs(xml::innerMarkup(div ? div : node));
    }
    if (type == "html" || type == "text/html")
        return htmlParagraphs(xml::text(node));
    return textParagraphs(xml::text(node));
}

std::string atomTitle(const XmlNode* node)
{
    std::string out;
    for (const auto& paragraph : atomTextConstruct(node)) {
        if (!out.empty())
            out += ' ';
        out += paragraph;
    }
    return normalizeWhitespace(out);
}

std::vector<std::string> atomAuthors(const XmlNode* node)
{
    std::vector<std::string> names;
    for (const XmlNode* author : xml::children(node, "author")) {
        if (xml::namespaceUri(author) != kAtomNs)
            continue;
        if (std::string name = trimmedText(childIn(author, "name", kAtomNs)); !name.empty())
            names.push_back(name);
    }
    return names;
}

model::Article readAtomEntry(const XmlNode* entry, const std::optional<std::string>& publisher,
                             const std::vector<std::string>& feedAuthors)
{
    model::Article article;
    article.publisher = publisher;
    article.language = xml::language(entry);
    article.title = atomTitle(childIn(entry, "title", kAtomNs));
    for (const XmlNode* link : xml::children(entry, "link")) {
        const std::string rel = xml::attribute(link, "rel");
        if (xml::namespaceUri(link) == kAtomNs && (rel.empty() || rel == "alternate")) {
            article.url = xml::attribute(link, "href");
            break;
        }
    }
    if (!article.url) {
        if (std::string id = trimmedText(childIn(entry, "id", kAtomNs)); id.rfind("http", 0) == 0)
            article.url = id;
    }
    if (std::string published = trimmedText(childIn(entry, "published", kAtomNs)); !published.empty())
        article.published = published;
    if (std::string updated = trimmedText(childIn(entry, "updated", kAtomNs)); !updated.empty())
        article.updated = updated;
    article.authors = atomAuthors(entry);
    if (article.authors.empty())
        article.authors = feedAuthors;
    const XmlNode* content = childIn(entry, "content", kAtomNs);
    if (content && xml::attribute(content, "src").empty())
        setBody(article, atomTextConstruct(content));
    if (article.paragraphs.empty())
        setBody(article, atomTextConstruct(childIn(entry, "summary", kAtomNs)));
    return article;
}

std::vector<model::Article> readAtom(const XmlNode* root)
{
    if (xml::isElement(root, "entry"))
        return { readAtomEntry(root, std::nullopt, {}) };
    std::optional<std::string> publisher;
    if (std::string title = atomTitle(childIn(root, "title", kAtomNs)); !title.empty())
        publisher = title;
    const std::vector<std::string> feedAuthors = atomAuthors(root);
    std::vector<model::Article> articles;
    for (const XmlNode* entry : xml::children(root, "entry")) {
        if (xml::namespaceUri(entry) == kAtomNs)
            articles.push_back(readAtomEntry(entry, publisher, feedAuthors));
    }
    return articles;
}

} // namespace

std::vector<model::Article> FeedReader::read(std::string_view bytes)
{
    XmlDocument document = XmlDocument::parse(bytes);
    const XmlNode* root = document.root();
    if (xml::namespaceUri(root) == kAtomNs)
        return readAtom(root);
    if (xml::isElement(root, "rss") || xml::isElement(root, "RDF") || xml::isElement(root, "channel")) {
        std::vector<model::Article> articles = readRss(root);
        if (articles.empty())
            throw Error(ErrorCode::Malformed, "feed has no items");
        return articles;
    }
    throw Error(ErrorCode::Malformed,
                "not an RSS or Atom feed (root element <" + std::string(xml::localName(root)) + ">)");
}

} // namespace sayline::ingest
