// SPDX-License-Identifier: GPL-3.0-or-later
// sayline-cli articles: the articles of the library, newest first.
#include <memory>
#include <ostream>

#include "Command.h"
#include "LibraryJson.h"
#include "LibraryOptions.h"
#include "TablePrinter.h"
#include "service/SearchService.h"

namespace sayline::cli {
namespace {

struct ArticlesOptions
{
    LibraryOptions library;
    std::optional<std::string> publisher;
    std::optional<std::string> text;
    DateRangeOptions dates;
    std::optional<long long> limit;
};

int runArticles(CommandContext& context, const ArticlesOptions& args)
{
    const auto library = args.library.readPath(context, "articles");
    if (!library)
        return ExitFailure;
    store::ArticleFilter filter;
    filter.publisher = args.publisher;
    filter.text = args.text;
    filter.from = args.dates.firstDay();
    filter.to = args.dates.lastDay();
    if (args.limit)
        filter.limit = clampedLimit(*args.limit);

    service::SearchService search(*library);
    const auto articles = search.articles(filter);
    if (!articles)
        return reportError(context, "articles", articles.error(), static_cast<int>(articles.code()));
    if (args.library.json) {
        context.out << articlesJson(articles.value()) << '\n';
        return ExitOk;
    }
    TablePrinter table({ "ID", "DATE", "PUBLISHER", "STATEMENTS", "TITLE" }, { 0, 0, 24, 0, 70 });
    for (const auto& article : articles.value()) {
        table.addRow({ std::to_string(article.id), article.date.value_or("-"), article.publisher.value_or("-"),
                       std::to_string(article.statementCount), article.title });
    }
    table.print(context.out);
    return ExitOk;
}

} // namespace

CommandRun configureArticles(CLI::App& command)
{
    auto options = std::make_shared<ArticlesOptions>();
    addLibraryOptions(command, options->library);
    addReadLibraryOption(command, options->library);
    command.add_option("--publisher", options->publisher, "only articles of this publisher")->type_name("NAME");
    addDateRangeOptions(command, options->dates, "articles published");
    command.add_option("--text", options->text, "only articles whose title or body match (SQLite FTS5 syntax)")
        ->type_name("FTS-QUERY");
    addLimitOption(command, options->limit, "list at most N articles");
    return [options](CommandContext& context) { return runArticles(context, *options); };
}

} // namespace sayline::cli
