// SPDX-License-Identifier: GPL-3.0-or-later
#include "LibraryOptions.h"

#include <algorithm>
#include <cctype>
#include <ostream>
#include <regex>

#include "model/Error.h"
#include "service/LibraryPaths.h"
#include "service/LibraryStore.h"

namespace sayline::cli {

namespace {

std::optional<std::filesystem::path> resolveLibrary(const std::string& library, CommandContext& context,
                                                    const char* command)
{
    std::filesystem::path resolved;
    try {
        resolved = service::libraryPathOrDefault(library);
    } catch (const std::exception& error) {
        context.err << "sayline-cli " << command << ": " << error.what() << '\n';
        return std::nullopt;
    }
    if (service::isTeamArchive(resolved)) {
        // A password in the address is refused before anything connects (libpq reads ~/.pgpass, PGSERVICE).
        if (const auto problem = service::archiveAddressProblem(resolved)) {
            context.err << "sayline-cli " << command << ": " << *problem << '\n';
            return std::nullopt;
        }
        return resolved;
    }
    if (const auto notice = service::readOnlyLibraryNotice(resolved))
        context.err << "sayline-cli " << command << ": " << *notice << '\n';
    return resolved;
}

} // namespace

std::optional<std::filesystem::path> LibraryOptions::path(CommandContext& context, const char* command) const
{
    return resolveLibrary(library, context, command);
}

std::optional<std::filesystem::path> LibraryOptions::readPath(CommandContext& context, const char* command) const
{
    return resolveLibrary(readLibrary.empty() ? library : readLibrary, context, command);
}

void addLibraryOptions(CLI::App& command, LibraryOptions& options, bool json)
{
    command.add_option("--library", options.library, "the library file (default: the user's data folder), or a team archive: "
                       "postgresql://user@host:port/dbname")
        ->type_name("PATH");
    if (json)
        command.add_flag("--json", options.json, "print JSON instead of text");
}

void addReadLibraryOption(CLI::App& command, LibraryOptions& options)
{
    command
        .add_option("--read-library", options.readLibrary,
                    "read from this store instead of --library, e.g. a streaming replica of the team archive "
                    "(postgresql://user@replica:5432/dbname)")
        ->type_name("ADDRESS");
}

std::optional<std::string> DateRangeOptions::firstDay() const
{
    return from ? dateBound(*from, false) : std::nullopt;
}

std::optional<std::string> DateRangeOptions::lastDay() const
{
    return to ? dateBound(*to, true) : std::nullopt;
}

void addDateRangeOptions(CLI::App& command, DateRangeOptions& range, const std::string& what)
{
    static const CLI::Validator dateCheck(
        [](const std::string& text) {
            return dateBound(text, false) ? std::string() : "wants YYYY, YYYY-MM or YYYY-MM-DD, not '" + text + "'";
        },
        "");
    command.add_option("--from", range.from, "only " + what + " on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)")
        ->type_name("DATE")
        ->check(dateCheck);
    command.add_option("--to", range.to, "only " + what + " on or before DATE")->type_name("DATE")->check(dateCheck);
}

void addInputFormatOption(CLI::App& command, ingest::Format& format)
{
    static const CLI::Validator formatCheck(
        [](const std::string& text) {
            return ingest::formatFromString(text) ? std::string() : "unknown format '" + text + "'";
        },
        "");
    command
        .add_option_function<std::string>(
            "--format", [&format](const std::string& text) { format = *ingest::formatFromString(text); },
            "auto (sniff the content; the default), text, html, rss, atom, nitf, newsml or mhtml")
        ->type_name("FORMAT")
        ->check(formatCheck);
}

void addQuietOption(CLI::App& command, bool& quiet)
{
    command.add_flag("-q,--quiet", quiet, "no progress bar (there is none either when stderr is not a terminal)");
}

void addJobsOption(CLI::App& command, int& jobs)
{
    command.add_option("-j,--jobs", jobs, "how many files to read and analyse at once (default: one per core)")
        ->type_name("N")
        ->check(CLI::Range(1, 1024));
}

void addLimitOption(CLI::App& command, std::optional<long long>& limit, const std::string& help)
{
    command.add_option("--limit", limit, help)->type_name("N")->check(positiveNumberCheck());
}

const CLI::Validator& positiveNumberCheck()
{
    static const CLI::Validator check(
        [](const std::string& text) {
            return positiveNumber(text) ? std::string() : "wants a positive whole number, not '" + text + "'";
        },
        "");
    return check;
}

std::optional<std::string> dateBound(const std::string& text, bool end)
{
    static const std::regex pattern(R"((\d{4})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?)");
    std::smatch match;
    if (!std::regex_match(text, match, pattern))
        return std::nullopt;
    if (match[5].matched)
        return text;
    if (match[3].matched)
        return text + (end ? "-31" : "-01");
    return text + (end ? "-12-31" : "-01-01");
}

std::optional<long long> positiveNumber(const std::string& text)
{
    if (text.empty() || text.size() > 18)
        return std::nullopt;
    for (char c : text) {
        if (!std::isdigit(static_cast<unsigned char>(c)))
            return std::nullopt;
    }
    const long long value = std::stoll(text);
    if (value <= 0)
        return std::nullopt;
    return value;
}

int clampedLimit(long long limit)
{
    return static_cast<int>(std::clamp<long long>(limit, 1, 1000000));
}

int reportError(CommandContext& context, const char* command, const std::string& message, int code)
{
    context.err << "sayline-cli " << command << ": " << message << '\n';
    return code == static_cast<int>(ErrorCode::Usage) ? ExitUsage : ExitFailure;
}

} // namespace sayline::cli
