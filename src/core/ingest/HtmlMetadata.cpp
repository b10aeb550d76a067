// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlMetadata.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <map>

#include "HtmlDates.h"
#include "HtmlTextCollector.h"
#include "JsonLdArticle.h"
#include "model/Utf8.h"

namespace sayline::ingest {
namespace {

std::string stripByPrefix(std::string text)
{
    const std::string head = model::asciiLower(text.substr(0, 3));
    if (head == "by " || head == "by:")
        text = HtmlTextCollector::normalizeSpace(text.substr(3));
    return text;
}

// "Tom Krisher, AP Auto Writer", "Rachael Link, MS, RD": the name is the part before the comma when that part
// is a full name; "Smith, John" stays as written.
std::string dropRoleSuffix(std::string name)
{
    const std::size_t comma = name.find(", ");
    if (comma == std::string::npos)
        return name;
    const std::string head = name.substr(0, comma);
    const auto words = std::count(head.begin(), head.end(), ' ') + 1;
    return words >= 2 && words <= 4 ? head : name;
}

void addAuthor(std::vector<std::string>& authors, std::string_view raw)
{
    std::string name = dropRoleSuffix(stripByPrefix(HtmlTextCollector::normalizeSpace(raw)));
    if (name.empty() || looksLikeUrl(name) || name.size() > 120)
        return;
    if (std::find(authors.begin(), authors.end(), name) == authors.end())
        authors.push_back(std::move(name));
}

// --- <meta> and friends ---------------------------------------------------------------------------------

struct MetaTags
{
    std::map<std::string, std::string> values; ///< first value per lower-cased name/property/itemprop
    std::vector<std::string> authorValues;

