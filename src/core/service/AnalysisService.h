// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

#include "analysis/Analyzer.h"
#include "ingest/ArticleReader.h"
#include "model/Analysis.h"

namespace sayline::service {

/// What reading and analysing one input gave: its articles, or the reason it failed.
struct AnalysisOutcome
{
    std::string file;
    std::vector<model::AnalysedArticle> articles;
    std::string error; ///< empty on success; otherwise the reason, without the file name
    /// What the reader had to do that the user should know (replaced bytes, skipped feed items); without the
    /// file name. Warnings do not make the outcome fail.
    std::vector<std::string> warnings;

    bool ok() const { return error.empty(); }
};

/// One input of analyseToJsonLines: its articles as lines of the analysis contract, or why it failed.
struct JsonLinesOutcome
{
    std::string input;
    std::string lines; ///< one JSON object per article, each ending in '\n'
    std::string error; ///< empty on success; otherwise the reason, without the input name
    std::vector<std::string> warnings; ///< caveats of a readable input (replaced bytes, items skipped)

    bool ok() const { return error.empty(); }
};

/// The "open and analyse a file" use case shared by the CLI, the GUI and the importer: the one place where
/// an input becomes analysed articles. Errors come back as values, never as exceptions.
class AnalysisService
{
public:
    explicit AnalysisService(const analysis::Analyzer& analyzer);

    AnalysisOutcome analyseFile(const std::filesystem::path& file, ingest::Format format,
                                const analysis::AnalysisOptions& options) const;
    AnalysisOutcome analyseBytes(std::string_view bytes, const std::string& displayName, ingest::Format format,
                                 const analysis::AnalysisOptions& options) const;
    /// Reads a stream up to ingest::kMaxInputBytes (refusing a longer one before reading it all) and analyses it.
    AnalysisOutcome analyseStream(std::istream& in, const std::string& displayName, ingest::Format format,
                                  const analysis::AnalysisOptions& options) const;

    /// The `analyze` use case: every input ("-" reads standardInput) analysed and written as JSON Lines of the
    /// analysis contract (docs/analysis-json.md) on `jobs` threads (0: every core). deliver runs on the calling
    /// thread once per input, in input order, so the output does not depend on the number of jobs.
    void analyseToJsonLines(const std::vector<std::string>& inputs, ingest::Format format,
                            const analysis::AnalysisOptions& options, int jobs, std::istream& standardInput,
                            const std::function<void(const JsonLinesOutcome&)>& deliver) const;

private:
    const analysis::Analyzer& m_analyzer;
};

} // namespace sayline::service
