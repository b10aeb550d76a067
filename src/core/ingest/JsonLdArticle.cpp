// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonLdArticle.h"

#include <algorithm>
#include <map>

#include "HtmlDates.h"
#include "HtmlTextCollector.h"
#include "JsonLdScript.h"

namespace sayline::ingest {
namespace {

using Json = nlohmann::json;

/// The member with this key, or nullptr (objects only).
const Json* member(const Json& object, std::string_view key)
{
    if (!object.is_object())
        return nullptr;
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

/// A string value's text (the caller has checked is_string()).
const std::string& textOf(const Json& value)
{
    return value.get_ref<const std::string&>();
}

std::string typeName(std::string_view type)
{
    const std::size_t slash = type.find_last_of("/:");
    return std::string(slash == std::string_view::npos ? type : type.substr(slash + 1));
}

bool isArticleType(const Json& object)
{
    const Json* type = member(object, "@type");
    if (!type)
        return false;
    auto matches = [](const std::string& raw) {
        const std::string name = typeName(raw);
        auto endsWith = [&](std::string_view suffix) {
            return name.size() >= suffix.size()
                && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
        };
        return endsWith("Article") || endsWith("Posting") || name == "Report" || name == "Review";
    };
    if (type->is_string())
        return matches(textOf(*type));
    if (!type->is_array())
        return false;
    for (const Json& item : *type)
        if (item.is_string() && matches(textOf(item)))
            return true;
    return false;
}

void collectObjects(const Json& value, std::vector<const Json*>& out, int depth)
{
    if (depth > 16)
        return;
    if (value.is_array()) {
        for (const Json& item : value)
            collectObjects(item, out, depth + 1);
    } else if (value.is_object()) {
        out.push_back(&value);
        for (const char* key : { "@graph", "mainEntity", "itemListElement", "hasPart" })
            if (const Json* nested = member(value, key))
                collectObjects(*nested, out, depth + 1);
    }
}

using IdIndex = std::map<std::string, const Json*>;

const Json& resolve(const Json& value, const IdIndex& ids)
{
    if (!value.is_object() || member(value, "name"))
        return value;
    if (const Json* id = member(value, "@id"); id && id->is_string()) {
        auto it = ids.find(textOf(*id));
        if (it != ids.end())
            return *it->second;
    }
    return value;
}

std::optional<std::string> nameOf(const Json& value, const IdIndex& ids)
{
    const Json& resolved = resolve(value, ids);
    if (resolved.is_string())
        return HtmlTextCollector::normalizeSpace(textOf(resolved));
    if (resolved.is_object())
        if (const Json* name = member(resolved, "name"))
            return nameOf(*name, ids);
    if (resolved.is_array() && !resolved.empty())
        return nameOf(resolved.front(), ids);
    return std::nullopt;
}

std::optional<std::string> stringMember(const Json& object, std::string_view key)
{
    const Json* value = member(object, key);
    if (!value)
        return std::nullopt;
    if (value->is_array() && !value->empty())
        value = &value->front();
    if (value->is_object()) {
        if (const Json* id = member(*value, "@id"))
            value = id;
        else if (const Json* name = member(*value, "name"))
            value = name;
    }
    if (!value->is_string())
        return std::nullopt;
    std::string text = HtmlTextCollector::normalizeSpace(textOf(*value));
    return text.empty() ? std::nullopt : std::optional<std::string>(std::move(text));
}

} // namespace

JsonLdArticle JsonLdArticle::fromPage(const HtmlNode& root)
{
    std::vector<Json> values;
    root.forEachElement([&](const HtmlNode& node) {
        if (!node.is("script"))
            return;
        for (Json& value : readJsonLdScript(node.textContent()))
            values.push_back(std::move(value));
    });
    std::vector<const Json*> objects;
    for (const Json& value : values)
        collectObjects(value, objects, 0);
    IdIndex ids;
    for (const Json* object : objects)
        if (const Json* id = member(*object, "@id"); id && id->is_string() && object->size() > 1)
            ids.emplace(textOf(*id), object);

    JsonLdArticle facts;
    auto article = std::find_if(objects.begin(), objects.end(), [](const Json* o) { return isArticleType(*o); });
    if (article == objects.end()) // a WebPage (or other type) describing the article
        article = std::find_if(objects.begin(), objects.end(),
                               [](const Json* o) { return member(*o, "headline") || member(*o, "datePublished"); });
    if (article == objects.end())
        return facts;
    const Json& object = **article;
    facts.headline = stringMember(object, "headline");
    if (!facts.headline)
        facts.headline = stringMember(object, "name");
    if (const Json* author = member(object, "author")) {
        const Json& resolved = resolve(*author, ids);
        if (resolved.is_array()) {
            for (const Json& item : resolved)
                if (auto name = nameOf(item, ids))
                    facts.authors.push_back(*name);
        } else if (auto name = nameOf(resolved, ids)) {
            facts.authors.push_back(*name);
        }
    }
    if (auto date = stringMember(object, "datePublished"))
        facts.published = parseMetaDate(*date);
    if (!facts.published)
        if (auto date = stringMember(object, "dateCreated"))
            facts.published = parseMetaDate(*date);
    if (auto date = stringMember(object, "dateModified"))
        facts.updated = parseMetaDate(*date);
    if (const Json* publisher = member(object, "publisher"))
        facts.publisher = nameOf(*publisher, ids);
    if (const Json* language = member(object, "inLanguage"))
        facts.language = language->is_string() ? std::optional<std::string>(textOf(*language))
                                               : stringMember(*language, "alternateName");
    if (const Json* body = member(object, "articleBody"); body && body->is_string())
        facts.articleBody = textOf(*body);
    facts.url = stringMember(object, "url");
    if (!facts.url)
        facts.url = stringMember(object, "mainEntityOfPage");
    if (facts.url && !looksLikeUrl(*facts.url))
        facts.url.reset();
    return facts;
}

bool looksLikeUrl(std::string_view text)
{
    return text.rfind("http://", 0) == 0 || text.rfind("https://", 0) == 0 || text.rfind("www.", 0) == 0
        || text.find('/') != std::string_view::npos;
}

} // namespace sayline::ingest
