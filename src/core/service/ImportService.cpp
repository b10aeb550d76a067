// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportService.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

#include "ContentHash.h"
#include "OrderedWorkers.h"
#include "model/Error.h"
#include "LibraryStore.h"

namespace sayline::service {
namespace {

/// An analysed input with the content hash of each of its articles, computed on the analysis thread so that the
/// writer (the one thread every article passes through) spends its time writing.
struct HashedOutcome
{
    AnalysisOutcome outcome;
    std::vector<std::string> hashes; ///< contentHash of outcome.articles[i]
};

/// Analysed inputs handed from the analysis threads to the writer; bounded so memory stays flat.
class OutcomeQueue
{
public:
    explicit OutcomeQueue(std::size_t capacity)
        : m_capacity(capacity)
    {
    }

    void push(HashedOutcome outcome)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [&] { return m_items.size() < m_capacity || m_closed; });
        if (m_closed)
            return;
        m_items.push_back(std::move(outcome));
        m_notEmpty.notify_one();
    }

    enum class Pop
    {
        Item,
        TimedOut,
        Finished, ///< every producer is done and the queue is drained, or it was closed
    };

    /// Waits up to timeout for the next outcome.
    Pop pop(std::chrono::milliseconds timeout, HashedOutcome& outcome)
    {
        std::unique_lock lock(m_mutex);
        if (!m_notEmpty.wait_for(lock, timeout, [&] { return !m_items.empty() || m_producers == 0 || m_closed; }))
            return Pop::TimedOut;
        if (m_items.empty() || m_closed)
            return Pop::Finished;
        outcome = std::move(m_items.front());
        m_items.pop_front();
        m_notFull.notify_one();
        return Pop::Item;
    }

    void addProducers(int count)
    {
        std::lock_guard lock(m_mutex);
        m_producers += count;
    }

    void producerDone()
    {
        std::lock_guard lock(m_mutex);
        --m_producers;
        m_notEmpty.notify_all();
    }

    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_notEmpty.notify_all();
        m_notFull.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_notEmpty;
    std::condition_variable m_notFull;
    std::deque<HashedOutcome> m_items;
    std::size_t m_capacity;
    int m_producers = 0;
    bool m_closed = false;
};

using QueuePop = OutcomeQueue::Pop;
constexpr std::chrono::milliseconds kCommitWhenIdle { 200 };

} // namespace

ImportService::ImportService(const analysis::Analyzer& analyzer, std::filesystem::path library)
    : m_analyzer(analyzer)
    , m_library(std::move(library))
{
}

ImportReport ImportService::importPaths(const std::vector<std::filesystem::path>& inputs, const ImportOptions& options,
                                        const ImportProgressCallback& progress, const std::atomic<bool>* cancel) const
{
    const ArticleFileList list = collectArticleFiles(inputs);
    const AnalysisService analysis(m_analyzer);
    ImportReport report = importOutcomes(
        list.files.size(),
        [&](std::size_t i) { return analysis.analyseFile(list.files[i], options.format, options.analysis); }, options,
        progress, cancel);
    report.failures.insert(report.failures.begin(), list.failures.begin(), list.failures.end());
    return report;
}

ImportReport ImportService::importOutcomes(std::size_t count,
                                           const std::function<AnalysisOutcome(std::size_t)>& produce,
                                           const ImportOptions& options, const ImportProgressCallback& progress,
                                           const std::atomic<bool>* cancel) const
{
    ImportReport report;
    auto cancelled = [&] { return cancel && cancel->load(); };
    std::unique_ptr<store::Store> library;
    std::unique_ptr<store::ImportBatch> batch;
    try {
        library = openStore(m_library, store::OpenMode::Create);
        library->open();
    } catch (const Error& error) {
        report.error = error.what();
        return report;
    }

    OutcomeQueue queue(64);
    std::atomic<std::size_t> next { 0 };
    const int threads = static_cast<int>(std::min<std::size_t>(
        static_cast<std::size_t>(workerCount(options.analysisThreads)), std::max<std::size_t>(count, 1)));
    queue.addProducers(threads);
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&] {
            for (std::size_t i = next++; i < count && !cancelled(); i = next++) {
                HashedOutcome item;
                AnalysisOutcome& outcome = item.outcome;
                try {
                    outcome = produce(i);
                    item.hashes.reserve(outcome.articles.size());
                    for (const model::AnalysedArticle& article : outcome.articles)
                        item.hashes.push_back(contentHash(article.article));
                } catch (const std::exception& error) {
                    outcome = {};
                    outcome.file = "input " + std::to_string(i + 1);
                    outcome.error = error.what();
                }
                queue.push(std::move(item));
            }
            queue.producerDone();
        });
    }

    ImportProgress state;
    state.inputsTotal = count;
    int inTransaction = 0;
    // Articles count as added or present once their batch is committed: a batch that fails (disk full) is
    // rolled back, and the report must not claim its articles.
    std::size_t pendingAdded = 0;
    std::size_t pendingPresent = 0;
    std::vector<ImportedArticle> pendingArticles;
    auto commit = [&] {
        if (batch) {
            batch->commit();
            batch.reset();
        }
        report.added += pendingAdded;
        report.present += pendingPresent;
        report.articles.insert(report.articles.end(), pendingArticles.begin(), pendingArticles.end());
        pendingArticles.clear();
        pendingAdded = 0;
        pendingPresent = 0;
        inTransaction = 0;
    };
    try {
        while (true) {
            // A batch is committed when full, or when the analysis keeps the writer waiting (readers then see
            // the articles within a fraction of a second without every article costing a commit).
            HashedOutcome item;
            QueuePop popped = queue.pop(kCommitWhenIdle, item);
            if (popped == QueuePop::TimedOut) {
                commit();
                popped = queue.pop(std::chrono::hours(24 * 365), item);
            }
            const AnalysisOutcome* outcome = &item.outcome;
            if (popped != QueuePop::Item || cancelled())
                break;
            state.currentFile = outcome->file;
            for (const std::string& warning : outcome->warnings)
                report.warnings.push_back({ outcome->file, warning });
            if (!outcome->ok()) {
                report.failures.push_back({ outcome->file, outcome->error });
            } else {
                for (std::size_t a = 0; a < outcome->articles.size(); ++a) {
                    const model::AnalysedArticle& article = outcome->articles[a];
                    if (!batch)
                        batch = library->beginImport();
                    try {
                        const store::WriteResult written = batch->add(article, item.hashes[a]);
                        ++(written.added ? pendingAdded : pendingPresent);
                        pendingArticles.push_back({ outcome->file, article.article.item, written.articleId });
                    } catch (const Error& error) {
                        if (error.code() == ErrorCode::Database && !batch->alive())
                            throw; // the batch itself is gone (disk full, I/O error)
                        report.failures.push_back({ outcome->file, error.what() });
                    }
                    if (++inTransaction >= options.articlesPerTransaction)
                        commit();
                }
            }
            ++state.inputsDone;
            state.added = report.added + pendingAdded;
            state.present = report.present + pendingPresent;
            state.failed = report.failures.size();
            if (progress)
                progress(state);
        }
        commit();
    } catch (const std::exception& error) {
        report.error = error.what();
        if (pendingAdded > 0)
            report.error += " (" + std::to_string(pendingAdded) + " new article" + (pendingAdded == 1 ? "" : "s")
                + " of the batch being written were not stored)";
    }
    queue.close();
    for (auto& worker : workers)
        worker.join();
    report.cancelled = cancelled();
    return report;
}

} // namespace sayline::service
