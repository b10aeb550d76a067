// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportService.h"

#include <algorithm>
#include <cctype>
#include <limits>
#include <map>
#include <set>
#include <tuple>

#include "FileOutput.h"
#include "export/Brief.h"
#include "export/HtmlSummaryWriter.h"
#include "export/JsonSummaryWriter.h"
#include "export/MarkdownSummaryWriter.h"
#include "export/SummaryOutline.h"

namespace sayline::service {
namespace {

constexpr int kEverything = std::numeric_limits<int>::max();

std::string lowered(std::string text)
{
    for (char& c : text)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

bool inRange(const std::optional<std::string>& day, const ExportRequest& request)
{
    if (!request.from && !request.to)
        return true;
    if (!day)
        return false;
    return (!request.from || *day >= *request.from) && (!request.to || *day <= *request.to);
}

/// An article as the library holds it, with the library ids behind its local ones.
exporting::SummaryArticle toSummaryArticle(store::StoredAnalysis stored)
{
    exporting::SummaryArticle out;
    out.articleId = stored.articleId;
    out.analysed = std::move(stored.analysis);
    out.entityIds = std::move(stored.entityRows);
    out.statementIds = std::move(stored.statementRows);
    return out;
}

template <typename T> T valueOrThrow(Result<T> result)
{
    if (!result)
        throw Error(result.code(), result.error());
    return std::move(result.value());
}

} // namespace

std::optional<ExportFormat> exportFormatFromName(const std::string& name)
{
    const std::string key = lowered(name);
    if (key == "md" || key == "markdown")
        return ExportFormat::Markdown;
    if (key == "html" || key == "htm")
        return ExportFormat::Html;
    if (key == "pdf")
        return ExportFormat::Pdf;
    if (key == "json")
        return ExportFormat::Json;
    if (key == "csv")
        return ExportFormat::Csv;
    return std::nullopt;
}

std::optional<ExportFormat> exportFormatFromPath(const std::filesystem::path& file)
{
    const std::string extension = file.extension().string();
    if (extension.size() < 2)
        return std::nullopt;
    return exportFormatFromName(extension.substr(1));
}

const char* toString(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown:
        return "md";
    case ExportFormat::Html:
        return "html";
    case ExportFormat::Pdf:
        return "pdf";
    case ExportFormat::Json:
        return "json";
    case ExportFormat::Csv:
        return "csv";
    }
    return "md";
}

struct ExportService::Rendered
{
    std::string text; ///< the file's content; for PDF, the HTML the PDF writer lays out
    ExportReport report;
    exporting::PdfJob pdf; ///< title, source and timeline for the PDF writer
};

ExportService::ExportService(std::filesystem::path library, ExportGraphics graphics)
    : m_library(std::move(library))
    , m_graphics(std::move(graphics))
    , m_search(m_library)
{
}

ExportService::~ExportService() = default;

exporting::SummaryDocument ExportService::collectSummary(const ExportRequest& request)
{
    std::vector<store::RowId> ids = request.articleIds;
    if (request.allArticles) {
        store::ArticleFilter filter;
        filter.from = request.from;
        filter.to = request.to;
        filter.limit = kEverything;
        ids.clear();
        for (const store::ArticleSummary& article : valueOrThrow(m_search.articles(filter)))
            ids.push_back(article.id);
        std::reverse(ids.begin(), ids.end()); // oldest first
    }
    if (ids.empty() && !request.allArticles)
        throw Error(ErrorCode::Usage, "no articles chosen");
    exporting::SummaryDocument document;
    document.title = request.title;
    std::set<store::RowId> seen;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (m_progress)
            m_progress(i, ids.size());
        const store::RowId id = ids[i];
        if (!seen.insert(id).second)
            continue;
        store::StoredAnalysis stored = valueOrThrow(m_search.article(id));
        if (!request.allArticles && !inRange(store::ArticleRepository::dayOf(stored.analysis.article.published), request))
            continue;
        document.articles.push_back(toSummaryArticle(std::move(stored)));
    }
    if (document.articles.empty()) {
        const bool range = request.from || request.to;
        throw Error(ErrorCode::NotFound, range ? "no articles to export in that date range" : "the library is empty");
    }
    return document;
}

