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
};

void printUsage(std::ostream& out)
{
    out << "usage: sayline-cli COMMAND [OPTIONS] [ARGS]\n\ncommands:\n";
    for (const auto& command : kSubcommands)
        out << "  " << command.name << std::string(18 - std::strlen(command.name), ' ') << command.summary << '\n';
    out << "\n'sayline-cli COMMAND --help' describes one command.\n";
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
