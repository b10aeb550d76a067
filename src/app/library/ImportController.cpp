// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportController.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QPromise>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>
#include <filesystem>

namespace sayline::app {
namespace {

const QSet<QString>& articleExtensions()
{
    static const QSet<QString> extensions {
        QStringLiteral("txt"),    QStringLiteral("text"), QStringLiteral("md"),    QStringLiteral("markdown"),
        QStringLiteral("html"),   QStringLiteral("htm"),  QStringLiteral("xhtml"), QStringLiteral("shtml"),
        QStringLiteral("xml"),    QStringLiteral("rss"),  QStringLiteral("atom"),  QStringLiteral("nitf"),
        QStringLiteral("newsml"), QStringLiteral("mht"),  QStringLiteral("mhtml"),
    };
    return extensions;
}

/// Files that sit beside articles in collections but describe them instead of being one.
const QSet<QString>& documentationNames()
{
    static const QSet<QString> names {
        QStringLiteral("readme"),       QStringLiteral("license"),   QStringLiteral("licence"),
        QStringLiteral("copying"),      QStringLiteral("source"),    QStringLiteral("sources"),
        QStringLiteral("notice"),       QStringLiteral("changelog"), QStringLiteral("authors"),
        QStringLiteral("contributing"),
    };
    return names;
}

service::AnalysisOutcome failure(const QString& file, const QString& reason)
{
    service::AnalysisOutcome outcome;
    outcome.file = file.toStdString();
    outcome.error = reason.toStdString();
    return outcome;
}

/// The worker: runs on a pool thread, touches nothing but its arguments and the (const) service.
void runImport(QPromise<service::AnalysisOutcome>& promise, const service::AnalysisService& service,
               const QStringList& paths)
{
    QStringList files;
    std::vector<service::AnalysisOutcome> problems;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            const QStringList found = ImportController::articleFilesIn(path);
            if (found.isEmpty())
                problems.push_back(failure(path, ImportController::tr("no article files in this folder")));
            files.append(found);
        } else if (!info.exists()) {
            problems.push_back(failure(path, ImportController::tr("no such file or folder")));
        } else {
            files.append(path);
        }
        if (promise.isCanceled())
            return;
    }
    const int total = static_cast<int>(files.size() + problems.size());
    promise.setProgressRange(0, total);
    int done = 0;
    for (auto& problem : problems) {
        promise.addResult(std::move(problem));
        promise.setProgressValue(++done);
    }
    const analysis::AnalysisOptions options;
    for (const QString& file : files) {
        if (promise.isCanceled())
            return;
        promise.addResult(
            service.analyseFile(std::filesystem::path(file.toStdString()), ingest::Format::Auto, options));
        promise.setProgressValue(++done);
    }
}

} // namespace

ImportController::ImportController(const service::AnalysisService& service, QObject* parent)
    : QObject(parent)
    , m_service(service)
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
    QDirIterator it(folder, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        if (info.isHidden() || !articleExtensions().contains(info.suffix().toLower()))
            continue;
        if (documentationNames().contains(info.completeBaseName().toLower()))
            continue;
        files.append(info.filePath());
    }
    files.sort();
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
    const service::AnalysisService* service = &m_service;
    m_watcher.setFuture(QtConcurrent::run(
        [service, paths](QPromise<service::AnalysisOutcome>& promise) { runImport(promise, *service, paths); }));
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
        QList<ArticleHandle> articles;
        for (auto& analysed : outcome.articles)
            articles.append(std::make_shared<const model::AnalysedArticle>(std::move(analysed)));
        m_articleCount += static_cast<int>(articles.size());
        Q_EMIT articlesReady(articles);
    }
}

void ImportController::onFinished()
{
    const bool cancelled = m_watcher.isCanceled();
    m_running = false;
    Q_EMIT finished(m_current, m_articleCount, m_failureCount, cancelled);
    if (!m_pending.isEmpty())
        startNext();
    else
        Q_EMIT busyChanged(false);
}

} // namespace sayline::app
