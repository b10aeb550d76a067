// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportService.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <limits>
#include <map>
#include <set>
#include <tuple>

#include "export/HtmlSummaryWriter.h"
#include "export/JsonSummaryWriter.h"
#include "export/MarkdownSummaryWriter.h"
#include "export/SummaryOutline.h"
#include "store/ArticleRepository.h"
#include "store/Library.h"

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

ExportService::ExportService(std::filesystem::path library, PdfRenderer pdf)
    : m_library(std::move(library))
    , m_pdf(std::move(pdf))
    , m_search(m_library)
{
}

ExportService::~ExportService() = default;

store::Database& ExportService::db()
{
    if (!m_db)
        m_db = std::make_unique<store::Database>(store::openLibrary(m_library, store::OpenMode::Existing));
    return *m_db;
}

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
    std::map<store::RowId, std::optional<store::StoredArticle>> articles;
    store::ArticleRepository repository(db());
    std::sort(records.begin(), records.end(), [](const store::StatementRecord& a, const store::StatementRecord& b) {
        return std::tie(a.articleId, a.span.start, a.id) < std::tie(b.articleId, b.span.start, b.id);
    });
    for (store::StatementRecord& record : records) {
        if (m_progress)
            m_progress(dossier.entries.size(), records.size());
        auto article = articles.find(record.articleId);
        if (article == articles.end())
            article = articles.emplace(record.articleId, repository.get(record.articleId)).first;
        exporting::DossierEntry entry;
        entry.date = record.date;
        entry.speaker = record.speaker;
        entry.cue = record.cue;
        entry.kind = record.kind;
        entry.claimType = record.claimType;
        entry.statement = record.content;
        entry.articleTitle = record.articleTitle;
        entry.publisher = record.publisher;
        if (article->second) {
            entry.sourceFile = article->second->article.file;
            entry.url = article->second->article.url;
        }
        entry.articleId = record.articleId;
        entry.statementId = record.id;
        dossier.entries.push_back(std::move(entry));
    }
    exporting::sortByDate(dossier.entries);
    return dossier;
}

std::string ExportService::renderText(const ExportRequest& request, ExportReport& report, std::string* title)
{
    const int modes = (request.articleIds.empty() ? 0 : 1) + (request.allArticles ? 1 : 0) + (request.speaker ? 1 : 0);
    if (modes != 1)
        throw Error(ErrorCode::Usage, "choose articles, all articles or one speaker to export");
    const bool html = request.format == ExportFormat::Html || request.format == ExportFormat::Pdf;
    if (request.speaker) {
        const exporting::Dossier dossier = collectDossier(request);
        std::set<store::RowId> articles;
        for (const auto& entry : dossier.entries)
            articles.insert(entry.articleId.value_or(0));
        report.articles = articles.size();
        report.statements = dossier.entries.size();
        if (title)
            *title = dossier.title.empty() ? "Dossier: " + dossier.speaker : dossier.title;
        if (html)
            return exporting::DossierWriter::html(dossier);
        if (request.format == ExportFormat::Json)
            return exporting::DossierWriter::json(dossier);
        if (request.format == ExportFormat::Csv)
            return exporting::DossierWriter::csv(dossier, request.csv);
        return exporting::DossierWriter::markdown(dossier);
    }
    const exporting::SummaryDocument document = collectSummary(request);
    report.articles = document.articles.size();
    for (const auto& article : document.articles)
        report.statements += article.analysed.statements.size();
    if (title)
        *title = exporting::documentTitle(document);
    switch (request.format) {
    case ExportFormat::Markdown:
        return exporting::MarkdownSummaryWriter::render(document);
    case ExportFormat::Html:
    case ExportFormat::Pdf:
        return exporting::HtmlSummaryWriter::render(document);
    case ExportFormat::Json:
        return exporting::JsonSummaryWriter::render(document);
    case ExportFormat::Csv:
        return exporting::DossierWriter::csv(exporting::statementList(document), request.csv);
    }
    return {};
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
        ExportReport report;
        return renderText(request, report);
    });
}

Result<ExportReport> ExportService::write(const ExportRequest& request, const std::filesystem::path& file)
{
    return capture([&] {
        if (request.format == ExportFormat::Pdf && !m_pdf)
            throw Error(ErrorCode::Unsupported, "PDF export needs a build with the Qt GUI (Qt6::Gui)");
        ExportReport report;
        std::string title;
        const std::string text = renderText(request, report, &title);
        if (request.format == ExportFormat::Pdf) {
            m_pdf(text, title, file);
            return report;
        }
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        if (!out)
            throw Error(ErrorCode::Io, "cannot write " + file.string());
        out << text;
        out.close();
        if (!out)
            throw Error(ErrorCode::Io, "could not finish writing " + file.string());
        return report;
    });
}

} // namespace sayline::service
