// SPDX-License-Identifier: GPL-3.0-or-later
// sayline-cli show: one article with everything the library holds about it.
#include <ostream>

#include "Command.h"
#include "LibraryJson.h"
#include "LibraryOptions.h"
#include "TablePrinter.h"
#include "service/SearchService.h"

namespace sayline::cli {
namespace {

constexpr const char* kUsage = "usage: sayline-cli show [--library PATH] [--json] [--body] ARTICLE-ID\n"
                               "Shows an article's metadata, statements, entities and dates (--body: its text too).\n";

void printHuman(std::ostream& out, const store::ArticleAnnotations& annotations, bool body)
{
    const model::Article& article = annotations.article.article;
    out << "Article " << annotations.article.id << ": " << article.title << '\n';
    out << "  publisher: " << article.publisher.value_or("-") << '\n';
    out << "  published: " << article.published.value_or("-") << '\n';
    out << "  file:      " << article.file << '\n';
    if (body)
        out << '\n' << article.body() << '\n';

    out << "\nStatements (" << annotations.statements.size() << ")\n";
    for (const auto& statement : annotations.statements) {
        out << "  [" << statement.id << "] " << statement.speaker << " (" << statement.cue << ", "
            << model::toString(statement.kind) << ", " << model::toString(statement.claimType) << ")\n";
        out << "      \"" << statement.content << "\"\n";
        if (!statement.about.empty()) {
            out << "      about:";
            for (const auto& target : statement.about)
                out << ' ' << target << ';';
            out << '\n';
        }
    }

    out << "\nEntities (" << annotations.entities.size() << ")\n";
    TablePrinter entities({ "  ENTITY", "TYPE", "NAME", "MENTIONS" }, { 0, 0, 50, 0 });
    for (const auto& entity : annotations.entities) {
        entities.addRow({ "  " + std::to_string(entity.entityId), model::toString(entity.type), entity.name,
                          std::to_string(entity.mentions.size()) });
    }
    if (!entities.empty())
        entities.print(out);

    out << "\nDates (" << annotations.dates.size() << ")\n";
    for (const auto& date : annotations.dates)
        out << "  " << date.text << " = " << date.value << " (" << model::toString(date.type) << ")\n";
}

} // namespace

int runShow(CommandContext& context)
{
    LibraryArguments args;
    if (auto exit = args.parse(context, "show", kUsage, { { "--body", false } }))
        return *exit;
    if (args.positional().size() != 1) {
        context.err << kUsage;
        return ExitUsage;
    }
    const auto id = positiveNumber(args.positional().front());
    if (!id) {
        context.err << "sayline-cli show: '" << args.positional().front() << "' is not an article id\n";
        return ExitUsage;
    }
    service::SearchService search(args.library());
    const auto article = search.article(*id);
    if (!article)
        return reportError(context, "show", article.error(), static_cast<int>(article.code()));
    if (args.json())
        context.out << articleJson(article.value()) << '\n';
    else
        printHuman(context.out, article.value(), args.flag("--body"));
    return ExitOk;
}

} // namespace sayline::cli
