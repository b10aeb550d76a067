// SPDX-License-Identifier: GPL-3.0-or-later
// sayline-cli merge: several entities are one (kept across re-analysis).
#include <ostream>

#include "Command.h"
#include "EntityArgument.h"
#include "LibraryOptions.h"
#include "service/CorrectionService.h"
#include "service/SearchService.h"

namespace sayline::cli {
namespace {

constexpr const char* kUsage = "usage: sayline-cli merge [--library PATH] [--json] ENTITY OTHER...\n"
                               "The OTHER entities become ENTITY (an id, or a name naming one entity).\n";

} // namespace

int runMerge(CommandContext& context)
{
    LibraryArguments args;
    if (auto exit = args.parse(context, "merge", kUsage, {}))
        return *exit;
    if (args.positional().size() < 2) {
        context.err << kUsage;
        return ExitUsage;
    }
    service::SearchService search(args.library());
    std::vector<store::RowId> ids;
    for (const auto& text : args.positional()) {
        auto id = entityArgument(context, "merge", search, text);
        if (!id)
            return ExitFailure;
        ids.push_back(*id);
    }
    const analysis::Analyzer analyzer;
    service::CorrectionService corrections(analyzer, args.library());
    for (std::size_t i = 1; i < ids.size(); ++i) {
        const auto done = corrections.merge(ids[0], ids[i]);
        if (!done)
            return reportError(context, "merge", done.error(), static_cast<int>(done.code()));
    }
    if (args.json())
        context.out << "{\"entity\":" << ids[0] << ",\"merged\":" << ids.size() - 1 << "}\n";
    else
        context.out << "merged " << ids.size() - 1 << " into entity " << ids[0] << '\n';
    return ExitOk;
}

} // namespace sayline::cli
