// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <iosfwd>

namespace CLI {
class App;
}

namespace sayline::cli {

/// Exit statuses of sayline-cli.
enum ExitCode : int
{
    ExitOk = 0,
    ExitFailure = 1, ///< at least one input failed
    ExitUsage = 2,
};

/// The streams a subcommand writes to.
struct CommandContext
{
    std::ostream& out;
    std::ostream& err;
};

/// Runs a subcommand once the command line has been parsed into the options it declared.
using CommandRun = std::function<int(CommandContext&)>;

/// Each subcommand declares its options, arguments and help text on its CLI11 parser and returns the function
/// that runs it. Values the parser cannot check (an unknown speaker, a missing library) are the run's business.
CommandRun configureAnalyze(CLI::App& command);
CommandRun configureImport(CLI::App& command);
CommandRun configureArticles(CLI::App& command);
CommandRun configureShow(CLI::App& command);
CommandRun configureSpeakers(CLI::App& command);
CommandRun configureSearch(CLI::App& command);
CommandRun configureMerge(CLI::App& command);
CommandRun configureReassign(CLI::App& command);
CommandRun configureDeleteStatement(CLI::App& command);
CommandRun configureReanalyse(CLI::App& command);
CommandRun configureExport(CLI::App& command);
CommandRun configureArchive(CLI::App& command);

} // namespace sayline::cli
