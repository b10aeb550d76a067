// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include "AppContext.h"
#include "common/ArticleHandle.h"
#include "service/AnalysisService.h"

namespace sayline::app {

/// Opens and imports files and folders off the GUI thread: one worker (QtConcurrent::run with a QPromise)
/// walks the inputs, analyses each file through the AnalysisService and reports every file as it is done.
/// With a library, the same analysed articles are written to it by the ImportService (no second analysis).
/// A file that fails is reported with its reason and the rest go on. Requests made while busy are queued.
class ImportController : public QObject
{
    Q_OBJECT

public:
    explicit ImportController(const AppContext& context, QObject* parent = nullptr);
    ~ImportController() override;

    /// Files are read whatever their name; folders are walked recursively for article files.
    void import(const QStringList& paths);
    bool isBusy() const { return m_running || !m_pending.isEmpty(); }

    /// The article files in a folder and its subfolders, sorted (service::collectArticleFiles: the same rule
    /// as the command line's import).
    static QStringList articleFilesIn(const QString& folder);

public Q_SLOTS:
    /// Stops after the file being analysed; what was done so far stays open.
    void cancel();

Q_SIGNALS:
    void busyChanged(bool busy);
    void progressChanged(int done, int total);
    void articlesReady(const QList<sayline::app::ArticleHandle>& articles);
    void fileFailed(const QString& file, const QString& reason);
    /// A file was read with a caveat the user should know (bytes replaced, feed items without text skipped).
    void fileWarned(const QString& file, const QString& message);
    /// The library could not be opened or written; the articles are still open for this session.
    void libraryFailed(const QString& message);
    /// One import request is over (all files done, or cancelled).
    void finished(const QStringList& paths, int articleCount, int failureCount, bool cancelled);

private:
    void startNext();
    void onResults(int begin, int end);
    void onFinished();

    AppContext m_context;
    QFutureWatcher<service::AnalysisOutcome> m_watcher;
    QList<QStringList> m_pending;
    QStringList m_current;
    bool m_running = false; ///< set at start, cleared when the watcher has delivered everything
    int m_articleCount = 0;
    int m_failureCount = 0;
};

} // namespace sayline::app
