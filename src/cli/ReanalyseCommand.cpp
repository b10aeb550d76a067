// SPDX-License-Identifier: GPL-3.0-or-later
// sayline-cli reanalyse: run the current analysis again over stored articles, keeping the user's corrections.
#include <iostream>
#include <memory>

#include "Command.h"
#include "LibraryOptions.h"
#include "ProgressBar.h"
#include "service/CorrectionService.h"

namespace sayline::cli {
namespace {

struct ReanalyseOptions
{
    LibraryOptions library;
    std::vector<long long> ids;
    bool quiet = false;
};

int runReanalyse(CommandContext& context, const ReanalyseOptions& args)
{
    const auto library = args.library.path(context, "reanalyse");
    if (!library)
        return ExitFailure;
    const std::vector<store::RowId> ids(args.ids.begin(), args.ids.end());
    ProgressBar bar(context.err, "articles", args.quiet);
    const auto progress = [&bar](std::size_t done, std::size_t total) { bar.update(done, total); };
    const analysis::Analyzer analyzer;
    const auto report = service::CorrectionService(analyzer, *library).reanalyse(ids, progress);
    bar.finish();
    if (!report)
        return reportError(context, "reanalyse", report.error(), static_cast<int>(report.code()));
    if (args.library.json)
        context.out << "{\"articles\":" << report.value().articles << ",\"statements\":" << report.value().statements
                    << "}\n";
    else
        context.out << "re-analysed " << report.value().articles << " articles, " << report.value().statements
                    << " statements\n";
    return ExitOk;
}

} // namespace

CommandRun configureReanalyse(CLI::App& command)
{
    auto options = std::make_shared<ReanalyseOptions>();
    addLibraryOptions(command, options->library);
    command.add_option("ARTICLE-ID", options->ids, "the articles to analyse again (default: every article)")
        ->check(positiveNumberCheck());
    addQuietOption(command, options->quiet);
    command.footer("Runs the current analysis over stored articles; merges, reassignments and deletions stay.");
    return [options](CommandContext& context) { return runReanalyse(context, *options); };
}

} // namespace sayline::cli
