// SPDX-License-Identifier: GPL-3.0-or-later
// sayline-cli search: statements by speaker, words, target, date, publisher and kind.
#include <ostream>

#include "Command.h"
#include "LibraryJson.h"
#include "LibraryOptions.h"
#include "TablePrinter.h"
#include "service/SearchService.h"

namespace sayline::cli {
namespace {

constexpr const char* kUsage
    = "usage: sayline-cli search [--library PATH] [--json] [--speaker NAME] [--text FTS-QUERY] [--about ENTITY]\n"
      "                          [--from DATE] [--to DATE] [--publisher NAME] [--kind direct|indirect|mixed]\n"
      "                          [--limit N]\n"
      "Statements matching every filter: by speaker newest first, by --text alone best match first.\n"
      "NAME and ENTITY are names or aliases (case and accents do not matter); FTS-QUERY is SQLite FTS5 syntax\n"
      "(words, \"a phrase\", OR, NOT, prefix*); DATE is YYYY, YYYY-MM or YYYY-MM-DD. Matches show in [brackets].\n";

void printHuman(std::ostream& out, const std::vector<store::StatementRecord>& statements)
{
    for (const auto& statement : statements) {
        out << '#' << statement.id << "  " << statement.date.value_or("----------") << "  " << statement.speaker << " ("
            << statement.cue << ", " << model::toString(statement.kind) << ")\n";
        out << "    " << TablePrinter::truncate(statement.snippet, 300) << '\n';
        out << "    -- " << statement.articleTitle;
        if (statement.publisher)
            out << ", " << *statement.publisher;
        out << " (article " << statement.articleId << ")\n";
    }
    out << statements.size() << (statements.size() == 1 ? " statement\n" : " statements\n");
}

} // namespace

int runSearch(CommandContext& context)
{
    LibraryArguments args;
    if (auto exit = args.parse(context, "search", kUsage,
                               { { "--speaker", true },
                                 { "--text", true },
                                 { "--about", true },
                                 { "--from", true },
                                 { "--to", true },
                                 { "--publisher", true },
                                 { "--kind", true },
                                 { "--limit", true } }))
        return *exit;
    if (!args.positional().empty()) {
        context.err << "sayline-cli search: unexpected argument '" << args.positional().front() << "'\n" << kUsage;
        return ExitUsage;
    }
    store::SearchQuery query;
    query.speaker = args.value("--speaker");
    query.text = args.value("--text");
    query.about = args.value("--about");
    query.publisher = args.value("--publisher");
    for (const auto& [option, end] : { std::pair { "--from", false }, std::pair { "--to", true } }) {
        if (auto text = args.value(option)) {
            auto bound = dateBound(*text, end);
            if (!bound) {
                context.err << "sayline-cli search: " << option << " wants YYYY[-MM[-DD]], not '" << *text << "'\n";
                return ExitUsage;
            }
            (end ? query.to : query.from) = bound;
        }
    }
    if (auto kind = args.value("--kind")) {
        query.kind = model::statementKindFromString(*kind);
        if (!query.kind) {
            context.err << "sayline-cli search: --kind is direct, indirect or mixed, not '" << *kind << "'\n";
            return ExitUsage;
        }
    }
    if (auto limit = args.value("--limit")) {
        auto number = positiveNumber(*limit);
        if (!number) {
            context.err << "sayline-cli search: --limit wants a positive number\n";
            return ExitUsage;
        }
        query.limit = static_cast<int>(std::min<long long>(*number, 1000000));
    }

    service::SearchService search(args.library());
    const auto statements = search.searchStatements(query);
    if (!statements)
        return reportError(context, "search", statements.error(), static_cast<int>(statements.code()));
    if (args.json())
        context.out << statementsJson(statements.value()) << '\n';
    else
        printHuman(context.out, statements.value());
    return ExitOk;
}

} // namespace sayline::cli
