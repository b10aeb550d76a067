// SPDX-License-Identifier: GPL-3.0-or-later
// Option parsing shared by the library subcommands (--library PATH, --json, --help and their own options).
#pragma once

#include <filesystem>
#include <initializer_list>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "Command.h"

namespace sayline::cli {

/// One option a subcommand accepts: "--limit" with a value, or a flag.
struct OptionSpec
{
    const char* name;
    bool takesValue;
};

/// Parsed arguments of a library subcommand.
class LibraryArguments
{
public:
    /// Parses context.args; on --help prints usage and on a mistake prints it with the usage to stderr.
    /// Returns the exit code to stop with, or nullopt to go on.
    std::optional<int> parse(CommandContext& context, const char* command, const char* usage,
                             std::initializer_list<OptionSpec> options);

    std::filesystem::path library() const { return m_library; }
    bool json() const { return m_json; }
    std::optional<std::string> value(const std::string& name) const;
    bool flag(const std::string& name) const { return m_flags.count(name) > 0; }
    const std::vector<std::string>& positional() const { return m_positional; }

private:
    std::filesystem::path m_library;
    bool m_json = false;
    std::map<std::string, std::string> m_values;
    std::set<std::string> m_flags;
    std::vector<std::string> m_positional;
};

/// A date bound from the command line: YYYY, YYYY-MM or YYYY-MM-DD, widened to a day (the start of the period
/// for --from, its end for --to). nullopt when malformed.
std::optional<std::string> dateBound(const std::string& text, bool end);

/// A positive integer, or nullopt.
std::optional<long long> positiveNumber(const std::string& text);

/// Prints "sayline-cli COMMAND: message" to err and returns the exit code matching the error code.
int reportError(CommandContext& context, const char* command, const std::string& message, int code);

} // namespace sayline::cli
