// SPDX-License-Identifier: GPL-3.0-or-later
// sayline-cli import: files and folders into the library.
#include <atomic>
#include <chrono>
#include <csignal>
#include <iostream>
#include <unistd.h>

#include "Command.h"
#include "LibraryJson.h"
#include "LibraryOptions.h"
#include "service/ImportService.h"

namespace sayline::cli {
namespace {

constexpr const char* kUsage
    = "usage: sayline-cli import [--library PATH] [--json] [--format auto|text|html|rss|atom|nitf|newsml|mhtml]\n"
      "                          FILE|DIR ...\n"
      "Imports articles (folders recursively); the same article twice is stored once. Ctrl-C stops after the\n"
      "articles already written.\n";

std::atomic<bool> g_cancel { false };

extern "C" void onInterrupt(int)
{
    g_cancel = true;
}

} // namespace

int runImport(CommandContext& context)
{
    LibraryArguments args;
    if (auto exit = args.parse(context, "import", kUsage, { { "--format", true } }))
        return *exit;
    if (args.positional().empty()) {
        context.err << kUsage;
        return ExitUsage;
    }
    service::ImportOptions options;
    if (auto format = args.value("--format")) {
        auto parsed = ingest::formatFromString(*format);
        if (!parsed) {
            context.err << "sayline-cli import: unknown format '" << *format << "'\n" << kUsage;
            return ExitUsage;
        }
        options.format = *parsed;
    }
    std::vector<std::filesystem::path> inputs(args.positional().begin(), args.positional().end());

    // The progress line only when stderr is a terminal that nobody redirected.
    const bool showProgress = &context.err == &std::cerr && ::isatty(STDERR_FILENO);
    service::ImportProgressCallback progress;
    if (showProgress) {
        progress = [&, last = std::chrono::steady_clock::time_point()](const service::ImportProgress& state) mutable {
            const auto now = std::chrono::steady_clock::now();
            if (state.inputsDone < state.inputsTotal && now - last < std::chrono::milliseconds(100))
                return;
            last = now;
            context.err << "\r\x1b[K" << state.inputsDone << '/' << state.inputsTotal << " files, " << state.added
                        << " new, " << state.present << " present, " << state.failed << " failed" << std::flush;
        };
    }
    g_cancel = false;
    auto previous = std::signal(SIGINT, onInterrupt);
    const analysis::Analyzer analyzer;
    const service::ImportService importer(analyzer, args.library());
    const service::ImportReport report = importer.importPaths(inputs, options, progress, &g_cancel);
    std::signal(SIGINT, previous);
    if (showProgress)
        context.err << "\r\x1b[K" << std::flush;

    for (const auto& failure : report.failures)
        context.err << failure.file << ": " << failure.reason << '\n';
    for (const auto& warning : report.warnings)
        context.err << warning.file << ": warning: " << warning.reason << '\n';
    if (!report.error.empty())
        context.err << "sayline-cli import: " << report.error << '\n';
    if (args.json()) {
        context.out << importJson(report) << '\n';
    } else {
        context.out << report.added << " new, " << report.present << " already present, " << report.failures.size()
                    << " failed" << (report.cancelled ? " (cancelled)" : "") << '\n';
    }
    return report.ok() && !report.cancelled ? ExitOk : ExitFailure;
}

} // namespace sayline::cli
