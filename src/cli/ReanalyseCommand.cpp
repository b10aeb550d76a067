// SPDX-License-Identifier: GPL-3.0-or-later
// sayline-cli reanalyse: run the current analysis again over stored articles, keeping the user's corrections.
#include <iostream>
#include <unistd.h>

#include "Command.h"
#include "LibraryOptions.h"
#include "service/CorrectionService.h"

namespace sayline::cli {
namespace {

constexpr const char* kUsage = "usage: sayline-cli reanalyse [--library PATH] [--json] [ARTICLE-ID...]\n"
                               "Without ids every article is analysed again.\n";

} // namespace

int runReanalyse(CommandContext& context)
{
    LibraryArguments args;
    if (auto exit = args.parse(context, "reanalyse", kUsage, {}))
        return *exit;
    std::vector<store::RowId> ids;
    for (const auto& text : args.positional()) {
        auto id = positiveNumber(text);
        if (!id) {
            context.err << "sayline-cli reanalyse: '" << text << "' is not an article id\n";
            return ExitUsage;
        }
        ids.push_back(*id);
    }
    const bool showProgress = &context.err == &std::cerr && ::isatty(STDERR_FILENO);
    std::function<void(std::size_t, std::size_t)> progress;
    if (showProgress)
        progress = [&](std::size_t done, std::size_t total) {
            context.err << "\r\x1b[K" << done << '/' << total << " articles" << std::flush;
        };
    const analysis::Analyzer analyzer;
    const auto report = service::CorrectionService(analyzer, args.library()).reanalyse(ids, progress);
    if (showProgress)
        context.err << "\r\x1b[K" << std::flush;
    if (!report)
        return reportError(context, "reanalyse", report.error(), static_cast<int>(report.code()));
    if (args.json())
        context.out << "{\"articles\":" << report.value().articles << ",\"statements\":" << report.value().statements
                    << "}\n";
    else
        context.out << "re-analysed " << report.value().articles << " articles, " << report.value().statements
                    << " statements\n";
    return ExitOk;
}

} // namespace sayline::cli
