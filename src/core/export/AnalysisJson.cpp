// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnalysisJson.h"

#include "JsonWriter.h"

namespace sayline::exporting {
namespace {

void writeSpan(JsonWriter& json, const model::Span& span)
{
    json.beginArray().value(span.start).value(span.end).endArray();
}

void writeLibraryId(JsonWriter& json, const std::map<std::string, std::int64_t>* rows, const std::string& local)
{
    if (!rows)
        return;
    json.key("library_id");
    if (const auto found = rows->find(local); found != rows->end())
        json.value(static_cast<long long>(found->second));
    else
        json.null();
}

void writeEntity(JsonWriter& json, const model::Entity& entity, const std::map<std::string, std::int64_t>* rows)
{
    json.beginObject();
    json.key("id").value(entity.id);
    writeLibraryId(json, rows, entity.id);
    json.key("type").value(model::toString(entity.type));
    json.key("name").value(entity.name);
    json.key("aliases").stringArray(entity.aliases);
    json.key("roles").stringArray(entity.roles);
    json.key("affiliation").value(entity.affiliation);
    json.key("mentions").beginArray();
    for (const auto& mention : entity.mentions)
        writeSpan(json, mention);
    json.endArray();
    json.endObject();
}

/// The contract writes an unknown scalar as null, never as an empty string.
void writeTextOrNull(JsonWriter& json, const std::string& text)
{
    if (text.empty())
        json.null();
    else
        json.value(text);
}

void writeStatement(JsonWriter& json, const model::Statement& statement,
                    const std::map<std::string, std::int64_t>* rows)
{
    json.beginObject();
    json.key("id").value(statement.id);
    writeLibraryId(json, rows, statement.id);
    json.key("speaker").value(statement.speaker);
    json.key("speaker_text");
    writeTextOrNull(json, statement.speakerText);
    json.key("cue");
    writeTextOrNull(json, statement.cue);
    json.key("kind").value(model::toString(statement.kind));
    json.key("content").value(statement.content);
    json.key("start").value(statement.span.start);
    json.key("end").value(statement.span.end);
    json.key("claim_type").value(model::toString(statement.claimType));
    json.key("about").stringArray(statement.about);
    // An extra field (the contract allows them): how the speaker was found, null when not known.
    json.key("attribution");
    if (statement.attribution.sieve.empty()) {
        json.null();
    } else {
        json.beginObject();
        json.key("sieve").value(statement.attribution.sieve);
        json.key("explanation").value(statement.attribution.explanation);
        json.endObject();
    }
    json.endObject();
}

} // namespace

void writeDateMention(JsonWriter& json, const model::DateMention& date)
{
    json.beginObject();
    json.key("text").value(date.text);
    json.key("start").value(date.span.start);
    json.key("end").value(date.span.end);
    json.key("type").value(model::toString(date.type));
    json.key("value").value(date.value);
    json.endObject();
}

void writeArticleMetadata(JsonWriter& json, const model::Article& article)
{
    json.key("file").value(article.file);
    json.key("item").value(article.item);
    json.key("title").value(article.title);
    json.key("authors").stringArray(article.authors);
    json.key("publisher").value(article.publisher);
    json.key("published").value(article.published);
    json.key("updated").value(article.updated);
    json.key("language").value(article.language);
    json.key("url").value(article.url);
}

std::string toAnalysisJson(const model::AnalysedArticle& analysed, const LibraryIds* ids)
{
    std::string out;
    appendAnalysisJson(out, analysed, ids);
    return out;
}

void appendAnalysisJson(std::string& out, const model::AnalysedArticle& analysed, const LibraryIds* ids)
{
    const model::Article& article = analysed.article;
    JsonWriter json(std::move(out));
    json.beginObject();
    if (ids)
        json.key("library_id").value(static_cast<long long>(ids->article));
    writeArticleMetadata(json, article);
    json.key("body").value(article.body());
    json.key("entities").beginArray();
    for (const auto& entity : analysed.entities)
        writeEntity(json, entity, ids ? &ids->entities : nullptr);
    json.endArray();
    json.key("statements").beginArray();
    for (const auto& statement : analysed.statements)
        writeStatement(json, statement, ids ? &ids->statements : nullptr);
    json.endArray();
    json.key("dates").beginArray();
    for (const auto& date : analysed.dates)
        writeDateMention(json, date);
    json.endArray();
    json.endObject();
    out = json.take();
}

} // namespace sayline::exporting
