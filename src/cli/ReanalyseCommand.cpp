// SPDX-License-Identifier: GPL-3.0-or-later
// sayline-cli reanalyse: run the current analysis again over stored articles, keeping the user's corrections.
#include <iostream>
#include <memory>
#include <unistd.h>

#include "Command.h"
#include "LibraryOptions.h"
#include "service/CorrectionService.h"

namespace sayline::cli {
namespace {

struct ReanalyseOptions
{
    LibraryOptions library;
    std::vector<long long> ids;
};

int runReanalyse(CommandContext& context, const ReanalyseOptions& args)
{
    const auto library = args.library.path(context, "reanalyse");
    if (!library)
        return ExitFailure;
    const std::vector<store::RowId> ids(args.ids.begin(), args.ids.end());
    const bool showProgress = &context.err == &std::cerr && ::isatty(STDERR_FILENO);
    std::function<void(std::size_t, std::size_t)> progress;
    if (showProgress)
        progress = [&](std::size_t done, std::size_t total) {
            context.err << "\r\x1b[K" << done << '/' << total << " articles" << std::flush;
        };
    const analysis::Analyzer analyzer;
    const auto report = service::CorrectionService(analyzer, *library).reanalyse(ids, progress);
    if (showProgress)
        context.err << "\r\x1b[K" << std::flush;
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
    command.footer("Runs the current analysis over stored articles; merges, reassignments and deletions stay.");
    return [options](CommandContext& context) { return runReanalyse(context, *options); };
}

} // namespace sayline::cli
