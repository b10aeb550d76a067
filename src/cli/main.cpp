// SPDX-License-Identifier: GPL-3.0-or-later
// sayline-cli: the command-line front end. One file per subcommand; this file only dispatches.
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "Command.h"

namespace {

struct Subcommand
{
    const char* name;
    int (*run)(sayline::cli::CommandContext&);
    const char* summary;
};

const Subcommand kSubcommands[] = {
    {"analyze", sayline::cli::runAnalyze, "print the analysis of articles as JSON Lines (no library)"},
    {"import", sayline::cli::runImport, "import files and folders into the library"},
    {"articles", sayline::cli::runArticles, "list the library's articles"},
    {"show", sayline::cli::runShow, "show one article with its annotations"},
    {"speakers", sayline::cli::runSpeakers, "list who speaks, how often and when"},
    {"search", sayline::cli::runSearch, "search statements by speaker, words, target, date"},
    {"merge", sayline::cli::runMerge, "merge entities into one"},
    {"reassign", sayline::cli::runReassign, "give a statement another speaker"},
    {"delete-statement", sayline::cli::runDeleteStatement, "delete a false statement"},
    {"reanalyse", sayline::cli::runReanalyse, "analyse stored articles again, keeping corrections"},
    {"export", sayline::cli::runExport, "write a summary of articles or a speaker's dossier"},
};

void printUsage(std::ostream& out)
{
    out << "usage: sayline-cli COMMAND [OPTIONS] [ARGS]\n\ncommands:\n";
    for (const auto& command : kSubcommands)
        out << "  " << command.name << std::string(18 - std::strlen(command.name), ' ') << command.summary << '\n';
    out << "\nLibrary commands take --library PATH (default: the user's data folder) and --json.\n"
           "'sayline-cli COMMAND --help' describes one command.\n";
}

} // namespace

int main(int argc, char** argv)
{
    std::ios::sync_with_stdio(false);
    if (argc < 2) {
        printUsage(std::cerr);
        return sayline::cli::ExitUsage;
    }
    const std::string name = argv[1];
    if (name == "-h" || name == "--help" || name == "help") {
        printUsage(std::cout);
        return sayline::cli::ExitOk;
    }
    for (const auto& command : kSubcommands) {
        if (name == command.name) {
            sayline::cli::CommandContext context{std::vector<std::string>(argv + 2, argv + argc), std::cout, std::cerr};
            return command.run(context);
        }
    }
    std::cerr << "sayline-cli: unknown command '" << name << "'\n";
    printUsage(std::cerr);
    return sayline::cli::ExitUsage;
}
