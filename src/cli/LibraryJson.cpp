// SPDX-License-Identifier: GPL-3.0-or-later
#include "LibraryJson.h"

#include "export/AnalysisJson.h"
#include "export/JsonWriter.h"

namespace sayline::cli {
namespace {

using exporting::JsonWriter;

void writeStatement(JsonWriter& json, const store::StatementRecord& statement)
{
    json.beginObject();
    json.key("id").value(static_cast<long long>(statement.id));
    json.key("speaker").value(statement.speaker);
    json.key("speaker_id");
    if (statement.speakerId)
        json.value(static_cast<long long>(*statement.speakerId));
    else
        json.null();
    json.key("date").value(statement.date);
    json.key("cue").value(statement.cue);
    json.key("kind").value(model::toString(statement.kind));
    json.key("claim_type").value(model::toString(statement.claimType));
    json.key("content").value(statement.content);
    json.key("snippet").value(statement.snippet);
    json.key("about").stringArray(statement.about);
    if (statement.version) // a team archive's row version, for reassign/delete-statement --seen-version
        json.key("version").value(static_cast<long long>(*statement.version));
    json.key("article").beginObject();
    json.key("id").value(static_cast<long long>(statement.articleId));
    json.key("title").value(statement.articleTitle);
    json.key("publisher").value(statement.publisher);
    json.key("start").value(statement.span.start);
    json.key("end").value(statement.span.end);
    json.endObject();
    json.endObject();
}

} // namespace

std::string statementsJson(const std::vector<store::StatementRecord>& statements)
{
    JsonWriter json;
    json.beginArray();
    for (const auto& statement : statements)
        writeStatement(json, statement);
    json.endArray();
    return json.str();
}

std::string speakersJson(const std::vector<store::SpeakerSummary>& speakers)
{
    JsonWriter json;
    json.beginArray();
    for (const auto& speaker : speakers) {
        json.beginObject();
        json.key("id").value(static_cast<long long>(speaker.id));
        json.key("name").value(speaker.name);
        json.key("type").value(model::toString(speaker.type));
        json.key("statements").value(speaker.statementCount);
        json.key("first_date").value(speaker.firstDate);
        json.key("last_date").value(speaker.lastDate);
        json.endObject();
    }
    json.endArray();
    return json.str();
}

std::string articlesJson(const std::vector<store::ArticleSummary>& articles)
{
    JsonWriter json;
    json.beginArray();
    for (const auto& article : articles) {
        json.beginObject();
        json.key("id").value(static_cast<long long>(article.id));
        json.key("title").value(article.title);
        json.key("publisher").value(article.publisher);
        json.key("date").value(article.date);
        json.key("file").value(article.file);
        json.key("statements").value(article.statementCount);
        json.endObject();
    }
    json.endArray();
    return json.str();
}

std::string articleJson(const store::StoredAnalysis& stored)
{
    const exporting::LibraryIds ids { stored.articleId, stored.entityRows, stored.statementRows };
    return exporting::toAnalysisJson(stored.analysis, &ids);
}

std::string importJson(const service::ImportReport& report)
{
    JsonWriter json;
    json.beginObject();
    json.key("added").value(static_cast<long long>(report.added));
    json.key("present").value(static_cast<long long>(report.present));
    json.key("failed").beginArray();
    for (const auto& failure : report.failures) {
        json.beginObject();
        json.key("file").value(failure.file);
        json.key("reason").value(failure.reason);
        json.endObject();
    }
    json.endArray();
    json.key("warnings").beginArray();
    for (const auto& warning : report.warnings) {
        json.beginObject();
        json.key("file").value(warning.file);
        json.key("warning").value(warning.reason);
        json.endObject();
    }
    json.endArray();
    json.key("cancelled").value(report.cancelled);
    if (!report.error.empty())
        json.key("error").value(report.error);
    json.endObject();
    return json.str();
}

} // namespace sayline::cli
