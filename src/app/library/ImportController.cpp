// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportController.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <atomic>
#include <filesystem>
#include <mutex>
#include <set>

#include "service/ImportService.h"

namespace sayline::app {
namespace {

service::AnalysisOutcome failure(const QString& file, const QString& reason)
{
    service::AnalysisOutcome outcome;
    outcome.file = file.toStdString();
    outcome.error = reason.toStdString();
    return outcome;
}

/// Analyses every file and writes the articles to the library; falls back to analysing without it when the
/// library cannot be opened. Runs on the worker thread; the ImportService adds its own analysis thread.
void analyseIntoLibrary(QPromise<service::AnalysisOutcome>& promise, const AppContext& context,
                        const std::vector<std::filesystem::path>& files, int done, QObject* controller)
{
    const analysis::AnalysisOptions analysisOptions;
    const service::ImportService importer(context.analyzer, *context.library);
    service::ImportOptions options;
    options.analysisThreads = 1; // results reach the list in file order, and the GUI keeps a core
    std::atomic<bool> cancel { false };
    std::mutex mutex;
    std::set<std::string> unreadable;
    std::vector<bool> produced(files.size(), false);
    service::ImportReport report;
    try {
        report = importer.importOutcomes(
            files.size(),
            [&](std::size_t i) {
                service::AnalysisOutcome outcome
                    = context.analysis.analyseFile(files[i], ingest::Format::Auto, analysisOptions);
                {
                    const std::lock_guard lock(mutex);
                    produced[i] = true;
                    if (!outcome.ok())
                        unreadable.insert(outcome.file);
                }
                promise.addResult(outcome); // a copy for the window; the original goes to the library
                if (promise.isCanceled())
                    cancel = true;
                return outcome;
            },
            options,
            [&](const service::ImportProgress& progress) {
                promise.setProgressValue(done + static_cast<int>(progress.inputsDone));
                if (promise.isCanceled())
                    cancel = true;
            },
            &cancel);
    } catch (const std::exception& error) { // nothing may escape the worker: the window would never hear of it
        report.error = error.what();
    }

    QStringList problems;
    if (!report.error.empty())
        problems.append(QString::fromStdString(report.error));
    for (const service::ImportFailure& failure : report.failures) {
        if (!unreadable.contains(failure.file)) // unreadable files were reported with their outcome already
            problems.append(QStringLiteral("%1: %2").arg(QString::fromStdString(failure.file),
                                                         QString::fromStdString(failure.reason)));
    }
    for (const QString& problem : std::as_const(problems)) {
        QMetaObject::invokeMethod(
            controller,
            [controller, problem] { Q_EMIT static_cast<ImportController*>(controller)->libraryFailed(problem); },
            Qt::QueuedConnection);
    }
    // Files the library never got to (it could not be opened, or failed part-way) still open for the session.
    int opened = done + static_cast<int>(std::count(produced.begin(), produced.end(), true));
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (promise.isCanceled())
            return;
        if (produced[i])
            continue;
        promise.addResult(context.analysis.analyseFile(files[i], ingest::Format::Auto, analysisOptions));
        promise.setProgressValue(++opened);
    }
}

/// The worker: runs on a pool thread, touches nothing but its arguments and the (const) services.
void runImport(QPromise<service::AnalysisOutcome>& promise, const AppContext& context, const QStringList& paths,
               QObject* controller)
{
    std::vector<std::filesystem::path> filePaths;
    std::vector<service::AnalysisOutcome> problems;
    for (const QString& path : paths) {
        const service::ArticleFileList list
            = service::collectArticleFiles({ std::filesystem::path(path.toStdString()) });
        filePaths.insert(filePaths.end(), list.files.begin(), list.files.end());
        for (const service::FileFailure& problem : list.failures)
            problems.push_back(failure(QString::fromStdString(problem.file), QString::fromStdString(problem.reason)));
        if (promise.isCanceled())
            return;
    }
    const int total = static_cast<int>(filePaths.size() + problems.size());
    promise.setProgressRange(0, total);
    int done = 0;
    for (auto& problem : problems) {
        promise.addResult(std::move(problem));
        promise.setProgressValue(++done);
    }
    if (context.library && !filePaths.empty()) {
        analyseIntoLibrary(promise, context, filePaths, done, controller);
        return;
    }
    const analysis::AnalysisOptions options;
    for (const auto& file : filePaths) {
        if (promise.isCanceled())
            return;
        promise.addResult(context.analysis.analyseFile(file, ingest::Format::Auto, options));
        promise.setProgressValue(++done);
    }
}

} // namespace

ImportController::ImportController(const AppContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{
    connect(&m_watcher, &QFutureWatcherBase::resultsReadyAt, this, &ImportController::onResults);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ImportController::onFinished);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this](int value) { Q_EMIT progressChanged(value, m_watcher.progressMaximum()); });
    connect(&m_watcher, &QFutureWatcherBase::progressRangeChanged, this,
            [this](int, int maximum) { Q_EMIT progressChanged(m_watcher.progressValue(), maximum); });
}

ImportController::~ImportController()
{
    m_pending.clear();
    m_watcher.disconnect(this);
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void ImportController::import(const QStringList& paths)
{
    if (paths.isEmpty())
        return;
    const bool wasBusy = isBusy();
    m_pending.append(paths);
    if (!m_running)
        startNext();
    if (!wasBusy)
        Q_EMIT busyChanged(true);
}

QStringList ImportController::articleFilesIn(const QString& folder)
{
    QStringList files;
    for (const auto& file : service::collectArticleFiles({ std::filesystem::path(folder.toStdString()) }).files)
        files.append(QString::fromStdString(file.string()));
    return files;
}

void ImportController::cancel()
{
    m_pending.clear();
    m_watcher.cancel();
}

void ImportController::startNext()
{
    m_running = true;
    m_current = m_pending.takeFirst();
    const QStringList paths = m_current;
    m_articleCount = 0;
    m_failureCount = 0;
    Q_EMIT progressChanged(0, 0);
    // The context holds references to what main() owns; the controller waits for the worker before it dies.
    m_watcher.setFuture(
        QtConcurrent::run([context = m_context, paths, self = this](QPromise<service::AnalysisOutcome>& promise) {
            runImport(promise, context, paths, self);
        }));
}

void ImportController::onResults(int begin, int end)
{
    for (int i = begin; i < end; ++i) {
        service::AnalysisOutcome outcome = m_watcher.resultAt(i);
        const QString file = QString::fromStdString(outcome.file);
        if (!outcome.ok()) {
            ++m_failureCount;
            Q_EMIT fileFailed(file, QString::fromStdString(outcome.error));
            continue;
        }
        for (const std::string& warning : outcome.warnings)
            Q_EMIT fileWarned(file, QString::fromStdString(warning));
        QList<ArticleHandle> articles;
        for (auto& analysed : outcome.articles)
            articles.append(std::make_shared<const model::AnalysedArticle>(std::move(analysed)));
        m_articleCount += static_cast<int>(articles.size());
        Q_EMIT articlesReady(articles);
    }
}

void ImportController::onFinished()
{
    if (!m_running) // the empty future set below reports itself finished too
        return;
    const bool cancelled = m_watcher.isCanceled();
    m_running = false;
    Q_EMIT finished(m_current, m_articleCount, m_failureCount, cancelled);
    if (!m_pending.isEmpty()) {
        startNext();
    } else {
        // Drop the finished future: it still holds a copy of every article, which the list has already.
        m_watcher.setFuture(QFuture<service::AnalysisOutcome>());
        Q_EMIT busyChanged(false);
    }
}

} // namespace sayline::app
