// SPDX-License-Identifier: GPL-3.0-or-later
// What the subcommands share on the command line: --library PATH and --json, and the checks of dates, ids and
// limits (the parser runs them, so a bad value is a usage error with the option's name).
#pragma once

#include <CLI/CLI.hpp>
#include <filesystem>
#include <optional>
#include <string>

#include "Command.h"
#include "ingest/ArticleReader.h"

namespace sayline::cli {

/// --library PATH and --json, which every library subcommand takes.
struct LibraryOptions
{
    std::string library;
    std::string readLibrary; ///< --read-library: where searches and reads go (a streaming replica), if not --library
    bool json = false;

    /// --library, else the user's default library; prints why and returns nullopt when there is none. Writes go here.
    std::optional<std::filesystem::path> path(CommandContext& context, const char* command) const;
    /// --read-library when given, else path(): what the searches and reads of the command use.
    std::optional<std::filesystem::path> readPath(CommandContext& context, const char* command) const;
};

/// --library PATH, and --json unless the subcommand has no JSON to print.
void addLibraryOptions(CLI::App& command, LibraryOptions& options, bool json = true);

/// --read-library ADDRESS, for the subcommands that only read (search, speakers, articles, show, export).
void addReadLibraryOption(CLI::App& command, LibraryOptions& options);

/// --from DATE and --to DATE as given; the parser has checked them.
struct DateRangeOptions
{
    std::optional<std::string> from;
    std::optional<std::string> to;

    /// --from widened to its first day, --to to its last (see dateBound).
    std::optional<std::string> firstDay() const;
    std::optional<std::string> lastDay() const;
};

/// --from DATE and --to DATE; `what` says what the dates select ("articles published").
void addDateRangeOptions(CLI::App& command, DateRangeOptions& range, const std::string& what);

/// --limit N (a positive number).
void addLimitOption(CLI::App& command, std::optional<long long>& limit, const std::string& help);

/// --format FORMAT: the input format of the files to read (auto: sniffed from the content).
void addInputFormatOption(CLI::App& command, ingest::Format& format);

/// -q, --quiet: no progress bar (there is none either when stderr is not a terminal).
void addQuietOption(CLI::App& command, bool& quiet);

/// -j, --jobs N: how many files are read and analysed at once (default 0: one per core).
void addJobsOption(CLI::App& command, int& jobs);

/// Checks that a value is a positive whole number (an id or a limit).
const CLI::Validator& positiveNumberCheck();

/// A date bound from the command line: YYYY, YYYY-MM or YYYY-MM-DD, widened to a day (the start of the period
/// for --from, its end for --to). nullopt when malformed.
std::optional<std::string> dateBound(const std::string& text, bool end);

/// A positive integer, or nullopt.
std::optional<long long> positiveNumber(const std::string& text);

/// A --limit value within what the library lists at once (at most a million).
int clampedLimit(long long limit);

/// Prints "sayline-cli COMMAND: message" to err and returns the exit code matching the error code.
int reportError(CommandContext& context, const char* command, const std::string& message, int code);

} // namespace sayline::cli
