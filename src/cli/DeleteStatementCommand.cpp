// SPDX-License-Identifier: GPL-3.0-or-later
// sayline-cli delete-statement: a false statement goes (and stays gone after re-analysis).
#include <memory>
#include <optional>
#include <ostream>

#include "Command.h"
#include "LibraryOptions.h"
#include "service/CorrectionService.h"

namespace sayline::cli {
namespace {

struct DeleteStatementOptions
{
    LibraryOptions library;
    std::vector<long long> ids;
    std::optional<int> seenVersion;
};

int runDeleteStatement(CommandContext& context, const DeleteStatementOptions& args)
{
    const auto library = args.library.path(context, "delete-statement");
    if (!library)
        return ExitFailure;
    if (args.seenVersion && args.ids.size() > 1) {
        context.err << "delete-statement: --seen-version is one statement's version; give one STATEMENT-ID\n";
        return ExitUsage;
    }
    const analysis::Analyzer analyzer;
    service::CorrectionService corrections(analyzer, *library);
    int status = ExitOk;
    std::size_t deleted = 0;
    for (long long id : args.ids) {
        const auto done = corrections.deleteStatement(id, args.seenVersion);
        if (!done)
            status = reportError(context, "delete-statement", done.error(), static_cast<int>(done.code()));
        else
            ++deleted;
    }
    if (args.library.json)
        context.out << "{\"deleted\":" << deleted << "}\n";
    else
        context.out << "deleted " << deleted << (deleted == 1 ? " statement\n" : " statements\n");
    return status;
}

} // namespace

CommandRun configureDeleteStatement(CLI::App& command)
{
    auto options = std::make_shared<DeleteStatementOptions>();
    addLibraryOptions(command, options->library);
    command.add_option("STATEMENT-ID", options->ids, "the statements to delete")
        ->required()
        ->check(positiveNumberCheck());
    command
        .add_option("--seen-version", options->seenVersion,
                    "team archive: the statement's version as you read it (search --json), with one STATEMENT-ID; "
                    "refused when someone corrected it since")
        ->check(positiveNumberCheck());
    command.footer("A deleted statement stays deleted when its article is analysed again.");
    return [options](CommandContext& context) { return runDeleteStatement(context, *options); };
}

} // namespace sayline::cli
