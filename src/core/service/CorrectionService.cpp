// SPDX-License-Identifier: GPL-3.0-or-later
#include "CorrectionService.h"

#include "LibraryStore.h"
#include "store/ArticleRepository.h"
#include "store/ArticleWriter.h"
#include "store/CorrectionWriter.h"
#include "store/Library.h"
#include "store/Transaction.h"

namespace sayline::service {
namespace {

constexpr std::size_t kArticlesPerTransaction = 100;

/// Corrections, their undo and re-analysis work on the library file; on a team archive they are not implemented
/// yet (docs/team-archive.md), and an archive address must never be taken for a file name.
void requireLibraryFile(const std::filesystem::path& library)
{
    if (isTeamArchive(library))
        throw Error(ErrorCode::Unsupported, "corrections and re-analysis on a team archive are not implemented yet");
}

/// Runs edit on a CorrectionWriter inside one transaction of a fresh write connection, recording what it changes.
template <typename Edit> Result<CorrectionReceipt> editLibrary(const std::filesystem::path& library, Edit edit)
{
    return capture([&] {
        requireLibraryFile(library);
        store::Database db = store::openLibrary(library, store::OpenMode::Existing);
        store::Transaction transaction(db);
        store::ChangeRecorder recorder(db);
        store::CorrectionWriter writer(db);
        CorrectionReceipt receipt;
        receipt.entity = edit(writer);
        receipt.changes = recorder.changes();
        transaction.commit();
        return receipt;
    });
}

Result<Done> applyChanges(const std::filesystem::path& library, const store::Changeset& changes)
{
    return capture([&] {
        requireLibraryFile(library);
        store::Database db = store::openLibrary(library, store::OpenMode::Existing);
        // The changeset holds every row the edit touched, the cascaded ones too: cascades firing again while it
        // is applied would remove rows it is about to remove itself and read as a conflict. The keys are
        // checked as a whole before the commit instead.
        db.exec("PRAGMA foreign_keys = OFF");
        store::Transaction transaction(db);
        changes.applyTo(db);
        if (db.prepare("PRAGMA foreign_key_check").step())
            throw Error(ErrorCode::Conflict, "the library changed since this edit (a reference would dangle)");
        transaction.commit();
        return Done {};
    });
}

} // namespace

CorrectionService::CorrectionService(const analysis::Analyzer& analyzer, std::filesystem::path library)
    : m_analyzer(analyzer)
    , m_library(std::move(library))
{
}

Result<CorrectionReceipt> CorrectionService::merge(store::RowId keep, store::RowId other)
{
    return editLibrary(m_library, [&](store::CorrectionWriter& writer) {
        writer.merge(keep, other);
        return store::RowId { 0 };
    });
}

Result<CorrectionReceipt> CorrectionService::split(store::RowId entity, const std::vector<store::RowId>& articleIds)
{
    return editLibrary(m_library, [&](store::CorrectionWriter& writer) { return writer.split(entity, articleIds); });
}

Result<CorrectionReceipt> CorrectionService::reassign(store::RowId statement, store::RowId entity)
{
    return editLibrary(m_library, [&](store::CorrectionWriter& writer) {
        writer.reassign(statement, entity);
        return store::RowId { 0 };
    });
}

Result<CorrectionReceipt> CorrectionService::deleteStatement(store::RowId statement)
{
    return editLibrary(m_library, [&](store::CorrectionWriter& writer) {
        writer.deleteStatement(statement);
        return store::RowId { 0 };
    });
}

Result<CorrectionReceipt> CorrectionService::rename(store::RowId entity, const std::string& name)
{
    return editLibrary(m_library, [&](store::CorrectionWriter& writer) {
        writer.rename(entity, name);
        return store::RowId { 0 };
    });
}

Result<Done> CorrectionService::undo(const CorrectionReceipt& correction)
{
    return applyChanges(m_library, correction.changes.inverted());
}

Result<Done> CorrectionService::redo(const CorrectionReceipt& correction)
{
    return applyChanges(m_library, correction.changes);
}

Result<std::size_t> CorrectionService::incompleteArticles()
{
    return capture([&] {
        requireLibraryFile(m_library);
        store::Database db = store::openLibrary(m_library, store::OpenMode::Existing);
        return store::ArticleRepository(db).staleIds().size();
    });
}

Result<ReanalysisReport>
CorrectionService::completeIncompleteArticles(const std::function<void(std::size_t, std::size_t)>& progress,
                                              const std::atomic<bool>* cancel)
{
    const Result<std::vector<store::RowId>> stale = capture([&] {
        requireLibraryFile(m_library);
        store::Database db = store::openLibrary(m_library, store::OpenMode::Existing);
        return store::ArticleRepository(db).staleIds();
    });
    if (!stale)
        return Result<ReanalysisReport>::failure(stale.code(), stale.error());
    if (stale->empty())
        return ReanalysisReport {};
    return reanalyse(stale.value(), progress, cancel);
}

Result<ReanalysisReport> CorrectionService::reanalyse(const std::vector<store::RowId>& ids,
                                                      const std::function<void(std::size_t, std::size_t)>& progress,
                                                      const std::atomic<bool>* cancel)
{
    return capture([&] {
        requireLibraryFile(m_library);
        store::Database db = store::openLibrary(m_library, store::OpenMode::Existing);
        store::ArticleRepository articles(db);
        store::ArticleWriter writer(db);
        const std::vector<store::RowId> targets = ids.empty() ? articles.allIds() : ids;
        for (store::RowId id : targets) {
            if (!articles.get(id))
                throw Error(ErrorCode::NotFound, "no article " + std::to_string(id) + " in the library");
        }
        ReanalysisReport report;
        for (std::size_t start = 0; start < targets.size(); start += kArticlesPerTransaction) {
            if (cancel && cancel->load()) {
                report.cancelled = true;
                break;
            }
            store::Transaction transaction(db);
            const std::size_t end = std::min(targets.size(), start + kArticlesPerTransaction);
            for (std::size_t i = start; i < end; ++i) {
                std::optional<store::StoredArticle> stored = articles.get(targets[i]);
                const model::AnalysedArticle analysed = m_analyzer.analyse(stored->article);
                writer.replaceAnalysis(targets[i], analysed);
                ++report.articles;
                report.statements += analysed.statements.size();
            }
            transaction.commit();
            if (progress)
                progress(end, targets.size());
        }
        return report;
    });
}

} // namespace sayline::service
