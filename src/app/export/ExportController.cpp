// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportController.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

#include "export/pdf/PdfSummaryWriter.h"
#include "export/pdf/TimelineChart.h"
#include "service/SearchService.h"

namespace sayline::app {
namespace {

/// The library id of the article the reader shows, matched by file and title.
std::optional<store::RowId> libraryIdOf(service::SearchService& search, const model::Article& article)
{
    store::ArticleFilter filter;
    filter.limit = 1000000;
    const auto articles = search.articles(filter);
    if (!articles)
        return std::nullopt;
    for (const store::ArticleSummary& summary : articles.value()) {
        if (summary.file == article.file && summary.title == article.title)
            return summary.id;
    }
    return std::nullopt;
}

QString safeFileName(QString name)
{
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (QChar& c : name) {
        if (forbidden.contains(c) || c.isSpace())
            c = QLatin1Char('-');
    }
    return name.left(80);
}

} // namespace

ExportController::ExportController(std::filesystem::path library, QWidget* window)
    : QObject(window)
    , m_library(std::move(library))
    , m_window(window)
{
    setObjectName(QStringLiteral("exportController"));
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ExportController::onFinished);
}

ExportController::~ExportController()
{
    m_watcher.waitForFinished();
}

QString ExportController::askForFile(const QString& caption, const QString& suggestedName)
{
    const QStringList filters { tr("Markdown (*.md)"), tr("HTML (*.html)"), tr("PDF (*.pdf)"), tr("JSON (*.json)"),
                                tr("CSV for spreadsheets (*.csv)") };
    QString selected = filters.front();
    QString file
        = QFileDialog::getSaveFileName(m_window, caption, QDir::home().filePath(suggestedName + QStringLiteral(".md")),
                                       filters.join(QStringLiteral(";;")), &selected);
    if (file.isEmpty())
        return {};
    if (!service::exportFormatFromPath(file.toStdString())) {
        const int open = selected.lastIndexOf(QLatin1String("(*"));
        file += selected.mid(open + 2, selected.size() - open - 3);
    }
    return file;
}

void ExportController::exportSummaryDialog(const ArticleHandle& current)
{
    const QString name = current ? safeFileName(QString::fromStdString(current->article.title)) : tr("summary");
    const QString file = askForFile(tr("Export Summary"), name);
    if (!file.isEmpty())
        start({}, file, current);
}

void ExportController::exportDossierDialog(const QString& speaker)
{
    bool ok = false;
    const QString name
        = QInputDialog::getText(m_window, tr("Export Dossier"), tr("Speaker:"), QLineEdit::Normal, speaker, &ok)
              .trimmed();
    if (!ok || name.isEmpty())
        return;
    const QString file = askForFile(tr("Export Dossier"), safeFileName(name));
    if (file.isEmpty())
        return;
    service::ExportRequest request;
    request.speaker = name.toStdString();
    start(std::move(request), file);
}

bool ExportController::start(service::ExportRequest request, const QString& file, const ArticleHandle& current)
{
    if (isRunning())
        return false;
    const auto format = service::exportFormatFromPath(file.toStdString());
    request.format = format.value_or(service::ExportFormat::Markdown);
    request.csv.byteOrderMark = true; // spreadsheets opened from the GUI are most often Excel
    m_watcher.setFuture(QtConcurrent::run([library = m_library, request, file, current]() mutable {
        Outcome outcome;
        outcome.file = file;
        // The application's QGuiApplication gives the fonts that PDF and charts need.
        service::ExportService exporter(library,
                                        { &exporting::PdfSummaryWriter::render, &exporting::TimelineChart::svg });
        if (request.articleIds.empty() && !request.allArticles && !request.speaker) {
            service::SearchService search(library);
            const std::optional<store::RowId> id = current ? libraryIdOf(search, current->article) : std::nullopt;
            if (id)
                request.articleIds.push_back(*id);
            else
                request.allArticles = true;
        }
        const auto report = exporter.write(request, file.toStdString());
        if (report)
            outcome.report = report.value();
        else
            outcome.error = QString::fromStdString(report.error());
        return outcome;
    }));
    return true;
}

void ExportController::onFinished()
{
    const Outcome outcome = m_watcher.result();
    const QString name = QDir::toNativeSeparators(outcome.file);
    if (!outcome.error.isEmpty()) {
        Q_EMIT failed(tr("Could not export %1: %2").arg(name, outcome.error));
        return;
    }
    Q_EMIT exported(
        outcome.file,
        tr("Exported %1 (%n statement(s))", nullptr, static_cast<int>(outcome.report.statements)).arg(name));
}

} // namespace sayline::app
