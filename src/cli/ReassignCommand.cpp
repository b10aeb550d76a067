// SPDX-License-Identifier: GPL-3.0-or-later
// sayline-cli reassign: a statement was said by someone else (kept across re-analysis).
#include <ostream>

#include "Command.h"
#include "EntityArgument.h"
#include "LibraryOptions.h"
#include "service/CorrectionService.h"
#include "service/SearchService.h"

namespace sayline::cli {
namespace {

constexpr const char* kUsage = "usage: sayline-cli reassign [--library PATH] [--json] STATEMENT-ID ENTITY\n"
                               "ENTITY is an id or a name that names one entity.\n";

} // namespace

int runReassign(CommandContext& context)
{
    LibraryArguments args;
    if (auto exit = args.parse(context, "reassign", kUsage, {}))
        return *exit;
    if (args.positional().size() != 2) {
        context.err << kUsage;
        return ExitUsage;
    }
    const auto statement = positiveNumber(args.positional()[0]);
    if (!statement) {
        context.err << "sayline-cli reassign: '" << args.positional()[0] << "' is not a statement id\n";
        return ExitUsage;
    }
    service::SearchService search(args.library());
    const auto entity = entityArgument(context, "reassign", search, args.positional()[1]);
    if (!entity)
        return ExitFailure;
    const analysis::Analyzer analyzer;
    const auto done = service::CorrectionService(analyzer, args.library()).reassign(*statement, *entity);
    if (!done)
        return reportError(context, "reassign", done.error(), static_cast<int>(done.code()));
    if (args.json())
        context.out << "{\"statement\":" << *statement << ",\"speaker_id\":" << *entity << "}\n";
    else
        context.out << "statement " << *statement << " is now spoken by entity " << *entity << '\n';
    return ExitOk;
}

} // namespace sayline::cli
