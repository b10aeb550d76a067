// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "Result.h"
#include "SearchService.h"
#include "export/DossierWriter.h"
#include "export/SummaryDocument.h"

namespace sayline::store {
class Database;
}

namespace sayline::service {

enum class ExportFormat
{
    Markdown,
    Html,
    Pdf,
    Json,
    Csv,
};

/// "md", "html", "pdf", "json", "csv" (also "markdown", "htm"), case-insensitive.
std::optional<ExportFormat> exportFormatFromName(const std::string& name);
/// The format a file name's extension asks for.
std::optional<ExportFormat> exportFormatFromPath(const std::filesystem::path& file);
const char* toString(ExportFormat format);

/// What to export: a summary of articles (ids, or all), or the dossier of a speaker; dates are YYYY-MM-DD,
/// inclusive, and filter articles by their publication day.
struct ExportRequest
{
    ExportFormat format = ExportFormat::Markdown;
    std::vector<store::RowId> articleIds;
    bool allArticles = false;
    std::optional<std::string> speaker;
    std::optional<std::string> from;
    std::optional<std::string> to;
    std::string title; ///< empty: made from the content
    exporting::CsvOptions csv;
};

/// How much an export wrote.
struct ExportReport
{
    std::size_t articles = 0;
    std::size_t statements = 0;
};

/// Lays out HTML as a PDF file; provided by front ends built with Qt Gui (exporting::PdfSummaryWriter).
using PdfRenderer
    = std::function<void(const std::string& html, const std::string& title, const std::filesystem::path& file)>;

/// progress(done, total): articles collected for a summary, statements for a dossier; on the calling thread.
using ExportProgressCallback = std::function<void(std::size_t done, std::size_t total)>;

/// The export use case: picks articles or a speaker's statements from a library and renders them as an annotated
/// summary (Markdown, HTML, PDF, JSON; CSV as a statement list) or a dossier (Markdown, HTML, PDF, JSON, CSV).
/// One instance per thread.
class ExportService
{
public:
    explicit ExportService(std::filesystem::path library, PdfRenderer pdf = {});
    ~ExportService();

    void setProgressCallback(ExportProgressCallback progress) { m_progress = std::move(progress); }

    Result<exporting::SummaryDocument> summary(const ExportRequest& request);
    /// The speaker's statements in date order; NotFound when no entity has that name.
    Result<exporting::Dossier> dossier(const ExportRequest& request);
    /// The export as text (every format but PDF).
    Result<std::string> render(const ExportRequest& request);
    /// Writes the export to file (every format; PDF only with a PdfRenderer).
    Result<ExportReport> write(const ExportRequest& request, const std::filesystem::path& file);

private:
    exporting::SummaryDocument collectSummary(const ExportRequest& request);
    exporting::Dossier collectDossier(const ExportRequest& request);
    std::string renderText(const ExportRequest& request, ExportReport& report, std::string* title = nullptr);
    store::Database& db();

    std::filesystem::path m_library;
    PdfRenderer m_pdf;
    ExportProgressCallback m_progress;
    SearchService m_search;
    std::unique_ptr<store::Database> m_db;
};

} // namespace sayline::service
