// SPDX-License-Identifier: GPL-3.0-or-later
#include "CorrectionService.h"

#include <set>

#include "LibraryStore.h"
#include "store/CorrectionWriter.h"
#include "store/Library.h"
#include "store/SqliteStore.h"
#include "store/Transaction.h"

namespace sayline::service {
namespace {

constexpr std::size_t kArticlesPerTransaction = 100;

/// Undo, split and rename work on the library file only (SQLite's session changesets); an archive address must
/// never be taken for a file name.
void requireLibraryFile(const std::filesystem::path& library, const char* what)
{
    if (isTeamArchive(library))
        throw Error(ErrorCode::Unsupported, std::string(what) + " on a team archive is not implemented yet");
}

/// Runs edit on a CorrectionWriter inside one transaction of a fresh write connection, recording what it changes.
template <typename Edit>
Result<CorrectionReceipt> editLibrary(const std::filesystem::path& library, const char* what, Edit edit)
{
    return capture([&] {
        requireLibraryFile(library, what);
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

/// Runs edit on the store: on a library file inside one transaction that records what it changes (for undo), on a
/// team archive as the store's own versioned transaction (no undo there: another user may have built on it).
template <typename Edit> Result<CorrectionReceipt> editStore(const std::filesystem::path& library, Edit edit)
{
    return capture([&] {
        CorrectionReceipt receipt;
        if (isTeamArchive(library)) {
            const std::unique_ptr<store::Store> archive = openStore(library, store::OpenMode::Existing);
            edit(*archive);
            return receipt;
        }
        store::SqliteStore file(library, store::OpenMode::Existing);
        store::Database& db = file.database();
        store::Transaction transaction(db);
        store::ChangeRecorder recorder(db);
        edit(file);
        receipt.changes = recorder.changes();
        transaction.commit();
        return receipt;
    });
}

Result<Done> applyChanges(const std::filesystem::path& library, const store::Changeset& changes)
{
    return capture([&] {
        requireLibraryFile(library, "undo");
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

Result<CorrectionReceipt> CorrectionService::merge(store::RowId keep, store::RowId other,
                                                  const store::SeenVersions& seen)
{
    return editStore(m_library, [&](store::Store& store) { store.mergeEntities(keep, other, seen); });
}

Result<CorrectionReceipt> CorrectionService::split(store::RowId entity, const std::vector<store::RowId>& articleIds)
{
    return editLibrary(m_library, "separating an entity",
                       [&](store::CorrectionWriter& writer) { return writer.split(entity, articleIds); });
}

Result<CorrectionReceipt> CorrectionService::reassign(store::RowId statement, store::RowId entity,
                                                     std::optional<int> seenVersion)
{
    return editStore(m_library, [&](store::Store& store) { store.reassignStatement(statement, entity, seenVersion); });
}

Result<CorrectionReceipt> CorrectionService::deleteStatement(store::RowId statement, std::optional<int> seenVersion)
{
    return editStore(m_library, [&](store::Store& store) { store.deleteStatement(statement, seenVersion); });
}

Result<CorrectionReceipt> CorrectionService::rename(store::RowId entity, const std::string& name)
{
    return editLibrary(m_library, "renaming an entity", [&](store::CorrectionWriter& writer) {
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
    return capture([&] { return openStore(m_library, store::OpenMode::Existing)->articleIds(true).size(); });
}

Result<ReanalysisReport>
CorrectionService::completeIncompleteArticles(const std::function<void(std::size_t, std::size_t)>& progress,
                                              const std::atomic<bool>* cancel)
{
    const Result<std::vector<store::RowId>> stale
        = capture([&] { return openStore(m_library, store::OpenMode::Existing)->articleIds(true); });
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
        const std::unique_ptr<store::Store> library = openStore(m_library, store::OpenMode::Existing);
        const std::vector<store::RowId> stored = library->articleIds(false);
        const std::vector<store::RowId> targets = ids.empty() ? stored : ids;
        if (!ids.empty()) {
            const std::set<store::RowId> known(stored.begin(), stored.end());
            for (store::RowId id : targets) {
                if (!known.count(id))
                    throw Error(ErrorCode::NotFound,
                                "no article " + std::to_string(id) + " in " + library->location());
            }
        }
        ReanalysisReport report;
        // Each batch is analysed first and written in one transaction after, so the library (or the archive's
        // rows) is not held while the analysis runs.
        for (std::size_t start = 0; start < targets.size(); start += kArticlesPerTransaction) {
            if (cancel && cancel->load()) {
                report.cancelled = true;
                break;
            }
            const std::size_t end = std::min(targets.size(), start + kArticlesPerTransaction);
            std::vector<std::pair<store::RowId, model::AnalysedArticle>> analyses;
            analyses.reserve(end - start);
            for (std::size_t i = start; i < end; ++i) {
                std::optional<store::StoredAnalysis> article = library->article(targets[i]);
                if (!article)
                    throw Error(ErrorCode::NotFound,
                                "no article " + std::to_string(targets[i]) + " in " + library->location());
                analyses.emplace_back(targets[i], m_analyzer.analyse(article->analysis.article));
                report.statements += analyses.back().second.statements.size();
            }
            library->replaceAnalyses(analyses);
            report.articles += analyses.size();
            if (progress)
                progress(end, targets.size());
        }
        return report;
    });
}

} // namespace sayline::service
