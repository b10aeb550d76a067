// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnalysisService.h"

#include <exception>
#include <istream>

#include "OrderedWorkers.h"
#include "export/AnalysisJson.h"
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

AnalysisOutcome AnalysisService::analyseStream(std::istream& in, const std::string& displayName, ingest::Format format,
                                               const analysis::AnalysisOptions& options) const
{
    std::string bytes;
    char buffer[64 * 1024];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (bytes.size() > ingest::kMaxInputBytes) {
            AnalysisOutcome refused;
            refused.file = displayName;
            refused.error = "file is larger than 50 MB";
            return refused;
        }
    }
    return analyseBytes(bytes, displayName, format, options);
}

void AnalysisService::analyseToJsonLines(const std::vector<std::string>& inputs, ingest::Format format,
                                         const analysis::AnalysisOptions& options, int jobs,
                                         std::istream& standardInput,
                                         const std::function<void(const JsonLinesOutcome&)>& deliver) const
{
    const std::function<JsonLinesOutcome(std::size_t)> produce = [&](std::size_t i) {
        const std::string& input = inputs[i];
        const AnalysisOutcome analysed
            = input == "-" ? analyseStream(standardInput, "-", format, options) : analyseFile(input, format, options);
        JsonLinesOutcome outcome;
        outcome.input = input;
        outcome.error = analysed.error;
        outcome.warnings = analysed.warnings;
        for (const model::AnalysedArticle& article : analysed.articles) {
            exporting::appendAnalysisJson(outcome.lines, article);
            outcome.lines += '\n';
        }
        return outcome;
    };
    forEachInOrder<JsonLinesOutcome>(inputs.size(), jobs, produce,
                                     [&](std::size_t, JsonLinesOutcome& outcome) { deliver(outcome); });
}

} // namespace sayline::service
