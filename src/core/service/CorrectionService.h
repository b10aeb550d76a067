// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <filesystem>
#include <functional>
#include <optional>
#include <vector>

#include "Result.h"
#include "analysis/Analyzer.h"
#include "store/Changeset.h"
#include "store/Records.h"
#include "store/Store.h"

namespace sayline::service {

/// What a re-analysis did.
struct ReanalysisReport
{
    std::size_t articles = 0;
    std::size_t statements = 0;
    bool cancelled = false;
};

/// A correction as it was made: every row it changed, so that it can be undone and redone exactly.
struct CorrectionReceipt
{
    store::Changeset changes;
    store::RowId entity = 0; ///< split: the new entity
};

/// The user's corrections (stored as edits that survive re-analysis), their undo, and re-analysis itself, on a
/// library file or a team archive. On an archive a correction may name the row versions the user saw (nullopt:
/// whatever is stored now): when another user changed the row since, it fails with ErrorCode::Conflict naming the
/// current state and changes nothing. Undo, split and rename are for library files only.
class CorrectionService
{
public:
    CorrectionService(const analysis::Analyzer& analyzer, std::filesystem::path library);

    /// `other` becomes `keep`: its statements, mentions, aliases and roles move over.
    Result<CorrectionReceipt> merge(store::RowId keep, store::RowId other, const store::SeenVersions& seen = {});
    /// The occurrences of entity in these articles become a new entity (receipt.entity).
    Result<CorrectionReceipt> split(store::RowId entity, const std::vector<store::RowId>& articleIds);
    Result<CorrectionReceipt> reassign(store::RowId statement, store::RowId entity,
                                       std::optional<int> seenVersion = std::nullopt);
    Result<CorrectionReceipt> deleteStatement(store::RowId statement, std::optional<int> seenVersion = std::nullopt);
    Result<CorrectionReceipt> rename(store::RowId entity, const std::string& name);

    /// Takes the library back to before the correction; fails with ErrorCode::Conflict, changing nothing, when
    /// the rows it changed were changed again since (by another edit or a re-analysis).
    Result<Done> undo(const CorrectionReceipt& correction);
    /// Makes an undone correction again (the same conflict rule).
    Result<Done> redo(const CorrectionReceipt& correction);

    /// How many articles were stored by an older Sayline that did not keep the whole analysis.
    Result<std::size_t> incompleteArticles();
    /// Analyses those articles again so the library holds their whole analysis (corrections re-applied).
    Result<ReanalysisReport> completeIncompleteArticles(const std::function<void(std::size_t, std::size_t)>& progress
                                                        = {},
                                                        const std::atomic<bool>* cancel = nullptr);

    /// Analyses stored articles again (all when ids is empty), replacing the machine rows and re-applying the
    /// corrections. progress(done, total) runs on the calling thread.
    Result<ReanalysisReport> reanalyse(const std::vector<store::RowId>& ids,
                                       const std::function<void(std::size_t, std::size_t)>& progress = {},
                                       const std::atomic<bool>* cancel = nullptr);

private:
    const analysis::Analyzer& m_analyzer;
    std::filesystem::path m_library;
};

} // namespace sayline::service
