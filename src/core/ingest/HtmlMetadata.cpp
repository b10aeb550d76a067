// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlMetadata.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <map>

#include "HtmlTextCollector.h"
#include "JsonLdValue.h"

namespace sayline::ingest {
namespace {

std::string lower(std::string_view text)
{
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }

std::string clean(std::string_view text) { return HtmlTextCollector::normalizeSpace(text); }

bool looksLikeUrl(std::string_view text)
{
    return text.rfind("http://", 0) == 0 || text.rfind("https://", 0) == 0 || text.rfind("www.", 0) == 0
        || text.find('/') != std::string_view::npos;
}

std::string stripByPrefix(std::string text)
{
    const std::string head = lower(text.substr(0, 3));
    if (head == "by " || head == "by:")
        text = clean(text.substr(3));
    return text;
}

void addAuthor(std::vector<std::string>& authors, std::string_view raw)
{
    std::string name = stripByPrefix(clean(raw));
    if (name.empty() || looksLikeUrl(name) || name.size() > 120)
        return;
    if (std::find(authors.begin(), authors.end(), name) == authors.end())
        authors.push_back(std::move(name));
}

// "20 Nov 2019 08:02 GMT", "November 20, 2019 8:02 PM" and similar English forms pages put in metadata.
std::optional<std::string> parseEnglishDate(std::string_view text)
{
    static constexpr std::array kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                           "jul", "aug", "sep", "oct", "nov", "dec"};
    const std::string s = lower(clean(text));
    int month = 0, day = 0, year = 0, hour = -1, minute = 0;
    bool utc = false;
    std::size_t pos = 0;
    while (pos < s.size()) {
        if (std::isalpha(static_cast<unsigned char>(s[pos]))) {
            const std::size_t start = pos;
            while (pos < s.size() && std::isalpha(static_cast<unsigned char>(s[pos])))
                ++pos;
            const std::string word = s.substr(start, pos - start);
            for (std::size_t m = 0; m < kMonths.size() && word.size() >= 3; ++m)
                if (word.compare(0, 3, kMonths[m]) == 0 && !month)
                    month = static_cast<int>(m) + 1;
            if ((word == "pm" || word == "p") && hour >= 0 && hour < 12)
                hour += 12;
            if ((word == "am" || word == "a") && hour == 12)
                hour = 0;
            if (word == "gmt" || word == "utc" || word == "z")
                utc = true;
        } else if (isDigit(s[pos])) {
            const std::size_t start = pos;
            while (pos < s.size() && isDigit(s[pos]))
                ++pos;
            const int value = std::stoi(s.substr(start, std::min<std::size_t>(pos - start, 6)));
            if (pos < s.size() && s[pos] == ':' && hour < 0) {
                hour = value;
                ++pos;
                const std::size_t minuteStart = pos;
                while (pos < s.size() && isDigit(s[pos]))
                    ++pos;
                if (pos > minuteStart)
                    minute = std::stoi(s.substr(minuteStart, 2));
                while (pos < s.size() && (isDigit(s[pos]) || s[pos] == ':'))
                    ++pos; // seconds
            } else if (pos - start == 4 && !year) {
                year = value;
            } else if (pos - start <= 2 && !day) {
                day = value;
            }
        } else {
            ++pos;
        }
    }
    if (!month || !day || !year || day > 31 || year < 1000)
        return std::nullopt;
    char buffer[64];
    if (hour >= 0 && hour < 24 && minute < 60)
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d%s", year, month, day, hour, minute,
                      utc ? "+00:00" : "");
    else
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    return std::string(buffer);
}

