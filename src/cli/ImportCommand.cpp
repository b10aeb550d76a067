// SPDX-License-Identifier: GPL-3.0-or-later
// sayline-cli import: files and folders into the library.
#include <atomic>
#include <chrono>
#include <csignal>
#include <iostream>
#include <memory>
#include <unistd.h>

#include "Command.h"
#include "LibraryJson.h"
#include "LibraryOptions.h"
#include "service/ImportService.h"

namespace sayline::cli {
namespace {

std::atomic<bool> g_cancel { false };

extern "C" void onInterrupt(int)
{
    g_cancel = true;
}

struct ImportOptions
{
    LibraryOptions library;
    service::ImportOptions import;
    std::vector<std::string> inputs;
};

int runImport(CommandContext& context, const ImportOptions& args)
{
    const auto library = args.library.path(context, "import");
    if (!library)
        return ExitFailure;

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
    const service::ImportService importer(analyzer, *library);
    const service::ImportReport report
        = importer.importPaths({ args.inputs.begin(), args.inputs.end() }, args.import, progress, &g_cancel);
    std::signal(SIGINT, previous);
    if (showProgress)
        context.err << "\r\x1b[K" << std::flush;

    for (const auto& failure : report.failures)
        context.err << failure.file << ": " << failure.reason << '\n';
    if (!report.error.empty())
        context.err << "sayline-cli import: " << report.error << '\n';
    if (args.library.json) {
        context.out << importJson(report) << '\n';
    } else {
        context.out << report.added << " new, " << report.present << " already present, " << report.failures.size()
                    << " failed" << (report.cancelled ? " (cancelled)" : "") << '\n';
    }
    return report.ok() && !report.cancelled ? ExitOk : ExitFailure;
}

} // namespace

CommandRun configureImport(CLI::App& command)
{
    auto options = std::make_shared<ImportOptions>();
    addLibraryOptions(command, options->library);
    addInputFormatOption(command, options->import.format);
    command.add_option("PATH", options->inputs, "article files and folders (read recursively)")->required();
    command.footer("The same article twice is stored once. Ctrl-C stops after the articles already written.");
    return [options](CommandContext& context) { return runImport(context, *options); };
}

} // namespace sayline::cli
