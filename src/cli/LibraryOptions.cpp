// SPDX-License-Identifier: GPL-3.0-or-later
#include "LibraryOptions.h"

#include <cctype>
#include <ostream>
#include <regex>

#include "model/Error.h"
#include "service/LibraryPaths.h"

namespace sayline::cli {

std::optional<int> LibraryArguments::parse(CommandContext& context, const char* command, const char* usage,
                                           std::initializer_list<OptionSpec> options)
{
    std::string library;
    const auto& args = context.args;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "-h" || arg == "--help") {
            context.out << usage;
            return ExitOk;
        }
        if (arg == "--json") {
            m_json = true;
            continue;
        }
        if (arg == "--") {
            m_positional.insert(m_positional.end(), args.begin() + static_cast<long>(i) + 1, args.end());
            break;
        }
        const bool isLibrary = arg == "--library";
        const OptionSpec* spec = nullptr;
        for (const OptionSpec& option : options) {
            if (arg == option.name)
                spec = &option;
        }
        if (!isLibrary && !spec) {
            if (arg.size() > 1 && arg[0] == '-') {
                context.err << "sayline-cli " << command << ": unknown option '" << arg << "'\n" << usage;
                return ExitUsage;
            }
            m_positional.push_back(arg);
            continue;
        }
        if (isLibrary || spec->takesValue) {
            if (i + 1 >= args.size()) {
                context.err << "sayline-cli " << command << ": " << arg << " needs a value\n" << usage;
                return ExitUsage;
            }
            const std::string& value = args[++i];
            if (isLibrary)
                library = value;
            else
                m_values[arg] = value;
        } else {
            m_flags.insert(arg);
        }
    }
    try {
        m_library = service::libraryPathOrDefault(library);
    } catch (const std::exception& error) {
        context.err << "sayline-cli " << command << ": " << error.what() << '\n';
        return ExitFailure;
    }
    if (const auto notice = service::readOnlyLibraryNotice(m_library))
        context.err << "sayline-cli " << command << ": " << *notice << '\n';
    return std::nullopt;
}

std::optional<std::string> LibraryArguments::value(const std::string& name) const
{
    auto it = m_values.find(name);
    if (it == m_values.end())
        return std::nullopt;
    return it->second;
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

int reportError(CommandContext& context, const char* command, const std::string& message, int code)
{
    context.err << "sayline-cli " << command << ": " << message << '\n';
    return code == static_cast<int>(ErrorCode::Usage) ? ExitUsage : ExitFailure;
}

} // namespace sayline::cli