exporting::Dossier ExportService::collectDossier(const ExportRequest& request)
{
    const std::string& name = *request.speaker;
    const std::vector<store::RowId> entityIds = valueOrThrow(m_search.entitiesNamed(name));
    if (entityIds.empty())
        throw Error(ErrorCode::NotFound, "no speaker named '" + name + "' in the library");
    store::SearchQuery query;
    query.speaker = name;
    query.from = request.from;
    query.to = request.to;
    query.limit = kEverything;
    std::vector<store::StatementRecord> records = valueOrThrow(m_search.searchStatements(query));

    exporting::Dossier dossier;
    dossier.title = request.title;
    dossier.speaker = valueOrThrow(m_search.entity(entityIds.front())).name;
    std::sort(records.begin(), records.end(), [](const store::StatementRecord& a, const store::StatementRecord& b) {
        return std::tie(a.articleId, a.span.start, a.id) < std::tie(b.articleId, b.span.start, b.id);
    });
    // Each statement with its article's whole analysis: the brief counts what the statements mention.
    std::optional<exporting::SummaryArticle> article;
    std::string body;
    for (std::size_t i = 0; i < records.size(); ++i) {
        const store::StatementRecord& record = records[i];
        if (m_progress)
            m_progress(i, records.size());
        if (!article || article->articleId != record.articleId) {
            article = toSummaryArticle(valueOrThrow(m_search.article(record.articleId)));
            body = article->analysed.article.body();
        }
        const auto local = std::find_if(article->statementIds.begin(), article->statementIds.end(),
                                        [&](const auto& ids) { return ids.second == record.id; });
        if (local == article->statementIds.end())
            continue;
        const auto& statements = article->analysed.statements;
        const auto statement
            = std::find_if(statements.begin(), statements.end(),
                           [&](const model::Statement& candidate) { return candidate.id == local->first; });
        if (statement == statements.end())
            continue;
        exporting::DossierEntry entry = exporting::dossierEntry(*article, *statement, body);
        entry.date = record.date;
        dossier.entries.push_back(std::move(entry));
    }
    exporting::sortByDate(dossier.entries);
    return dossier;
}

ExportService::Rendered ExportService::renderExport(const ExportRequest& request)
{
    const int modes = (request.articleIds.empty() ? 0 : 1) + (request.allArticles ? 1 : 0) + (request.speaker ? 1 : 0);
    if (modes != 1)
        throw Error(ErrorCode::Usage, "choose articles, all articles or one speaker to export");
    exporting::HtmlOptions html;
    html.chartSvg = m_graphics.chartSvg;
    if (request.format == ExportFormat::Pdf)
        html.target = exporting::HtmlOptions::Target::Pdf;
    Rendered out;
    if (request.speaker) {
        const exporting::Dossier dossier = collectDossier(request);
        std::set<store::RowId> articles;
        for (const auto& entry : dossier.entries)
            articles.insert(entry.articleId.value_or(0));
        out.report.articles = articles.size();
        out.report.statements = dossier.entries.size();
        switch (request.format) {
        case ExportFormat::Pdf:
            out.pdf = { {},
                        exporting::DossierWriter::title(dossier),
                        exporting::DossierWriter::source(dossier),
                        exporting::briefOf(dossier).timeline };
            [[fallthrough]];
        case ExportFormat::Html:
            out.text = exporting::DossierWriter::html(dossier, html);
            break;
        case ExportFormat::Json:
            out.text = exporting::DossierWriter::json(dossier);
            break;
        case ExportFormat::Csv:
            out.text = exporting::DossierWriter::csv(dossier, request.csv);
            break;
        case ExportFormat::Markdown:
            out.text = exporting::DossierWriter::markdown(dossier);
            break;
        }
        return out;
    }
    const exporting::SummaryDocument document = collectSummary(request);
    out.report.articles = document.articles.size();
    for (const auto& article : document.articles)
        out.report.statements += article.analysed.statements.size();
    switch (request.format) {
    case ExportFormat::Markdown:
        out.text = exporting::MarkdownSummaryWriter::render(document);
        break;
    case ExportFormat::Pdf:
        out.pdf = { {},
                    exporting::documentTitle(document),
                    exporting::documentSource(document),
                    exporting::briefOf(document).timeline };
        [[fallthrough]];
    case ExportFormat::Html:
        out.text = exporting::HtmlSummaryWriter::render(document, html);
        break;
    case ExportFormat::Json:
        out.text = exporting::JsonSummaryWriter::render(document);
        break;
    case ExportFormat::Csv:
        out.text = exporting::DossierWriter::csv(exporting::statementList(document), request.csv);
        break;
    }
    return out;
}

Result<exporting::SummaryDocument> ExportService::summary(const ExportRequest& request)
{
    return capture([&] { return collectSummary(request); });
}

Result<exporting::Dossier> ExportService::dossier(const ExportRequest& request)
{
    return capture([&] {
        if (!request.speaker)
            throw Error(ErrorCode::Usage, "a dossier needs a speaker");
        return collectDossier(request);
    });
}

Result<std::string> ExportService::render(const ExportRequest& request)
{
    return capture([&] {
        if (request.format == ExportFormat::Pdf)
            throw Error(ErrorCode::Usage, "PDF can only be written to a file");
        return renderExport(request).text;
    });
}

Result<ExportReport> ExportService::write(const ExportRequest& request, const std::filesystem::path& file)
{
    return capture([&] {
        if (request.format == ExportFormat::Pdf && !m_graphics.pdf)
            throw Error(ErrorCode::Unsupported, "PDF export needs a build with the Qt GUI (Qt6::Gui)");
        refuseLibraryFile(file, m_library);
        Rendered rendered = renderExport(request);
        if (request.format == ExportFormat::Pdf) {
            rendered.pdf.html = std::move(rendered.text);
            writeFileAtomically(file, m_graphics.pdf(rendered.pdf));
        } else {
            writeFileAtomically(file, rendered.text);
        }
        return rendered.report;
    });
}

} // namespace sayline::service
