// SPDX-License-Identifier: GPL-3.0-or-later
// sayline-cli reassign: a statement was said by someone else (kept across re-analysis).
#include <memory>
#include <optional>
#include <ostream>

#include "Command.h"
#include "EntityArgument.h"
#include "LibraryOptions.h"
#include "service/CorrectionService.h"
#include "service/SearchService.h"

namespace sayline::cli {
namespace {

struct ReassignOptions
{
    LibraryOptions library;
    long long statement = 0;
    std::string entity;
    std::optional<int> seenVersion;
};

int runReassign(CommandContext& context, const ReassignOptions& args)
{
    const auto library = args.library.path(context, "reassign");
    if (!library)
        return ExitFailure;
    service::SearchService search(*library);
    const auto entity = entityArgument(context, "reassign", search, args.entity);
    if (!entity)
        return ExitFailure;
    const analysis::Analyzer analyzer;
    const auto done
        = service::CorrectionService(analyzer, *library).reassign(args.statement, *entity, args.seenVersion);
    if (!done)
        return reportError(context, "reassign", done.error(), static_cast<int>(done.code()));
    if (args.library.json)
        context.out << "{\"statement\":" << args.statement << ",\"speaker_id\":" << *entity << "}\n";
    else
        context.out << "statement " << args.statement << " is now spoken by entity " << *entity << '\n';
    return ExitOk;
}

} // namespace

CommandRun configureReassign(CLI::App& command)
{
    auto options = std::make_shared<ReassignOptions>();
    addLibraryOptions(command, options->library);
    command.add_option("STATEMENT-ID", options->statement, "the statement")->required()->check(positiveNumberCheck());
    command.add_option("ENTITY", options->entity, "its speaker: an id, or a name or alias naming one entity")
        ->required();
    command.add_option("--seen-version", options->seenVersion,
                       "team archive: the statement's version as you read it (search --json); refused, naming the "
                       "current speaker, when someone corrected it since")
        ->check(positiveNumberCheck());
    command.footer("The new speaker is kept across re-analysis.");
    return [options](CommandContext& context) { return runReassign(context, *options); };
}

} // namespace sayline::cli
