// SPDX-License-Identifier: GPL-3.0-or-later
// Summaries of real articles analysed afresh (as `sayline-cli analyze` does), and checks every format shares.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "analysis/Analyzer.h"
#include "export/SummaryDocument.h"
#include "service/AnalysisService.h"

namespace sayline::test {

inline const std::filesystem::path kReferenceArticle
    = std::filesystem::path(SAYLINE_SOURCE_DIR) / "resources" / "samples" / "global-times-2022-06-15-us-threat.txt";
inline const std::filesystem::path kChineseArticle
    = std::filesystem::path(SAYLINE_TEST_DATA) / "export" / "chinese-cyber-briefing.txt";
/// The number of statements the analysis finds in the reference article (issue 14's "10 statement highlights").
inline constexpr std::size_t kReferenceStatements = 10;

/// A summary of the articles in file, analysed now.
inline exporting::SummaryDocument analysedSummary(const std::filesystem::path& file)
{
    static const analysis::Analyzer analyzer;
    service::AnalysisOutcome outcome = service::AnalysisService(analyzer).analyseFile(file, ingest::Format::Auto, {});
    exporting::SummaryDocument document;
    for (model::AnalysedArticle& article : outcome.articles)
        document.articles.push_back({ std::move(article), {}, {}, {} });
    return document;
}

/// True when needle stands anywhere in text right after an opening quotation mark (as UTF-8 or as an HTML entity).
inline bool quotedIn(std::string_view text, std::string_view needle)
{
    static constexpr std::string_view kOpening[]
        = { "\u201c", "\"", "\u2018", "\u00ab", "\u201e", "'", "&quot;", "&#39;" };
    for (std::size_t at = text.find(needle); at != std::string_view::npos; at = text.find(needle, at + 1)) {
        for (std::string_view mark : kOpening) {
            if (at >= mark.size() && text.substr(at - mark.size(), mark.size()) == mark)
                return true;
        }
    }
    return false;
}

/// text with every run of white space made one space.
inline std::string squeezed(std::string_view text)
{
    std::string out;
    bool space = false;
    for (char c : text) {
        const bool white = c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f';
        if (white && !space && !out.empty())
            out += ' ';
        else if (!white)
            out += c;
        space = white;
    }
    return out;
}

} // namespace sayline::test
