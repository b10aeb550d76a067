// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportController.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

#include "DossierDialog.h"
#include "export/pdf/PdfSummaryWriter.h"
#include "export/pdf/TimelineChart.h"

namespace sayline::app {
namespace {

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

void ExportController::exportSummaryDialog(std::optional<store::RowId> current, const QString& title)
{
    const QString name = current ? safeFileName(title) : tr("summary");
    const QString file = askForFile(current ? tr("Export Summary") : tr("Export Summary of the Library"), name);
    if (file.isEmpty())
        return;
    service::ExportRequest request;
    if (current)
        request.articleIds.push_back(*current);
    start(std::move(request), file);
}

void ExportController::exportDossierDialog(const QString& speaker)
{
    DossierDialog dialog(m_library, speaker, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString file = askForFile(tr("Export Dossier"), safeFileName(dialog.speaker()));
    if (file.isEmpty())
        return;
    service::ExportRequest request;
    request.speaker = dialog.speaker().toStdString();
    request.from = dialog.from();
    request.to = dialog.to();
    start(std::move(request), file);
}

bool ExportController::start(service::ExportRequest request, const QString& file)
{
    if (isRunning())
        return false;
    const auto format = service::exportFormatFromPath(file.toStdString());
    request.format = format.value_or(service::ExportFormat::Markdown);
    request.csv.byteOrderMark = true; // spreadsheets opened from the GUI are most often Excel
    if (request.articleIds.empty() && !request.speaker)
        request.allArticles = true;
    m_watcher.setFuture(QtConcurrent::run([library = m_library, request, file]() mutable {
        Outcome outcome;
        outcome.file = file;
        // The application's QGuiApplication gives the fonts that PDF and charts need.
        service::ExportService exporter(library,
                                        { &exporting::PdfSummaryWriter::render, &exporting::TimelineChart::svg });
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
    const int statements = static_cast<int>(outcome.report.statements);
    Q_EMIT exported(outcome.file,
                    statements == 1 ? tr("Exported %1 (1 statement)").arg(name)
                                    : tr("Exported %1 (%2 statements)").arg(name).arg(statements));
}

} // namespace sayline::app
