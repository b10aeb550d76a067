// SPDX-License-Identifier: GPL-3.0-or-later
// sayline-cli show: one article with everything the library holds about it.
#include <memory>
#include <ostream>

#include "Command.h"
#include "LibraryJson.h"
#include "LibraryOptions.h"
#include "TablePrinter.h"
#include "service/SearchService.h"

namespace sayline::cli {
namespace {

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

struct ShowOptions
{
    LibraryOptions library;
    bool body = false;
    long long id = 0;
};

int runShow(CommandContext& context, const ShowOptions& args)
{
    const auto library = args.library.path(context, "show");
    if (!library)
        return ExitFailure;
    service::SearchService search(*library);
    const auto article = search.article(args.id);
    if (!article)
        return reportError(context, "show", article.error(), static_cast<int>(article.code()));
    if (args.library.json)
        context.out << articleJson(article.value()) << '\n';
    else
        printHuman(context.out, article.value(), args.body);
    return ExitOk;
}

} // namespace

CommandRun configureShow(CLI::App& command)
{
    auto options = std::make_shared<ShowOptions>();
    addLibraryOptions(command, options->library);
    command.add_flag("--body", options->body, "print the article's text too");
    command.add_option("ARTICLE-ID", options->id, "the article (an id from 'articles')")
        ->required()
        ->check(positiveNumberCheck());
    command.footer("Shows an article's metadata, statements, entities and dates.");
    return [options](CommandContext& context) { return runShow(context, *options); };
}

} // namespace sayline::cli
