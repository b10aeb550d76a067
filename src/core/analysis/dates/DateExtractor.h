// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace sayline::analysis {

class Document;
class Lexicons;
class TimeLexicon;

/// A temporal expression; offsets are UTF-16 units into Document::text().
struct DateRecord
{
    int start = 0;
    int end = 0;
    std::string type; ///< "date", "time", "duration", "set"
    std::string value; ///< TIMEX3 value
};

/// Finds dates, times, durations and sets and normalises them to TIMEX3 values, resolving relative
/// expressions against referenceDate (YYYY-MM-DD[THH:MM...]) when given. See docs/analysis-dates.md.
class DateExtractor
{
public:
    explicit DateExtractor(const Lexicons& lexicons);
    ~DateExtractor();
    DateExtractor(const DateExtractor&) = delete;
    DateExtractor& operator=(const DateExtractor&) = delete;

    std::vector<DateRecord> extract(const Document& document, const std::optional<std::string>& referenceDate) const;

private:
    std::unique_ptr<TimeLexicon> m_lexicon;
};

} // namespace sayline::analysis
