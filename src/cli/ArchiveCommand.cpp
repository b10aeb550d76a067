// SPDX-License-Identifier: GPL-3.0-or-later
// sayline-cli archive: the team archive on PostgreSQL (docs/team-archive.md): init, push, pull.
#include <memory>
#include <ostream>

#include "Command.h"
#include "LibraryOptions.h"
#include "ProgressBar.h"
#include "service/ArchiveService.h"

namespace sayline::cli {
namespace {

struct ArchiveOptions
{
    LibraryOptions archive;
    std::string analystRole;
    std::string editorRole;
    std::string from;
    std::string to;
    bool quiet = false;
};

int runInit(CommandContext& context, const ArchiveOptions& args)
{
    const auto archive = args.archive.path(context, "archive init");
    if (!archive)
        return ExitFailure;
    const auto made = service::ArchiveService::init(*archive, args.analystRole, args.editorRole);
    if (!made)
        return reportError(context, "archive init", made.error(), static_cast<int>(made.code()));
    if (args.archive.json) {
        context.out << "{\"archive\":\"" << made->location << "\",\"analyst_role\":\"" << made->analystRole
                    << "\",\"editor_role\":\"" << made->editorRole << "\"}\n";
    } else {
        context.out << "archive " << made->location << " is ready\n"
                    << "  analysts (search only): GRANT " << made->analystRole << " TO <user>;\n"
                    << "  editors (import, correct): GRANT " << made->editorRole << " TO <user>;\n";
    }
    return ExitOk;
}

int runPush(CommandContext& context, const ArchiveOptions& args)
{
    const auto archive = args.archive.path(context, "archive push");
    if (!archive)
        return ExitFailure;
    ProgressBar bar(context.err, "articles", args.quiet);
    const auto pushed = service::ArchiveService::push(
        args.from, *archive, [&bar](std::size_t done, std::size_t total) { bar.update(done, total, ""); });
    bar.finish();
    if (!pushed)
        return reportError(context, "archive push", pushed.error(), static_cast<int>(pushed.code()));
    if (args.archive.json)
        context.out << "{\"added\":" << pushed->added << ",\"present\":" << pushed->present
                    << ",\"corrections\":" << pushed->corrections << "}\n";
    else
        context.out << pushed->added << " articles added to the archive, " << pushed->present << " already there, "
                    << pushed->corrections << " corrections recorded\n";
    return ExitOk;
}

int runPull(CommandContext& context, const ArchiveOptions& args)
{
    const auto archive = args.archive.path(context, "archive pull");
    if (!archive)
        return ExitFailure;
    ProgressBar bar(context.err, "articles", args.quiet);
    const auto pulled = service::ArchiveService::pull(
        *archive, args.to, [&bar](std::size_t done, std::size_t total) { bar.update(done, total, ""); });
    bar.finish();
    if (!pulled)
        return reportError(context, "archive pull", pulled.error(), static_cast<int>(pulled.code()));
    if (args.archive.json)
        context.out << "{\"added\":" << pulled->added << ",\"present\":" << pulled->present
                    << ",\"corrections\":" << pulled->corrections << "}\n";
    else
        context.out << pulled->added << " articles added to " << args.to << ", " << pulled->present
                    << " already there, " << pulled->corrections << " corrections recorded\n";
    return ExitOk;
}

/// --library, required, naming the team archive (never a library file here).
void addArchiveOption(CLI::App& command, LibraryOptions& archive)
{
    addLibraryOptions(command, archive);
    command.get_option("--library")->required()->description("the archive: postgresql://user@host:port/dbname");
}

} // namespace

CommandRun configureArchive(CLI::App& command)
{
    auto options = std::make_shared<ArchiveOptions>();
    command.require_subcommand(1);
    CLI::App* init = command.add_subcommand("init", "create the archive in an empty database, with its roles");
    addArchiveOption(*init, options->archive);
    init->add_option("--analyst-role", options->analystRole, "the read-only role (default: <dbname>_analyst)")
        ->type_name("ROLE");
    init->add_option("--editor-role", options->editorRole, "the role that imports and corrects (default: "
                                                           "<dbname>_editor)")
        ->type_name("ROLE");
    CLI::App* push = command.add_subcommand("push", "copy a library file, with its corrections, into the archive");
    addArchiveOption(*push, options->archive);
    push->add_option("--from", options->from, "the library file to copy")->type_name("PATH")->required();
    addQuietOption(*push, options->quiet);
    CLI::App* pull = command.add_subcommand("pull", "copy the archive into a library file, for offline work");
    addArchiveOption(*pull, options->archive);
    pull->add_option("--to", options->to, "the library file to copy into (created when missing)")
        ->type_name("PATH")
        ->required();
    addQuietOption(*pull, options->quiet);
    command.footer("The password is never given here: libpq reads it from ~/.pgpass or a PGSERVICE entry.");
    return [options, init, push, pull](CommandContext& context) {
        if (init->parsed())
            return runInit(context, *options);
        if (push->parsed())
            return runPush(context, *options);
        if (pull->parsed())
            return runPull(context, *options);
        return static_cast<int>(ExitUsage);
    };
}

} // namespace sayline::cli
