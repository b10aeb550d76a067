// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonLdArticle.h"

#include <algorithm>
#include <map>

#include "HtmlDates.h"
#include "HtmlTextCollector.h"
#include "JsonLdValue.h"

namespace sayline::ingest {
namespace {

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
            return name.size() >= suffix.size()
                && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
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
        for (const char* key : { "@graph", "mainEntity", "itemListElement", "hasPart" })
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
        return HtmlTextCollector::normalizeSpace(resolved.string());
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
    std::string text = HtmlTextCollector::normalizeSpace(value->string());
    return text.empty() ? std::nullopt : std::optional<std::string>(std::move(text));
}

} // namespace

JsonLdArticle JsonLdArticle::fromPage(const HtmlNode& root)
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

    JsonLdArticle facts;
    auto article = std::find_if(objects.begin(), objects.end(), [](const JsonLdValue* o) { return isArticleType(*o); });
    if (article == objects.end()) // a WebPage (or other type) describing the article
        article = std::find_if(objects.begin(), objects.end(),
                               [](const JsonLdValue* o) { return o->find("headline") || o->find("datePublished"); });
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
    if (const JsonLdValue* publisher = object.find("publisher"))
        facts.publisher = nameOf(*publisher, ids);
    if (const JsonLdValue* language = object.find("inLanguage"))
        facts.language = language->isString() ? std::optional<std::string>(language->string())
                                              : stringMember(*language, "alternateName");
    if (const JsonLdValue* body = object.find("articleBody"); body && body->isString())
        facts.articleBody = body->string();
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
