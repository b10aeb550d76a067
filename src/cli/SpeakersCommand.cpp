// SPDX-License-Identifier: GPL-3.0-or-later
// sayline-cli speakers: who speaks in the library, how often, and from when to when.
#include <memory>
#include <ostream>

#include "Command.h"
#include "LibraryJson.h"
#include "LibraryOptions.h"
#include "TablePrinter.h"
#include "service/SearchService.h"

namespace sayline::cli {
namespace {

struct SpeakersOptions
{
    LibraryOptions library;
    std::optional<std::string> query;
    std::optional<long long> limit;
};

int runSpeakers(CommandContext& context, const SpeakersOptions& args)
{
    const auto library = args.library.readPath(context, "speakers");
    if (!library)
        return ExitFailure;
    service::SearchService search(*library);
    const auto speakers = search.speakers(args.query, args.limit ? clampedLimit(*args.limit) : 1000);
    if (!speakers)
        return reportError(context, "speakers", speakers.error(), static_cast<int>(speakers.code()));
    if (args.library.json) {
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

} // namespace

CommandRun configureSpeakers(CLI::App& command)
{
    auto options = std::make_shared<SpeakersOptions>();
    addLibraryOptions(command, options->library);
    addReadLibraryOption(command, options->library);
    command.add_option("--query", options->query, "only speakers with a name or alias containing TEXT")
        ->type_name("TEXT");
    addLimitOption(command, options->limit, "list at most N speakers (default 1000)");
    command.footer("Lists the entities with statements, most statements first.");
    return [options](CommandContext& context) { return runSpeakers(context, *options); };
}

} // namespace sayline::cli
