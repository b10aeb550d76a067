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

std::string nameOf(const model::AnalysedArticle& analysis, const std::optional<std::string>& id)
{
    const model::Entity* entity = id ? analysis.entityById(*id) : nullptr;
    return entity ? entity->name : std::string();
}

void printHuman(std::ostream& out, const store::StoredAnalysis& stored, bool body)
{
    const model::AnalysedArticle& analysis = stored.analysis;
    const model::Article& article = analysis.article;
    out << "Article " << stored.articleId << ": " << article.title << '\n';
    out << "  publisher: " << article.publisher.value_or("-") << '\n';
    out << "  published: " << article.published.value_or("-") << '\n';
    out << "  file:      " << article.file << '\n';
    if (body)
        out << '\n' << article.body() << '\n';

    out << "\nStatements (" << analysis.statements.size() << ")\n";
    for (const auto& statement : analysis.statements) {
        const std::string speaker = nameOf(analysis, statement.speaker);
        out << "  [" << stored.statementRows.at(statement.id) << "] "
            << (speaker.empty() ? statement.speakerText : speaker);
        if (!speaker.empty() && !statement.speakerText.empty() && statement.speakerText != speaker)
            out << " as \"" << statement.speakerText << '"';
        out << " (" << statement.cue << ", " << model::toString(statement.kind) << ", "
            << model::toString(statement.claimType) << ")\n";
        out << "      \"" << statement.content << "\"\n";
        if (!statement.about.empty()) {
            out << "      about:";
            for (const auto& target : statement.about)
                out << ' ' << nameOf(analysis, target) << ';';
            out << '\n';
        }
    }

    out << "\nEntities (" << analysis.entities.size() << ")\n";
    TablePrinter entities({ "  ENTITY", "TYPE", "NAME", "ALSO", "ROLES", "MENTIONS" }, { 0, 0, 40, 30, 20, 0 });
    for (const auto& entity : analysis.entities) {
        std::string aliases;
        for (const auto& alias : entity.aliases)
            aliases += (aliases.empty() ? "" : "; ") + alias;
        std::string roles;
        for (const auto& role : entity.roles)
            roles += (roles.empty() ? "" : "; ") + role;
        entities.addRow({ "  " + std::to_string(stored.entityRows.at(entity.id)), model::toString(entity.type),
                          entity.name, aliases, roles, std::to_string(entity.mentions.size()) });
    }
    if (!entities.empty())
        entities.print(out);

    out << "\nDates (" << analysis.dates.size() << ")\n";
    for (const auto& date : analysis.dates)
        out << "  " << date.text << " = " << date.value << " (" << model::toString(date.type) << ")\n";
    if (!stored.complete)
        out << "\n(stored by an earlier Sayline: some fields are missing until `sayline-cli reanalyse "
            << stored.articleId << "`)\n";
}

struct ShowOptions
{
    LibraryOptions library;
    bool body = false;
    long long id = 0;
};

int runShow(CommandContext& context, const ShowOptions& args)
{
    const auto library = args.library.readPath(context, "show");
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
    addReadLibraryOption(command, options->library);
    command.add_flag("--body", options->body, "print the article's text too");
    command.add_option("ARTICLE-ID", options->id, "the article (an id from 'articles')")
        ->required()
        ->check(positiveNumberCheck());
    command.footer("Shows an article's metadata, statements, entities and dates.");
    return [options](CommandContext& context) { return runShow(context, *options); };
}

} // namespace sayline::cli
