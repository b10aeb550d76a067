// SPDX-License-Identifier: GPL-3.0-or-later
#include "DossierWriter.h"

#include "Brief.h"
#include "JsonWriter.h"
#include "MarkdownSummaryWriter.h"

namespace sayline::exporting {
namespace {

std::string idText(const std::optional<std::int64_t>& id)
{
    return id ? std::to_string(*id) : std::string();
}

std::string countLine(const Dossier& dossier)
{
    const std::size_t count = dossier.entries.size();
    std::string line = std::to_string(count) + (count == 1 ? " statement" : " statements");
    const DossierEntry* first = nullptr;
    const DossierEntry* last = nullptr;
    for (const DossierEntry& entry : dossier.entries) {
        if (!entry.date)
            continue;
        if (!first || *entry.date < *first->date)
            first = &entry;
        if (!last || *entry.date > *last->date)
            last = &entry;
    }
    if (first)
        line += ", " + *first->date + (first == last || *first->date == *last->date ? "" : " to " + *last->date);
    return line;
}

std::string sourceOf(const DossierEntry& entry)
{
    std::string source = entry.articleTitle;
    if (entry.publisher)
        source += ", " + *entry.publisher;
    return source;
}

/// Spreadsheets run a cell that starts with one of these as a formula.
bool looksLikeAFormula(std::string_view text)
{
    return !text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
}

} // namespace

const std::vector<std::string>& DossierWriter::csvColumns()
{
    static const std::vector<std::string> columns { "date",        "speaker",    "cue",           "kind",
                                                    "claim_type",  "statement",  "article_title", "publisher",
                                                    "source_file", "article_id", "statement_id" };
    return columns;
}

std::string DossierWriter::csvField(std::string_view text)
{
    const std::string value = looksLikeAFormula(text) ? "'" + std::string(text) : std::string(text);
    if (value.find_first_of(",\"\r\n") == std::string::npos)
        return value;
    std::string out = "\"";
    for (char c : value) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string DossierWriter::title(const Dossier& dossier)
{
    if (!dossier.title.empty())
        return dossier.title;
    return dossier.speaker.empty() ? std::string("Statements") : "Dossier: " + dossier.speaker;
}

std::string DossierWriter::source(const Dossier& dossier)
{
    return (dossier.speaker.empty() ? std::string("Statement list") : std::string("Speaker dossier")) + " \u00b7 "
        + countLine(dossier);
}

std::string DossierWriter::csv(const Dossier& dossier, const CsvOptions& options)
{
    const char* newline = options.crlf ? "\r\n" : "\n";
    std::string out = options.byteOrderMark ? "\xEF\xBB\xBF" : "";
    const auto& columns = csvColumns();
    for (std::size_t i = 0; i < columns.size(); ++i)
        out += (i ? "," : "") + columns[i];
    out += newline;
    for (const DossierEntry& entry : dossier.entries) {
        const std::vector<std::string> fields { entry.date.value_or(""),
                                                entry.speaker,
                                                entry.cue,
                                                model::toString(entry.kind),
                                                model::toString(entry.claimType),
                                                entry.statement,
                                                entry.articleTitle,
                                                entry.publisher.value_or(""),
                                                entry.sourceFile,
                                                idText(entry.articleId),
                                                idText(entry.statementId) };
        for (std::size_t i = 0; i < fields.size(); ++i)
            out += (i ? "," : "") + csvField(fields[i]);
        out += newline;
    }
    return out;
}

std::string DossierWriter::markdown(const Dossier& dossier)
{
    using Md = MarkdownSummaryWriter;
    std::string out = "# " + Md::escape(title(dossier)) + "\n\n*" + Md::escape(source(dossier)) + "*\n\n";
    out += Md::brief(briefOf(dossier));
    out += "## Statements\n\n";
    for (const DossierEntry& entry : dossier.entries) {
        out += "### " + entry.date.value_or("Undated") + " \u2014 " + Md::escape(sourceOf(entry)) + "\n\n";
        out += Md::speech(entry.speech()) + "\n\n";
        out += (entry.cue.empty() ? "" : Md::escape(entry.cue) + " \u00b7 ") + model::toString(entry.kind) + " \u00b7 "
            + model::toString(entry.claimType) + " \u00b7 Source: " + Md::escape(entry.sourceFile);
        if (entry.url)
            out += " \u00b7 " + Md::escape(*entry.url);
        if (entry.articleId)
            out += " \u00b7 article " + std::to_string(*entry.articleId);
        out += "\n\n";
    }
    return out;
}

std::string DossierWriter::html(const Dossier& dossier, const HtmlOptions& options)
{
    const bool pdf = options.target == HtmlOptions::Target::Pdf;
    std::string body = html::brief(briefOf(dossier), options);
    body += std::string("<h2") + (pdf ? " class=\"newpage\"" : "") + ">Statements</h2>\n";
    for (const DossierEntry& entry : dossier.entries) {
        body += "<h4>" + html::escape(entry.date.value_or("Undated")) + " \u2014 " + html::escape(sourceOf(entry))
            + "</h4>\n";
        body += "<p class=\"statement\">" + html::speech(entry.speech()) + "<br><span class=\"meta\">"
            + html::statementMeta(entry.cue, entry.kind, entry.claimType) + " \u00b7 " + html::escape(entry.sourceFile);
        if (entry.url)
            body += " \u00b7 " + html::link(*entry.url);
        if (entry.articleId)
            body += " \u00b7 article " + std::to_string(*entry.articleId);
        body += "</span></p>\n";
    }
    return html::page(title(dossier), source(dossier), body, options);
}

std::string DossierWriter::json(const Dossier& dossier)
{
    std::string out = "[";
    bool first = true;
    for (const DossierEntry& entry : dossier.entries) {
        JsonWriter json;
        json.beginObject();
        json.key("date").value(entry.date);
        json.key("speaker").value(entry.speaker);
        json.key("cue").value(entry.cue);
        json.key("kind").value(model::toString(entry.kind));
        json.key("claim_type").value(model::toString(entry.claimType));
        json.key("statement").value(entry.statement);
        json.key("article_title").value(entry.articleTitle);
        json.key("publisher").value(entry.publisher);
        json.key("source_file").value(entry.sourceFile);
        json.key("url").value(entry.url);
        json.key("article_id");
        entry.articleId ? json.value(static_cast<long long>(*entry.articleId)) : json.null();
        json.key("statement_id");
        entry.statementId ? json.value(static_cast<long long>(*entry.statementId)) : json.null();
        json.endObject();
        out += (first ? "\n" : ",\n") + json.str();
        first = false;
    }
    out += first ? "]\n" : "\n]\n";
    return out;
}

} // namespace sayline::exporting
