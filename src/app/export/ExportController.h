// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <filesystem>

#include "service/ExportService.h"

class QWidget;

namespace sayline::app {

/// File→Export Summary… and Speaker→Export Dossier…: asks for a file (the format follows its extension: md, html,
/// pdf, json, csv) and runs the ExportService off the GUI thread, one export at a time.
class ExportController : public QObject
{
    Q_OBJECT

public:
    ExportController(std::filesystem::path library, QWidget* window);
    ~ExportController() override;

    /// A summary of the article being read (its library id and title), or of every article in the library.
    void exportSummaryDialog(std::optional<store::RowId> current, const QString& title);
    /// The dossier of a speaker the user picks (suggested: speaker).
    void exportDossierDialog(const QString& speaker);

    /// Exports in the background to file (format from its extension). A request without articles, speaker or
    /// "all" means every article. False when busy.
    bool start(service::ExportRequest request, const QString& file);
    bool isRunning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    /// The export is written; message says what it holds.
    void exported(const QString& file, const QString& message);
    void failed(const QString& message);

private:
    struct Outcome
    {
        QString file;
        QString error;
        service::ExportReport report;
    };

    /// A save dialog; "" when cancelled. The extension of the chosen filter is added when the name has none.
    QString askForFile(const QString& caption, const QString& suggestedName);
    void onFinished();

    std::filesystem::path m_library;
    QWidget* m_window;
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace sayline::app
