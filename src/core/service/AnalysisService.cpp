// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnalysisService.h"

#include <exception>

#include "model/Error.h"

namespace sayline::service {
namespace {

template <typename Read>
AnalysisOutcome run(const analysis::Analyzer& analyzer, const std::string& file,
                    const analysis::AnalysisOptions& options, Read read)
{
    AnalysisOutcome outcome;
    outcome.file = file;
    try {
        ingest::ReadResult input = read();
        if (input.articles.empty())
            throw Error(ErrorCode::Malformed, "no article found");
        outcome.warnings = std::move(input.warnings);
        outcome.articles.reserve(input.articles.size());
        for (auto& article : input.articles)
            outcome.articles.push_back(analyzer.analyse(std::move(article), options));
    } catch (const std::bad_alloc&) {
        outcome.articles.clear();
        outcome.warnings.clear();
        outcome.error = "out of memory";
    } catch (const std::exception& error) {
        outcome.articles.clear();
        outcome.warnings.clear();
        outcome.error = error.what();
    }
    if (outcome.error.empty() && outcome.articles.empty())
        outcome.error = "no article found";
    return outcome;
}

} // namespace

AnalysisService::AnalysisService(const analysis::Analyzer& analyzer)
    : m_analyzer(analyzer)
{
}

AnalysisOutcome AnalysisService::analyseFile(const std::filesystem::path& file, ingest::Format format,
                                             const analysis::AnalysisOptions& options) const
{
    return run(m_analyzer, file.string(), options, [&] { return ingest::readInput(file, format); });
}

AnalysisOutcome AnalysisService::analyseBytes(std::string_view bytes, const std::string& displayName,
                                              ingest::Format format, const analysis::AnalysisOptions& options) const
{
    return run(m_analyzer, displayName, options,
               [&] { return ingest::readInputFromBytes(bytes, displayName, format); });
}

} // namespace sayline::service
