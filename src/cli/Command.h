// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace sayline::cli {

/// Exit statuses of sayline-cli.
enum ExitCode : int
{
    ExitOk = 0,
    ExitFailure = 1, ///< at least one input failed
    ExitUsage = 2,
};

/// Everything a subcommand needs: its arguments (without the subcommand name) and the streams to use.
struct CommandContext
{
    std::vector<std::string> args;
    std::ostream& out;
    std::ostream& err;
};

int runAnalyze(CommandContext& context);
int runImport(CommandContext& context);
int runArticles(CommandContext& context);
int runShow(CommandContext& context);
int runSpeakers(CommandContext& context);
int runSearch(CommandContext& context);
int runMerge(CommandContext& context);
int runReassign(CommandContext& context);
int runDeleteStatement(CommandContext& context);
int runReanalyse(CommandContext& context);
int runExport(CommandContext& context);

} // namespace sayline::cli
