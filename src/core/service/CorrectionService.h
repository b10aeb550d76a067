// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <filesystem>
#include <functional>
#include <vector>

#include "Result.h"
#include "analysis/Analyzer.h"
#include "store/Records.h"

namespace sayline::service {

/// What a re-analysis did.
struct ReanalysisReport
{
    std::size_t articles = 0;
    std::size_t statements = 0;
    bool cancelled = false;
};

/// The user's corrections (stored as edits that survive re-analysis) and re-analysis itself.
class CorrectionService
{
public:
    CorrectionService(const analysis::Analyzer& analyzer, std::filesystem::path library);

    Result<Done> merge(store::RowId keep, store::RowId other);
    Result<store::RowId> split(store::RowId entity, const std::vector<store::RowId>& articleIds);
    Result<Done> reassign(store::RowId statement, store::RowId entity);
    Result<Done> deleteStatement(store::RowId statement);
    Result<Done> rename(store::RowId entity, const std::string& name);

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
