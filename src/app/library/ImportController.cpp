// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportController.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace sayline::app {
namespace {

constexpr qint64 kStoredSignalMs = 2000;

} // namespace

ImportController::ImportController(const AppContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ImportController::onFinished);
}

ImportController::~ImportController()
{
    m_pending.clear();
    if (m_cancel)
        *m_cancel = true;
    m_watcher.disconnect(this);
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

void ImportController::cancel()
{
    m_pending.clear();
    if (m_cancel)
        *m_cancel = true;
}

void ImportController::startNext()
{
    m_running = true;
    m_current = m_pending.takeFirst();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    Q_EMIT progressChanged(0, 0, QString());
    std::vector<std::filesystem::path> inputs;
    for (const QString& path : std::as_const(m_current))
        inputs.emplace_back(path.toStdString());
    // The context holds references to what main() owns; the controller waits for the worker before it dies.
    m_watcher.setFuture(QtConcurrent::run([context = m_context, inputs, cancel = m_cancel, self = this] {
        QElapsedTimer sinceStored;
        sinceStored.start();
        std::size_t stored = 0;
        auto progress = [&](const service::ImportProgress& state) {
            const QString file = QString::fromStdString(state.currentFile);
            const int done = static_cast<int>(state.inputsDone);
            const int total = static_cast<int>(state.inputsTotal);
            QMetaObject::invokeMethod(
                self, [self, done, total, file] { Q_EMIT self->progressChanged(done, total, file); },
                Qt::QueuedConnection);
            if (state.added > stored && sinceStored.elapsed() > kStoredSignalMs) {
                stored = state.added;
                sinceStored.restart();
                QMetaObject::invokeMethod(
                    self, [self] { Q_EMIT self->articlesStored(); }, Qt::QueuedConnection);
            }
        };
        try {
            return service::ImportService(context.analyzer, *context.library)
                .importPaths(inputs, {}, progress, cancel.get());
        } catch (const std::exception& error) { // nothing may escape the worker: the window would never hear of it
            service::ImportReport report;
            report.error = error.what();
            return report;
        }
    }));
}

void ImportController::onFinished()
{
    if (!m_running)
        return;
    m_running = false;
    const service::ImportReport report = m_watcher.result();
    for (const service::ImportFailure& failure : report.failures)
        Q_EMIT fileFailed(QString::fromStdString(failure.file), QString::fromStdString(failure.reason));
    for (const service::FileFailure& warning : report.warnings)
        Q_EMIT fileWarned(QString::fromStdString(warning.file), QString::fromStdString(warning.reason));
    if (!report.error.empty())
        Q_EMIT libraryFailed(QString::fromStdString(report.error));
    QList<qint64> ids;
    for (const service::ImportedArticle& article : report.articles)
        ids.append(article.id);
    Q_EMIT finished(m_current, ids, static_cast<int>(report.added), static_cast<int>(report.failures.size()),
                    report.cancelled);
    if (!m_pending.isEmpty()) {
        startNext();
    } else {
        m_watcher.setFuture(QFuture<service::ImportReport>());
        Q_EMIT busyChanged(false);
    }
}

} // namespace sayline::app
