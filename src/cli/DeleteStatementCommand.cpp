// SPDX-License-Identifier: GPL-3.0-or-later
// sayline-cli delete-statement: a false statement goes (and stays gone after re-analysis).
#include <ostream>

#include "Command.h"
#include "LibraryOptions.h"
#include "service/CorrectionService.h"

namespace sayline::cli {
namespace {

constexpr const char* kUsage = "usage: sayline-cli delete-statement [--library PATH] [--json] STATEMENT-ID...\n";

} // namespace

int runDeleteStatement(CommandContext& context)
{
    LibraryArguments args;
    if (auto exit = args.parse(context, "delete-statement", kUsage, {}))
        return *exit;
    if (args.positional().empty()) {
        context.err << kUsage;
        return ExitUsage;
    }
    std::vector<long long> ids;
    for (const auto& text : args.positional()) {
        auto id = positiveNumber(text);
        if (!id) {
            context.err << "sayline-cli delete-statement: '" << text << "' is not a statement id\n";
            return ExitUsage;
        }
        ids.push_back(*id);
    }
    const analysis::Analyzer analyzer;
    service::CorrectionService corrections(analyzer, args.library());
    int status = ExitOk;
    std::size_t deleted = 0;
    for (long long id : ids) {
        const auto done = corrections.deleteStatement(id);
        if (!done)
            status = reportError(context, "delete-statement", done.error(), static_cast<int>(done.code()));
        else
            ++deleted;
    }
    if (args.json())
        context.out << "{\"deleted\":" << deleted << "}\n";
    else
        context.out << "deleted " << deleted << (deleted == 1 ? " statement\n" : " statements\n");
    return status;
}

} // namespace sayline::cli
