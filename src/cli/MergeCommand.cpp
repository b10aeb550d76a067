// SPDX-License-Identifier: GPL-3.0-or-later
// sayline-cli merge: several entities are one (kept across re-analysis).
#include <memory>
#include <ostream>

#include "Command.h"
#include "EntityArgument.h"
#include "LibraryOptions.h"
#include "service/CorrectionService.h"
#include "service/SearchService.h"

namespace sayline::cli {
namespace {

struct MergeOptions
{
    LibraryOptions library;
    std::vector<std::string> entities;
};

int runMerge(CommandContext& context, const MergeOptions& args)
{
    const auto library = args.library.path(context, "merge");
    if (!library)
        return ExitFailure;
    service::SearchService search(*library);
    std::vector<store::RowId> ids;
    for (const auto& text : args.entities) {
        auto id = entityArgument(context, "merge", search, text);
        if (!id)
            return ExitFailure;
        ids.push_back(*id);
    }
    const analysis::Analyzer analyzer;
    service::CorrectionService corrections(analyzer, *library);
    for (std::size_t i = 1; i < ids.size(); ++i) {
        const auto done = corrections.merge(ids[0], ids[i]);
        if (!done)
            return reportError(context, "merge", done.error(), static_cast<int>(done.code()));
    }
    if (args.library.json)
        context.out << "{\"entity\":" << ids[0] << ",\"merged\":" << ids.size() - 1 << "}\n";
    else
        context.out << "merged " << ids.size() - 1 << " into entity " << ids[0] << '\n';
    return ExitOk;
}

} // namespace

CommandRun configureMerge(CLI::App& command)
{
    auto options = std::make_shared<MergeOptions>();
    addLibraryOptions(command, options->library);
    command.add_option("ENTITY", options->entities, "the entity to keep, then the entities merged into it")
        ->required()
        ->expected(2, -1);
    command.footer("ENTITY is an id, or a name or alias naming one entity. The merge is kept across re-analysis.");
    return [options](CommandContext& context) { return runMerge(context, *options); };
}

} // namespace sayline::cli
