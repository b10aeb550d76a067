// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sayline::analysis {

/// One line of a lexicon file: tab-separated fields (the first is the key).
using LexiconEntry = std::vector<std::string>;

/// The word lists in resources/lexicons/ (compiled in), the one place the analysis reads them from. A
/// lexicon is named <language>-<what> ("en-time-months", "zh-time-deictic"). File format: UTF-8, one entry
/// per line, fields separated by tabs, '#' starts a comment line, blank lines ignored.
class Lexicons
{
public:
    /// Finds every compiled-in lexicons/*.txt; each is parsed on its first use (an English text never parses
    /// the Chinese lexicons). Safe to use from several threads.
    Lexicons();

    /// The entries of lexicons/<name>.txt. Throws sayline::Error when no such lexicon is compiled in, so a
    /// misspelt or renamed lexicon fails loudly instead of leaving a rule without its words.
    const std::vector<LexiconEntry>& entries(std::string_view name) const;
    /// The first field of every entry of a lexicon; with a tag, only of the entries whose second field lists
    /// that tag among its space-separated tags ("is<TAB>auxiliary passive" has the tags auxiliary and passive).
    std::vector<std::string> words(std::string_view name, std::string_view tag = {}) const;
    /// The names of every compiled-in lexicon, sorted.
    std::vector<std::string> names() const;

    /// Parses lexicon text (exposed for tests and for user lexicons).
    static std::vector<LexiconEntry> parse(std::string_view text);

private:
    struct Lexicon
    {
        std::string_view text; ///< the compiled-in bytes
        std::optional<std::vector<LexiconEntry>> entries; ///< parsed on first use
    };

    mutable std::mutex m_mutex; ///< guards the parsing of Lexicon::entries
    mutable std::map<std::string, Lexicon, std::less<>> m_lexicons;
};

} // namespace sayline::analysis
