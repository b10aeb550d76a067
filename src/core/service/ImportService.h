// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "AnalysisService.h"
#include "ArticleFiles.h"

namespace sayline::service {

struct ImportOptions
{
    ingest::Format format = ingest::Format::Auto;
    analysis::AnalysisOptions analysis;
    int articlesPerTransaction = 200; ///< the writer commits after this many articles (or when it waits)
    int analysisThreads = 0; ///< 0: one per core (the writer mostly waits for them)
};

/// One input that could not be imported, and why (without the file name).
using ImportFailure = FileFailure;

/// Where a running import is; handed to the progress callback on the writer thread after every input.
struct ImportProgress
{
    std::size_t inputsDone = 0;
    std::size_t inputsTotal = 0;
    std::size_t added = 0;
    std::size_t present = 0;
    std::size_t failed = 0;
    std::string currentFile;
};

/// An article an import wrote (or found already stored), and where it came from.
struct ImportedArticle
{
    std::string file;
    int item = 0; ///< index inside a multi-article file
    std::int64_t id = 0; ///< its library id
};

/// What an import did. Articles are counted (a feed file holds many); failures are per input.
struct ImportReport
{
    std::size_t added = 0; ///< new articles
    std::size_t present = 0; ///< articles whose content was already in the library
    std::vector<ImportedArticle> articles; ///< every article added or present, in the order written
    std::vector<ImportFailure> failures;
    /// Inputs imported with a caveat (replaced bytes, feed items without text skipped): file and message.
    std::vector<FileFailure> warnings;
    bool cancelled = false;
    std::string error; ///< a failure of the library itself (cannot open, disk full): the import stopped

    bool ok() const { return error.empty() && failures.empty(); }
};

using ImportProgressCallback = std::function<void(const ImportProgress&)>;

/// Imports inputs into a library: analysis threads read and analyse, one writer thread (the caller) writes
/// batches of articles per transaction, each article atomically. Re-importing adds nothing. Readers on other
/// connections keep working meanwhile (WAL).
class ImportService
{
public:
    ImportService(const analysis::Analyzer& analyzer, std::filesystem::path library);

    /// Files, and folders recursively for their article files (collectArticleFiles: the same rule as the
    /// GUI's); a folder that cannot be read is a failure.
    ImportReport importPaths(const std::vector<std::filesystem::path>& inputs, const ImportOptions& options,
                             const ImportProgressCallback& progress = {},
                             const std::atomic<bool>* cancel = nullptr) const;

    /// The general pipeline: produce(i) gives the analysed articles of input i (called on analysis threads).
    ImportReport importOutcomes(std::size_t count, const std::function<AnalysisOutcome(std::size_t)>& produce,
                                const ImportOptions& options, const ImportProgressCallback& progress = {},
                                const std::atomic<bool>* cancel = nullptr) const;

private:
    const analysis::Analyzer& m_analyzer;
    std::filesystem::path m_library;
};

} // namespace sayline::service
