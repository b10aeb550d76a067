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
#include "export/PdfJob.h"
#include "export/SummaryDocument.h"

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

/// What front ends built with Qt Gui lend the export (exporting::PdfSummaryWriter, exporting::TimelineChart); they
/// need the front end's QGuiApplication. Without pdf, PDF is refused; without chartSvg, HTML shows timelines as
/// tables.
struct ExportGraphics
{
    /// The PDF file's bytes.
    std::function<std::string(const exporting::PdfJob& job)> pdf;
    /// A timeline chart as inline SVG.
    std::function<std::string(const exporting::Timeline& timeline)> chartSvg;
};

/// progress(done, total): articles collected for a summary, statements for a dossier; on the calling thread.
using ExportProgressCallback = std::function<void(std::size_t done, std::size_t total)>;

/// The export use case: picks articles or a speaker's statements from a library and renders them as an annotated
/// summary (Markdown, HTML, PDF, JSON; CSV as a statement list) or a dossier (Markdown, HTML, PDF, JSON, CSV).
/// Every summary and dossier opens with a brief. Files are written atomically and never over the library.
/// One instance per thread.
class ExportService
{
public:
    explicit ExportService(std::filesystem::path library, ExportGraphics graphics = {});
    ~ExportService();

    void setProgressCallback(ExportProgressCallback progress) { m_progress = std::move(progress); }

    Result<exporting::SummaryDocument> summary(const ExportRequest& request);
    /// The speaker's statements in date order; NotFound when no entity has that name.
    Result<exporting::Dossier> dossier(const ExportRequest& request);
    /// The export as text (every format but PDF).
    Result<std::string> render(const ExportRequest& request);
    /// Writes the export to file (every format; PDF only with ExportGraphics::pdf).
    Result<ExportReport> write(const ExportRequest& request, const std::filesystem::path& file);

private:
    struct Rendered;

    exporting::SummaryDocument collectSummary(const ExportRequest& request);
    exporting::Dossier collectDossier(const ExportRequest& request);
    Rendered renderExport(const ExportRequest& request);

    std::filesystem::path m_library;
    ExportGraphics m_graphics;
    ExportProgressCallback m_progress;
    SearchService m_search;
};

} // namespace sayline::service
