// SPDX-License-Identifier: GPL-3.0-or-later
// sayline-cli search: statements by speaker, words, target, date, publisher and kind.
#include <memory>
#include <ostream>

#include "Command.h"
#include "LibraryJson.h"
#include "LibraryOptions.h"
#include "TablePrinter.h"
#include "service/SearchService.h"

namespace sayline::cli {
namespace {

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

struct SearchOptions
{
    LibraryOptions library;
    store::SearchQuery query;
    DateRangeOptions dates;
    std::optional<long long> limit;
};

int runSearch(CommandContext& context, const SearchOptions& args)
{
    const auto library = args.library.readPath(context, "search");
    if (!library)
        return ExitFailure;
    store::SearchQuery query = args.query;
    query.from = args.dates.firstDay();
    query.to = args.dates.lastDay();
    if (args.limit)
        query.limit = clampedLimit(*args.limit);

    service::SearchService search(*library);
    const auto statements = search.searchStatements(query);
    if (!statements)
        return reportError(context, "search", statements.error(), static_cast<int>(statements.code()));
    if (args.library.json)
        context.out << statementsJson(statements.value()) << '\n';
    else
        printHuman(context.out, statements.value());
    return ExitOk;
}

} // namespace

CommandRun configureSearch(CLI::App& command)
{
    auto options = std::make_shared<SearchOptions>();
    static const CLI::Validator kindCheck(
        [](const std::string& text) {
            return model::statementKindFromString(text) ? std::string()
                                                        : "is direct, indirect or mixed, not '" + text + "'";
        },
        "");
    store::SearchQuery& query = options->query;
    addLibraryOptions(command, options->library);
    addReadLibraryOption(command, options->library);
    command.add_option("--speaker", query.speaker, "statements of this speaker")->type_name("NAME");
    command.add_option("--text", query.text, "statements whose words match")->type_name("FTS-QUERY");
    command.add_option("--about", query.about, "statements about this entity")->type_name("ENTITY");
    addDateRangeOptions(command, options->dates, "statements published");
    command.add_option("--publisher", query.publisher, "statements in articles of this publisher")->type_name("NAME");
    command
        .add_option_function<std::string>(
            "--kind", [&query](const std::string& text) { query.kind = model::statementKindFromString(text); },
            "direct (quoted), indirect (reported) or mixed")
        ->type_name("KIND")
        ->check(kindCheck);
    addLimitOption(command, options->limit, "list at most N statements (default 50)");
    command.footer(
        "Statements matching every filter: by speaker newest first, by --text alone best match first.\n"
        "NAME and ENTITY are names or aliases (case and accents do not matter); FTS-QUERY is SQLite FTS5 syntax\n"
        "(words, \"a phrase\", OR, NOT, prefix*). Matches show in [brackets].");
    return [options](CommandContext& context) { return runSearch(context, *options); };
}

} // namespace sayline::cli
