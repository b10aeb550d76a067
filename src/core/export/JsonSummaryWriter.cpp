// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonSummaryWriter.h"

#include "AnalysisJson.h"
#include "JsonWriter.h"

namespace sayline::exporting {
namespace {

void writeIdMap(JsonWriter& json, const std::map<std::string, std::int64_t>& ids)
{
    json.beginObject();
    for (const auto& [local, id] : ids)
        json.key(local).value(static_cast<long long>(id));
    json.endObject();
}

std::string libraryMember(const SummaryArticle& article)
{
    JsonWriter json;
    json.beginObject();
    json.key("library").beginObject();
    json.key("article_id").value(static_cast<long long>(*article.articleId));
    json.key("entities");
    writeIdMap(json, article.entityIds);
    json.key("statements");
    writeIdMap(json, article.statementIds);
    json.endObject();
    json.endObject();
    // Without the closing brace, so the contract's members follow.
    return json.str().substr(0, json.str().size() - 1);
}

} // namespace

std::string JsonSummaryWriter::render(const SummaryDocument& document)
{
    std::string out = "[";
    bool first = true;
    for (const SummaryArticle& article : document.articles) {
        out += first ? "\n" : ",\n";
        first = false;
        const std::string contract = toAnalysisJson(article.analysed);
        if (article.articleId)
            out += libraryMember(article) + "," + contract.substr(1);
        else
            out += contract;
    }
    out += first ? "]\n" : "\n]\n";
    return out;
}

} // namespace sayline::exporting
