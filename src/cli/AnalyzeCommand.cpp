// SPDX-License-Identifier: GPL-3.0-or-later
// sayline-cli analyze: JSON Lines of the analysis contract, no store involved.
#include <iostream>
#include <iterator>
#include <regex>

#include "Command.h"
#include "analysis/Analyzer.h"
#include "export/AnalysisJson.h"
#include "service/AnalysisService.h"

namespace sayline::cli {
namespace {

constexpr const char* kUsage = "usage: sayline-cli analyze [--format auto|text|html|rss|atom|nitf|newsml|mhtml]\n"
                               "                           [--reference-date YYYY-MM-DD] [--language auto|en|zh]\n"
                               "                           [--entity-typing rules|tagger] FILE|- ...\n";

bool isIsoDate(const std::string& text)
{
    static const std::regex pattern(R"(\d{4}-\d{2}-\d{2})");
    return std::regex_match(text, pattern);
}

} // namespace

int runAnalyze(CommandContext& context)
{
    ingest::Format format = ingest::Format::Auto;
    analysis::AnalysisOptions options;
    std::vector<std::string> inputs;
    const auto& args = context.args;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        auto optionValue = [&](const char* name) -> const std::string* {
            if (i + 1 >= args.size()) {
                context.err << "sayline-cli analyze: " << name << " needs a value\n" << kUsage;
                return nullptr;
            }
            return &args[++i];
        };
        if (arg == "--format") {
            const std::string* value = optionValue("--format");
            if (!value)
                return ExitUsage;
            auto parsed = ingest::formatFromString(*value);
            if (!parsed) {
                context.err << "sayline-cli analyze: unknown format '" << *value << "'\n" << kUsage;
                return ExitUsage;
            }
            format = *parsed;
        } else if (arg == "--reference-date") {
            const std::string* value = optionValue("--reference-date");
            if (!value)
                return ExitUsage;
            if (!isIsoDate(*value)) {
                context.err << "sayline-cli analyze: --reference-date wants YYYY-MM-DD, not '" << *value << "'\n";
                return ExitUsage;
            }
            options.referenceDate = *value;
        } else if (arg == "--language") {
            const std::string* value = optionValue("--language");
            if (!value)
                return ExitUsage;
            if (*value != "auto" && *value != "en" && *value != "zh") {
                context.err << "sayline-cli analyze: unknown language '" << *value << "'\n" << kUsage;
                return ExitUsage;
            }
            options.language = *value;
        } else if (arg == "--entity-typing") {
            const std::string* value = optionValue("--entity-typing");
            if (!value)
                return ExitUsage;
            if (*value != "rules" && *value != "tagger") {
                context.err << "sayline-cli analyze: unknown entity typing '" << *value << "'\n" << kUsage;
                return ExitUsage;
            }
            options.taggerTyping = *value == "tagger";
        } else if (arg == "-h" || arg == "--help") {
            context.out << kUsage;
            return ExitOk;
        } else if (arg.size() > 1 && arg[0] == '-' && arg != "-") {
            context.err << "sayline-cli analyze: unknown option '" << arg << "'\n" << kUsage;
            return ExitUsage;
        } else {
            inputs.push_back(arg);
        }
    }
    if (inputs.empty()) {
        context.err << kUsage;
        return ExitUsage;
    }

    const analysis::Analyzer analyzer;
    const service::AnalysisService service(analyzer);
    int status = ExitOk;
    for (const std::string& input : inputs) {
        service::AnalysisOutcome outcome;
        if (input == "-") {
            const std::string bytes { std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>() };
            outcome = service.analyseBytes(bytes, "-", format, options);
        } else {
            outcome = service.analyseFile(input, format, options);
        }
        if (!outcome.ok()) {
            context.err << input << ": " << outcome.error << '\n';
            status = ExitFailure;
            continue;
        }
        for (const auto& article : outcome.articles)
            context.out << exporting::toAnalysisJson(article) << '\n';
        context.out.flush();
    }
    return status;
}

} // namespace sayline::cli
