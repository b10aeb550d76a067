// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include "AppContext.h"
#include "service/ImportService.h"

namespace sayline::app {

/// Imports files and folders into the library off the GUI thread, through the ImportService (which walks the
/// folders, analyses on a pool of threads and writes in batches). Progress is reported as it goes; a file that
/// fails is reported with its reason and the rest go on. Requests made while busy are queued. Nothing here
/// touches the article being read.
class ImportController : public QObject
{
    Q_OBJECT

public:
    explicit ImportController(const AppContext& context, QObject* parent = nullptr);
    ~ImportController() override;

    /// Files are read whatever their name; folders are walked recursively for article files.
    void import(const QStringList& paths);
    bool isBusy() const { return m_running || !m_pending.isEmpty(); }

public Q_SLOTS:
    /// Stops after the articles being written; what was stored so far stays.
    void cancel();

Q_SIGNALS:
    void busyChanged(bool busy);
    void progressChanged(int done, int total, const QString& currentFile);
    /// Some articles were committed to the library (at most every couple of seconds while importing).
    void articlesStored();
    void fileFailed(const QString& file, const QString& reason);
    /// A file imported with a caveat (bytes replaced, feed items without text skipped).
    void fileWarned(const QString& file, const QString& message);
    /// The library itself could not be opened or written (disk full): the import stopped.
    void libraryFailed(const QString& message);
    /// One import request is over. articleIds: every article of the inputs, new or already stored.
    void finished(const QStringList& paths, const QList<qint64>& articleIds, int added, int failureCount,
                  bool cancelled);

private:
    void startNext();
    void onFinished();

    AppContext m_context;
    QFutureWatcher<service::ImportReport> m_watcher;
    QList<QStringList> m_pending;
    QStringList m_current;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_running = false;
};

} // namespace sayline::app
