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
        std::vector<model::Article> articles = read();
        if (articles.empty())
            throw Error(ErrorCode::Malformed, "no article found");
        outcome.articles.reserve(articles.size());
        for (auto& article : articles)
            outcome.articles.push_back(analyzer.analyse(std::move(article), options));
    } catch (const std::bad_alloc&) {
        outcome.articles.clear();
        outcome.error = "out of memory";
    } catch (const std::exception& error) {
        outcome.articles.clear();
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
    return run(m_analyzer, file.string(), options, [&] { return ingest::readArticles(file, format); });
}

AnalysisOutcome AnalysisService::analyseBytes(std::string_view bytes, const std::string& displayName,
                                              ingest::Format format, const analysis::AnalysisOptions& options) const
{
    return run(m_analyzer, displayName, options,
               [&] { return ingest::readArticlesFromBytes(bytes, displayName, format); });
}

} // namespace sayline::service
