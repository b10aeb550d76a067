// SPDX-License-Identifier: GPL-3.0-or-later
// sayline-cli: the command-line front end. One file per subcommand; this file builds the parser (CLI11) from
// the subcommands' declarations, turns parse errors into exit status 2, and runs the chosen subcommand.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

#include "Command.h"
#include "SaylineVersion.h"

namespace {

using namespace sayline::cli;

struct Subcommand
{
    const char* name;
    const char* summary;
    CommandRun (*configure)(CLI::App&);
};

const Subcommand kSubcommands[] = {
    { "analyze", "print the analysis of articles as JSON Lines (no library)", configureAnalyze },
    { "import", "import files and folders into the library", configureImport },
    { "articles", "list the library's articles", configureArticles },
    { "show", "show one article with its annotations", configureShow },
    { "speakers", "list who speaks, how often and when", configureSpeakers },
    { "search", "search statements by speaker, words, target, date", configureSearch },
    { "merge", "merge entities into one", configureMerge },
    { "reassign", "give a statement another speaker", configureReassign },
    { "delete-statement", "delete a false statement", configureDeleteStatement },
    { "reanalyse", "analyse stored articles again, keeping corrections", configureReanalyse },
    { "export", "write a summary of articles or a speaker's dossier", configureExport },
    { "archive", "create a team archive on PostgreSQL, push a library into it, pull it", configureArchive },
};

constexpr const char* kFooter
    = "Library commands take --library PATH (default: library.sqlite in the user's data folder,\n"
      "~/.local/share/Sayline) and --json.\n"
      "'sayline-cli COMMAND --help' describes one command; '--' ends the options (for file names starting\n"
      "with '-'). Exit status: 0 done, 1 some input or record failed, 2 a usage error.";

/// The subcommand the command line named, or nullptr.
const CLI::App* chosenCommand(const CLI::App& program)
{
    const auto chosen = program.get_subcommands();
    return chosen.empty() ? nullptr : chosen.front();
}

std::string displayName(const CLI::App* command)
{
    return command ? "sayline-cli " + command->get_name() : std::string("sayline-cli");
}

/// argv without the program name, in the reversed order CLI11 consumes; "help [COMMAND]" means "[COMMAND] --help".
std::vector<std::string> reversedArguments(int argc, char** argv)
{
    std::vector<std::string> args(argv + 1, argv + argc);
    if (!args.empty() && args.front() == "help") {
        args.erase(args.begin());
        args.emplace_back("--help");
    }
    std::reverse(args.begin(), args.end());
    return args;
}

} // namespace

int main(int argc, char** argv)
{
    std::ios::sync_with_stdio(false);
    CLI::App program("Sayline's command line: the analysis of news articles (who said what, about whom, and when) "
                     "and a library of them to search.",
                     "sayline-cli");
    program.set_version_flag("--version", "sayline-cli " SAYLINE_VERSION);
    program.require_subcommand(1);
    program.footer(kFooter);
    std::vector<std::pair<const CLI::App*, CommandRun>> commands;
    for (const Subcommand& subcommand : kSubcommands) {
        CLI::App* command = program.add_subcommand(subcommand.name, subcommand.summary);
        commands.emplace_back(command, subcommand.configure(*command));
    }

    std::vector<std::string> args = reversedArguments(argc, argv);
    if (args.empty()) {
        std::cerr << program.help();
        return ExitUsage;
    }
    if (args.back().rfind('-', 0) != 0
        && std::none_of(std::begin(kSubcommands), std::end(kSubcommands),
                        [&](const Subcommand& subcommand) { return args.back() == subcommand.name; })) {
        std::cerr << "sayline-cli: unknown command '" << args.back()
                  << "'\nRun 'sayline-cli --help' for the commands.\n";
        return ExitUsage;
    }
    try {
        program.parse(args);
    } catch (const CLI::CallForHelp&) {
        const CLI::App* command = chosenCommand(program);
        std::cout << (command ? command->help("sayline-cli") : program.help());
        return ExitOk;
    } catch (const CLI::CallForVersion& version) {
        std::cout << version.what() << '\n';
        return ExitOk;
    } catch (const CLI::ParseError& error) {
        const std::string name = displayName(chosenCommand(program));
        std::cerr << name << ": " << error.what() << "\nRun '" << name << " --help' for the options.\n";
        return ExitUsage;
    }
    for (const auto& [command, run] : commands) {
        if (command->parsed()) {
            CommandContext context { std::cout, std::cerr };
            return run(context);
        }
    }
    return ExitUsage; // unreachable: the parser requires a subcommand
}