    const std::string* get(std::string_view key) const
    {
        auto it = values.find(std::string(key));
        return it == values.end() || it->second.empty() ? nullptr : &it->second;
    }
    std::optional<std::string> first(std::initializer_list<std::string_view> keys) const
    {
        for (std::string_view key : keys)
            if (const std::string* value = get(key))
                return *value;
        return std::nullopt;
    }
};

MetaTags collectMeta(const HtmlNode& root)
{
    MetaTags meta;
    root.forEachElement([&](const HtmlNode& node) {
        if (!node.is("meta"))
            return;
        const std::string_view* content = node.attribute("content");
        if (!content)
            return;
        for (std::string_view attr : { "name", "property", "itemprop", "http-equiv" }) {
            const std::string_view* key = node.attribute(attr);
            if (!key)
                continue;
            const std::string value = HtmlTextCollector::normalizeSpace(*content);
            // itemprop="datePublished dateCreated" names two properties
            const std::string names = model::asciiLower(HtmlTextCollector::normalizeSpace(*key));
            std::size_t start = 0;
            while (start < names.size()) {
                std::size_t end = names.find(' ', start);
                if (end == std::string::npos)
                    end = names.size();
                std::string name = names.substr(start, end - start);
                start = end + 1;
                if (name == "author" || name == "article:author" || name == "dc.creator" || name == "byl"
                    || name == "parsely-author" || name == "sailthru.author")
                    meta.authorValues.push_back(value);
                meta.values.emplace(std::move(name), value);
            }
        }
    });
    return meta;
}

// --- JSON-LD ---------------------------------------------------------------------------------------------

// --- title ---------------------------------------------------------------------------------------------

bool startsWith(std::string_view text, std::string_view prefix)
{
    return text.size() >= prefix.size() && text.compare(0, prefix.size(), prefix) == 0;
}

// Drops a " | Site" / " - Site" / " :: Site" part naming the site (or, without a site name, a short last part).
std::string stripSiteSuffix(const std::string& title, const std::optional<std::string>& site)
{
    static constexpr std::array kSeparators = { " | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » " };
    std::size_t best = std::string::npos;
    std::string_view bestSeparator;
    for (std::string_view separator : kSeparators) {
        std::size_t pos = title.rfind(separator);
        if (pos != std::string::npos && (best == std::string::npos || pos > best)) {
            best = pos;
            bestSeparator = separator;
        }
    }
    if (best == std::string::npos || best == 0)
        return title;
    const std::string tail = model::asciiLower(title.substr(best + bestSeparator.size()));
    const std::string head = title.substr(0, best);
    if (site && !site->empty()) {
        const std::string siteName = model::asciiLower(*site);
        if (tail.find(siteName) != std::string::npos || siteName.find(tail) != std::string::npos)
            return stripSiteSuffix(head, site);
    }
    return title;
}

std::size_t wordCount(std::string_view text)
{
    std::size_t words = 0;
    bool inWord = false;
    for (char c : text) {
        const bool space = c == ' ';
        if (!space && !inWord)
            ++words;
        inWord = !space;
    }
    return words;
}

// Without any other title source, "Headline of several words | Site Name" and "标题_栏目_网站" lose a short
// trailing part (at most four words, or a CJK segment), as long as the headline keeps three words or more.
std::string stripShortTail(const std::string& title)
{
    static constexpr std::array kSeparators = { " | ", " - ", " – ", " — ", " :: ", " · ", "_" };
    for (std::string_view separator : kSeparators) {
        const std::size_t pos = title.rfind(separator);
        if (pos == std::string::npos || pos == 0)
            continue;
        const std::string head = title.substr(0, pos);
        const std::string_view tail = std::string_view(title).substr(pos + separator.size());
        const bool cjk = separator == "_";
        const bool headLongEnough = cjk ? head.size() >= 12 : wordCount(head) >= 3;
        const bool tailShort
            = cjk ? tail.size() <= 30 && tail.find(' ') == std::string_view::npos : wordCount(tail) <= 4;
        if (headLongEnough && tailShort && !tail.empty())
            return stripShortTail(head);
        return title;
    }
    return title;
}

std::string chooseTitle(const std::string& documentTitle, const std::vector<std::string>& cleaner,
                        const std::optional<std::string>& site)
{
    // A cleaner title (og:title, headline, <h1>) contained in <title> is <title> minus its decorations. Among
    // those that are a fair part of <title>, the shortest drops section prefixes too ("Opinion | ..."), as long as
    // it keeps half of the longest and is not just the site's name.
    const std::string stripped = stripSiteSuffix(documentTitle, site);
    std::vector<const std::string*> contained;
    std::size_t longest = 0;
    for (const std::string& candidate : cleaner) {
        if (candidate.empty() || documentTitle.find(candidate) == std::string::npos)
            continue;
        if (site && model::asciiLower(candidate) == model::asciiLower(*site))
            continue;
        contained.push_back(&candidate);
        if (2 * candidate.size() >= stripped.size())
            longest = std::max(longest, candidate.size());
    }
    const std::string* best = nullptr;
    for (const std::string* candidate : contained)
        if (longest && 2 * candidate->size() >= longest && (!best || candidate->size() < best->size()))
            best = candidate;
    if (best)
        return stripSiteSuffix(*best, site);
    if (!documentTitle.empty())
        return stripShortTail(stripSiteSuffix(documentTitle, site));
    for (const std::string& candidate : cleaner)
        if (!candidate.empty())
            return stripSiteSuffix(candidate, site);
    return {};
}

std::optional<std::string> primaryLanguage(std::string_view tag)
{
    std::string value = model::asciiLower(HtmlTextCollector::normalizeSpace(tag));
    const std::size_t cut = value.find_first_of("-_");
    if (cut != std::string::npos)
        value.resize(cut);
    if (value.size() < 2 || value.size() > 3
        || !std::all_of(value.begin(), value.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
        return std::nullopt;
    return value;
}

std::optional<std::string> firstDate(const MetaTags& meta, std::initializer_list<std::string_view> keys)
{
    for (std::string_view key : keys)
        if (const std::string* value = meta.get(key))
            if (auto date = parseMetaDate(*value))
                return date;
    return std::nullopt;
}

} // namespace

HtmlMetadata HtmlMetadata::extract(const HtmlTree& tree)
{
    HtmlMetadata result;
    const HtmlNode& root = *tree.root;
    const MetaTags meta = collectMeta(root);
    const JsonLdArticle jsonLd = JsonLdArticle::fromPage(root);

    if (const HtmlNode* title = tree.findFirst("title"))
        result.documentTitle = HtmlTextCollector::normalizeSpace(title->textContent());
    result.publisher = jsonLd.publisher;
    if (!result.publisher)
        result.publisher = meta.first({ "og:site_name", "application-name", "publisher", "dc.publisher" });

    std::vector<std::string> cleaner;
    for (auto value : { meta.first({ "og:title" }), jsonLd.headline, meta.first({ "twitter:title" }),
                        meta.first({ "headline", "sailthru.title", "parsely-title" }) })
        if (value)
            cleaner.push_back(*value);
    if (const HtmlNode* h1 = tree.findFirst("h1")) {
        std::string text = HtmlTextCollector::normalizeSpace(h1->textContent());
        if (!text.empty())
            cleaner.push_back(std::move(text));
    }
    result.headlines = cleaner;
    result.title = chooseTitle(result.documentTitle, cleaner, result.publisher);
    if (result.publisher && model::asciiLower(result.title) == model::asciiLower(*result.publisher) && !cleaner.empty())
        result.title = stripSiteSuffix(cleaner.front(), result.publisher); // <title> names only the site

    std::vector<std::string> authors;
    for (const std::string& name : jsonLd.authors)
        addAuthor(authors, name);
    if (authors.empty())
        for (const std::string& value : meta.authorValues)
            addAuthor(authors, value);
    for (std::string& author : authors) {
        const std::string key = model::asciiLower(author);
        const bool isPublisher = result.publisher && key == model::asciiLower(*result.publisher);
        const bool repeated = std::any_of(result.authors.begin(), result.authors.end(),
                                          [&](const std::string& kept) { return model::asciiLower(kept) == key; });
        if (!isPublisher && !repeated)
            result.authors.push_back(std::move(author));
    }
    result.description = meta.first({ "description", "og:description", "twitter:description" });

    result.published = jsonLd.published;
    if (!result.published)
        result.published = firstDate(meta,
                                     { "article:published_time", "article:published", "datepublished",
                                       "og:published_time", "pubdate", "publishdate", "publish-date", "date", "dc.date",
                                       "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
                                       "article.published", "published_time" });
    result.updated = jsonLd.updated;
    if (!result.updated)
        result.updated = firstDate(meta,
                                   { "article:modified_time", "article:modified", "datemodified", "og:updated_time",
                                     "dcterms.modified", "last-modified", "article.updated" });
    if (!result.published) {
        root.forEachElement([&](const HtmlNode& node) {
            if (result.published || !node.is("time"))
                return;
            const std::string_view* datetime = node.attribute("datetime");
            if (datetime && (node.attribute("pubdate") || node.attributeOr("itemprop") == "datePublished"))
                result.published = parseMetaDate(*datetime);
        });
    }

    if (const HtmlNode* html = tree.findFirst("html"))
        if (const std::string_view* lang = html->attribute("lang"))
            result.language = primaryLanguage(*lang);
    if (!result.language && jsonLd.language)
        result.language = primaryLanguage(*jsonLd.language);
    if (!result.language)
        if (auto value = meta.first({ "content-language", "og:locale", "language", "dc.language" }))
            result.language = primaryLanguage(*value);

    root.forEachElement([&](const HtmlNode& node) {
        if (result.url || !node.is("link"))
            return;
        if (model::asciiLower(node.attributeOr("rel")) == "canonical") {
            std::string href = HtmlTextCollector::normalizeSpace(node.attributeOr("href"));
            if (startsWith(href, "http"))
                result.url = std::move(href);
        }
    });
    if (!result.url)
        if (auto value = meta.first({ "og:url", "twitter:url" }); value && startsWith(*value, "http"))
            result.url = value;
    if (!result.url)
        result.url = jsonLd.url;
    result.articleBody = jsonLd.articleBody;
    return result;
}

} // namespace sayline::ingest