std::optional<std::string> parseMetaDate(std::string_view text)
{
    if (auto iso = normalizeIsoDateTime(text))
        return iso;
    return parseEnglishDate(text);
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
        const std::string* content = node.attribute("content");
        if (!content)
            return;
        for (std::string_view attr : {"name", "property", "itemprop", "http-equiv"}) {
            const std::string* key = node.attribute(attr);
            if (!key)
                continue;
            const std::string value = clean(*content);
            // itemprop="datePublished dateCreated" names two properties
            const std::string names = lower(clean(*key));
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

struct JsonLdFacts
{
    std::optional<std::string> headline;
    std::vector<std::string> authors;
    std::optional<std::string> published;
    std::optional<std::string> updated;
    std::optional<std::string> publisher;
    std::optional<std::string> language;
    std::optional<std::string> url;
};

std::string typeName(std::string_view type)
{
    const std::size_t slash = type.find_last_of("/:");
    return std::string(slash == std::string_view::npos ? type : type.substr(slash + 1));
}

bool isArticleType(const JsonLdValue& object)
{
    const JsonLdValue* type = object.find("@type");
    if (!type)
        return false;
    auto matches = [](const std::string& raw) {
        const std::string name = typeName(raw);
        auto endsWith = [&](std::string_view suffix) {
            return name.size() >= suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
        };
        return endsWith("Article") || endsWith("Posting") || name == "Report" || name == "Review";
    };
    if (type->isString())
        return matches(type->string());
    for (const JsonLdValue& item : type->items())
        if (item.isString() && matches(item.string()))
            return true;
    return false;
}

void collectObjects(const JsonLdValue& value, std::vector<const JsonLdValue*>& out, int depth)
{
    if (depth > 16)
        return;
    if (value.isArray()) {
        for (const JsonLdValue& item : value.items())
            collectObjects(item, out, depth + 1);
    } else if (value.isObject()) {
        out.push_back(&value);
        for (const char* key : {"@graph", "mainEntity", "itemListElement", "hasPart"})
            if (const JsonLdValue* nested = value.find(key))
                collectObjects(*nested, out, depth + 1);
    }
}

using IdIndex = std::map<std::string, const JsonLdValue*>;

const JsonLdValue& resolve(const JsonLdValue& value, const IdIndex& ids)
{
    if (!value.isObject() || value.find("name"))
        return value;
    if (const JsonLdValue* id = value.find("@id"); id && id->isString()) {
        auto it = ids.find(id->string());
        if (it != ids.end())
            return *it->second;
    }
    return value;
}

std::optional<std::string> nameOf(const JsonLdValue& value, const IdIndex& ids)
{
    const JsonLdValue& resolved = resolve(value, ids);
    if (resolved.isString())
        return clean(resolved.string());
    if (resolved.isObject())
        if (const JsonLdValue* name = resolved.find("name"))
            return nameOf(*name, ids);
    if (resolved.isArray() && !resolved.items().empty())
        return nameOf(resolved.items().front(), ids);
    return std::nullopt;
}

std::optional<std::string> stringMember(const JsonLdValue& object, std::string_view key)
{
    const JsonLdValue* value = object.find(key);
    if (!value)
        return std::nullopt;
    if (value->isArray() && !value->items().empty())
        value = &value->items().front();
    if (value->isObject()) {
        if (const JsonLdValue* id = value->find("@id"))
            value = id;
        else if (const JsonLdValue* name = value->find("name"))
            value = name;
    }
    if (!value->isString())
        return std::nullopt;
    std::string text = clean(value->string());
    return text.empty() ? std::nullopt : std::optional<std::string>(std::move(text));
}

JsonLdFacts readJsonLd(const HtmlNode& root)
{
    std::vector<JsonLdValue> values;
    root.forEachElement([&](const HtmlNode& node) {
        if (!node.is("script"))
            return;
        for (JsonLdValue& value : JsonLdValue::parseAll(node.textContent()))
            values.push_back(std::move(value));
    });
    std::vector<const JsonLdValue*> objects;
    for (const JsonLdValue& value : values)
        collectObjects(value, objects, 0);
    IdIndex ids;
    for (const JsonLdValue* object : objects)
        if (const JsonLdValue* id = object->find("@id"); id && id->isString() && object->members().size() > 1)
            ids.emplace(id->string(), object);

    JsonLdFacts facts;
    auto article = std::find_if(objects.begin(), objects.end(), [](const JsonLdValue* o) { return isArticleType(*o); });
    if (article == objects.end()) // a WebPage (or other type) describing the article
        article = std::find_if(objects.begin(), objects.end(), [](const JsonLdValue* o) {
            return o->find("headline") || o->find("datePublished");
        });
    if (article == objects.end())
        return facts;
    const JsonLdValue& object = **article;
    facts.headline = stringMember(object, "headline");
    if (!facts.headline)
        facts.headline = stringMember(object, "name");
    if (const JsonLdValue* author = object.find("author")) {
        const JsonLdValue& resolved = resolve(*author, ids);
        if (resolved.isArray()) {
            for (const JsonLdValue& item : resolved.items())
                if (auto name = nameOf(item, ids))
                    addAuthor(facts.authors, *name);
        } else if (auto name = nameOf(resolved, ids)) {
            addAuthor(facts.authors, *name);
        }
    }
    if (auto date = stringMember(object, "datePublished"))
        facts.published = parseMetaDate(*date);
    if (!facts.published)
        if (auto date = stringMember(object, "dateCreated"))
            facts.published = parseMetaDate(*date);
    if (auto date = stringMember(object, "dateModified"))
        facts.updated = parseMetaDate(*date);
    if (const JsonLdValue* publisher = object.find("publisher"))
        facts.publisher = nameOf(*publisher, ids);
    if (const JsonLdValue* language = object.find("inLanguage"))
        facts.language = language->isString() ? std::optional<std::string>(language->string())
                                              : stringMember(*language, "alternateName");
    facts.url = stringMember(object, "url");
    if (!facts.url)
        facts.url = stringMember(object, "mainEntityOfPage");
    if (facts.url && !looksLikeUrl(*facts.url))
        facts.url.reset();
    return facts;
}

// --- title ---------------------------------------------------------------------------------------------

bool startsWith(std::string_view text, std::string_view prefix)
{
    return text.size() >= prefix.size() && text.compare(0, prefix.size(), prefix) == 0;
}

// Drops a " | Site" / " - Site" / " :: Site" part naming the site (or, without a site name, a short last part).
std::string stripSiteSuffix(const std::string& title, const std::optional<std::string>& site)
{
    static constexpr std::array kSeparators = {" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » "};
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
    const std::string tail = lower(title.substr(best + bestSeparator.size()));
    const std::string head = title.substr(0, best);
    if (site && !site->empty()) {
        const std::string siteName = lower(*site);
        if (tail.find(siteName) != std::string::npos || siteName.find(tail) != std::string::npos)
            return stripSiteSuffix(head, site);
    }
    return title;
}

std::string chooseTitle(const std::string& documentTitle, const std::vector<std::string>& cleaner,
                        const std::optional<std::string>& site)
{
    // A cleaner title (og:title, headline) contained in <title> is <title> minus its decorations.
    for (const std::string& candidate : cleaner)
        if (!candidate.empty() && documentTitle.find(candidate) != std::string::npos)
            return stripSiteSuffix(candidate, site);
    if (!documentTitle.empty())
        return stripSiteSuffix(documentTitle, site);
    for (const std::string& candidate : cleaner)
        if (!candidate.empty())
            return stripSiteSuffix(candidate, site);
    return {};
}

std::optional<std::string> primaryLanguage(std::string_view tag)
{
    std::string value = lower(clean(tag));
    const std::size_t cut = value.find_first_of("-_");
    if (cut != std::string::npos)
        value.resize(cut);
    if (value.size() < 2 || value.size() > 3 || !std::all_of(value.begin(), value.end(), [](char c) {
            return c >= 'a' && c <= 'z';
        }))
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

std::optional<std::string> normalizeIsoDateTime(std::string_view text)
{
    std::string s = clean(text);
    std::size_t pos = 0;
    auto digits = [&](std::size_t minCount, std::size_t maxCount, int& value) {
        std::size_t count = 0;
        value = 0;
        while (pos < s.size() && isDigit(s[pos]) && count < maxCount) {
            value = value * 10 + (s[pos] - '0');
            ++pos;
            ++count;
        }
        return count >= minCount;
    };
    int year = 0, month = 0, day = 0;
    if (!digits(4, 4, year))
        return std::nullopt;
    if (pos >= s.size() || (s[pos] != '-' && s[pos] != '/' && s[pos] != '.'))
        return std::nullopt;
    const char separator = s[pos++];
    if (!digits(1, 2, month) || pos >= s.size() || s[pos] != separator)
        return std::nullopt;
    ++pos;
    if (!digits(1, 2, day) || year < 1000 || month < 1 || month > 12 || day < 1 || day > 31)
        return std::nullopt;
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    std::string out = buffer;
    if (pos >= s.size() || (s[pos] != 'T' && s[pos] != ' ' && s[pos] != 't'))
        return out;
    ++pos;
    int hour = 0, minute = 0, second = -1;
    if (!digits(2, 2, hour) || pos >= s.size() || s[pos] != ':')
        return out;
    ++pos;
    if (!digits(2, 2, minute) || hour > 23 || minute > 59)
        return out;
    if (pos < s.size() && s[pos] == ':') {
        ++pos;
        if (!digits(2, 2, second) || second > 60)
            second = -1;
        if (pos < s.size() && (s[pos] == '.' || s[pos] == ','))
            for (++pos; pos < s.size() && isDigit(s[pos]);)
                ++pos;
    }
    if (second >= 0)
        std::snprintf(buffer, sizeof buffer, "T%02d:%02d:%02d", hour, minute, second);
    else
        std::snprintf(buffer, sizeof buffer, "T%02d:%02d", hour, minute);
    out += buffer;
    if (pos < s.size() && s[pos] == ' ')
        ++pos;
    if (pos < s.size() && (s[pos] == 'Z' || s[pos] == 'z'))
        return out + "+00:00";
    if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
        const char sign = s[pos++];
        int offsetHours = 0, offsetMinutes = 0;
        if (!digits(2, 2, offsetHours) || offsetHours > 14)
            return out;
        if (pos < s.size() && s[pos] == ':')
            ++pos;
        if (pos < s.size() && isDigit(s[pos]) && (!digits(2, 2, offsetMinutes) || offsetMinutes > 59))
            return out;
        std::snprintf(buffer, sizeof buffer, "%c%02d:%02d", sign, offsetHours, offsetMinutes);
        out += buffer;
    }
    return out;
}

HtmlMetadata HtmlMetadata::extract(const HtmlTree& tree)
{
    HtmlMetadata result;
    const HtmlNode& root = *tree.root;
    const MetaTags meta = collectMeta(root);
    const JsonLdFacts jsonLd = readJsonLd(root);

    if (const HtmlNode* title = tree.findFirst("title"))
        result.documentTitle = clean(title->textContent());
    result.publisher = jsonLd.publisher;
    if (!result.publisher)
        result.publisher = meta.first({"og:site_name", "application-name", "publisher", "dc.publisher"});

    std::vector<std::string> cleaner;
    for (auto value : {meta.first({"og:title"}), jsonLd.headline, meta.first({"twitter:title"}),
                       meta.first({"headline", "sailthru.title", "parsely-title"})})
        if (value)
            cleaner.push_back(*value);
    if (const HtmlNode* h1 = tree.findFirst("h1")) {
        std::string text = clean(h1->textContent());
        if (!text.empty())
            cleaner.push_back(std::move(text));
    }
    result.headlines = cleaner;
    result.title = chooseTitle(result.documentTitle, cleaner, result.publisher);
    if (result.publisher && lower(result.title) == lower(*result.publisher) && !cleaner.empty())
        result.title = stripSiteSuffix(cleaner.front(), result.publisher); // <title> names only the site

    std::vector<std::string> authors = jsonLd.authors;
    if (authors.empty())
        for (const std::string& value : meta.authorValues)
            addAuthor(authors, value);
    for (std::string& author : authors) {
        const std::string key = lower(author);
        const bool isPublisher = result.publisher && key == lower(*result.publisher);
        const bool repeated = std::any_of(result.authors.begin(), result.authors.end(),
                                          [&](const std::string& kept) { return lower(kept) == key; });
        if (!isPublisher && !repeated)
            result.authors.push_back(std::move(author));
    }
    result.description = meta.first({"description", "og:description", "twitter:description"});

    result.published = jsonLd.published;
    if (!result.published)
        result.published = firstDate(meta, {"article:published_time", "article:published", "datepublished", "og:published_time",
                                            "pubdate", "publishdate", "publish-date", "date", "dc.date",
                                            "dc.date.issued", "dcterms.created", "sailthru.date",
                                            "parsely-pub-date", "article.published", "published_time"});
    result.updated = jsonLd.updated;
    if (!result.updated)
        result.updated = firstDate(meta, {"article:modified_time", "article:modified", "datemodified", "og:updated_time",
                                          "dcterms.modified", "last-modified", "article.updated"});
    if (!result.published) {
        root.forEachElement([&](const HtmlNode& node) {
            if (result.published || !node.is("time"))
                return;
            const std::string* datetime = node.attribute("datetime");
            if (datetime && (node.attribute("pubdate") || node.attributeOr("itemprop") == "datePublished"))
                result.published = parseMetaDate(*datetime);
        });
    }

    if (const HtmlNode* html = tree.findFirst("html"))
        if (const std::string* lang = html->attribute("lang"))
            result.language = primaryLanguage(*lang);
    if (!result.language && jsonLd.language)
        result.language = primaryLanguage(*jsonLd.language);
    if (!result.language)
        if (auto value = meta.first({"content-language", "og:locale", "language", "dc.language"}))
            result.language = primaryLanguage(*value);

    root.forEachElement([&](const HtmlNode& node) {
        if (result.url || !node.is("link"))
            return;
        if (lower(node.attributeOr("rel")) == "canonical") {
            std::string href = clean(node.attributeOr("href"));
            if (startsWith(href, "http"))
                result.url = std::move(href);
        }
    });
    if (!result.url)
        if (auto value = meta.first({"og:url", "twitter:url"}); value && startsWith(*value, "http"))
            result.url = value;
    if (!result.url)
        result.url = jsonLd.url;
    return result;
}

} // namespace sayline::ingest
