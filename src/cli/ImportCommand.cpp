// SPDX-License-Identifier: GPL-3.0-or-later
// sayline-cli import: files and folders into the library.
#include <atomic>
#include <csignal>
#include <iostream>
#include <memory>

#include "Command.h"
#include "LibraryJson.h"
#include "LibraryOptions.h"
#include "ProgressBar.h"
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
    bool quiet = false;
};

int runImport(CommandContext& context, const ImportOptions& args)
{
    const auto library = args.library.path(context, "import");
    if (!library)
        return ExitFailure;

    ProgressBar bar(context.err, "files", args.quiet);
    const service::ImportProgressCallback progress = [&bar](const service::ImportProgress& state) {
        bar.update(state.inputsDone, state.inputsTotal,
                   std::to_string(state.added) + " new, " + std::to_string(state.present) + " present, "
                       + std::to_string(state.failed) + " failed");
    };
    g_cancel = false;
    auto previous = std::signal(SIGINT, onInterrupt);
    const analysis::Analyzer analyzer;
    const service::ImportService importer(analyzer, *library);
    const service::ImportReport report
        = importer.importPaths({ args.inputs.begin(), args.inputs.end() }, args.import, progress, &g_cancel);
    std::signal(SIGINT, previous);
    bar.finish();

    for (const auto& failure : report.failures)
        context.err << failure.file << ": " << failure.reason << '\n';
    for (const auto& warning : report.warnings)
        context.err << warning.file << ": warning: " << warning.reason << '\n';
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
    addQuietOption(command, options->quiet);
    addJobsOption(command, options->import.analysisThreads);
    command.add_option("PATH", options->inputs, "article files and folders (read recursively)")->required();
    command.footer("The same article twice is stored once. Ctrl-C stops after the articles already written.");
    return [options](CommandContext& context) { return runImport(context, *options); };
}

} // namespace sayline::cli
