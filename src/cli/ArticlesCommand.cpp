// SPDX-License-Identifier: GPL-3.0-or-later
// sayline-cli articles: the articles of the library, newest first.
#include <ostream>

#include "Command.h"
#include "LibraryJson.h"
#include "LibraryOptions.h"
#include "TablePrinter.h"
#include "service/SearchService.h"

namespace sayline::cli {
namespace {

constexpr const char* kUsage
    = "usage: sayline-cli articles [--library PATH] [--json] [--publisher NAME] [--from DATE] [--to DATE]\n"
      "                            [--text FTS-QUERY] [--limit N]\n"
      "DATE is YYYY, YYYY-MM or YYYY-MM-DD; --text searches titles and bodies.\n";

} // namespace

int runArticles(CommandContext& context)
{
    LibraryArguments args;
    if (auto exit = args.parse(
            context, "articles", kUsage,
            { { "--publisher", true }, { "--from", true }, { "--to", true }, { "--text", true }, { "--limit", true } }))
        return *exit;
    if (!args.positional().empty()) {
        context.err << "sayline-cli articles: unexpected argument '" << args.positional().front() << "'\n" << kUsage;
        return ExitUsage;
    }
    store::ArticleFilter filter;
    filter.publisher = args.value("--publisher");
    filter.text = args.value("--text");
    for (const auto& [option, end] : { std::pair { "--from", false }, std::pair { "--to", true } }) {
        if (auto text = args.value(option)) {
            auto bound = dateBound(*text, end);
            if (!bound) {
                context.err << "sayline-cli articles: " << option << " wants YYYY[-MM[-DD]], not '" << *text << "'\n";
                return ExitUsage;
            }
            (end ? filter.to : filter.from) = bound;
        }
    }
    if (auto limit = args.value("--limit")) {
        auto number = positiveNumber(*limit);
        if (!number) {
            context.err << "sayline-cli articles: --limit wants a positive number\n";
            return ExitUsage;
        }
        filter.limit = static_cast<int>(std::min<long long>(*number, 1000000));
    }

    service::SearchService search(args.library());
    const auto articles = search.articles(filter);
    if (!articles)
        return reportError(context, "articles", articles.error(), static_cast<int>(articles.code()));
    if (args.json()) {
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

} // namespace sayline::cli
