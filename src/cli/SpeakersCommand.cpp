// SPDX-License-Identifier: GPL-3.0-or-later
// sayline-cli speakers: who speaks in the library, how often, and from when to when.
#include <ostream>

#include "Command.h"
#include "LibraryJson.h"
#include "LibraryOptions.h"
#include "TablePrinter.h"
#include "service/SearchService.h"

namespace sayline::cli {
namespace {

constexpr const char* kUsage
    = "usage: sayline-cli speakers [--library PATH] [--json] [--query TEXT] [--limit N]\n"
      "Lists the entities with statements, most statements first; --query keeps names or aliases containing TEXT.\n";

} // namespace

int runSpeakers(CommandContext& context)
{
    LibraryArguments args;
    if (auto exit = args.parse(context, "speakers", kUsage, { { "--query", true }, { "--limit", true } }))
        return *exit;
    if (!args.positional().empty()) {
        context.err << "sayline-cli speakers: unexpected argument '" << args.positional().front() << "'\n" << kUsage;
        return ExitUsage;
    }
    int limit = 1000;
    if (auto text = args.value("--limit")) {
        auto number = positiveNumber(*text);
        if (!number) {
            context.err << "sayline-cli speakers: --limit wants a positive number\n";
            return ExitUsage;
        }
        limit = static_cast<int>(std::min<long long>(*number, 1000000));
    }
    service::SearchService search(args.library());
    const auto speakers = search.speakers(args.value("--query"), limit);
    if (!speakers)
        return reportError(context, "speakers", speakers.error(), static_cast<int>(speakers.code()));
    if (args.json()) {
        context.out << speakersJson(speakers.value()) << '\n';
        return ExitOk;
    }
    TablePrinter table({ "ID", "NAME", "TYPE", "STATEMENTS", "FIRST", "LAST" }, { 0, 50, 0, 0, 0, 0 });
    for (const auto& speaker : speakers.value()) {
        table.addRow({ std::to_string(speaker.id), speaker.name, model::toString(speaker.type),
                       std::to_string(speaker.statementCount), speaker.firstDate.value_or("-"),
                       speaker.lastDate.value_or("-") });
    }
    table.print(context.out);
    return ExitOk;
}

} // namespace sayline::cli
