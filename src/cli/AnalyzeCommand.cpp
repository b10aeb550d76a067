// SPDX-License-Identifier: GPL-3.0-or-later
// sayline-cli analyze: JSON Lines of the analysis contract, no store involved.
#include <iostream>
#include <map>
#include <memory>
#include <regex>

#include "Command.h"
#include "LibraryOptions.h"
#include "analysis/Analyzer.h"
#include "export/AnalysisJson.h"
#include "service/AnalysisService.h"

namespace sayline::cli {
namespace {

struct AnalyzeOptions
{
    ingest::Format format = ingest::Format::Auto;
    analysis::AnalysisOptions analysis;
    std::vector<std::string> inputs;
    int jobs = 0; ///< 0: every core
};

int runAnalyze(CommandContext& context, const AnalyzeOptions& options)
{
    const analysis::Analyzer analyzer;
    const service::AnalysisService service(analyzer);
    int status = ExitOk;
    service.analyseToJsonLines(options.inputs, options.format, options.analysis, options.jobs, std::cin,
                               [&](const service::JsonLinesOutcome& outcome) {
                                   for (const std::string& warning : outcome.warnings)
                                       context.err << outcome.input << ": warning: " << warning << '\n';
                                   if (!outcome.ok()) {
                                       context.err << outcome.input << ": " << outcome.error << '\n';
                                       status = ExitFailure;
                                       return;
                                   }
                                   context.out << outcome.lines;
                                   context.out.flush();
                               });
    return status;
}

} // namespace

CommandRun configureAnalyze(CLI::App& command)
{
    auto options = std::make_shared<AnalyzeOptions>();
    static const CLI::Validator isoDate(
        [](const std::string& text) {
            static const std::regex pattern(R"(\d{4}-\d{2}-\d{2})");
            return std::regex_match(text, pattern) ? std::string() : "wants YYYY-MM-DD, not '" + text + "'";
        },
        "");
    addInputFormatOption(command, options->format);
    command
        .add_option("--reference-date", options->analysis.referenceDate,
                    "resolve relative dates against this day when the article has no publication date")
        ->type_name("YYYY-MM-DD")
        ->check(isoDate);
    command.add_option("--language", options->analysis.language, "the article's language (default: detected)")
        ->type_name("LANG")
        ->check(CLI::IsMember({ "auto", "en", "zh" }));
    static const std::map<std::string, bool> typings { { "rules", false }, { "tagger", true } };
    command
        .add_option("--entity-typing", options->analysis.taggerTyping,
                    "how a name found by its shape alone is typed: the trained tagger (default) or the rules")
        ->type_name("rules|tagger")
        ->transform(CLI::CheckedTransformer(typings, CLI::ignore_case));
    addJobsOption(command, options->jobs);
    command.add_option("FILE", options->inputs, "article files; - reads standard input")->required();
    command.footer("Prints one JSON object per article, one per line (the contract in docs/analysis-json.md).");
    return [options](CommandContext& context) { return runAnalyze(context, *options); };
}

} // namespace sayline::cli
