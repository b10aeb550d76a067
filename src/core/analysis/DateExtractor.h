// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace sayline::analysis {

class Document;
class Lexicons;

/// A temporal expression; offsets are UTF-16 units into Document::text().
struct DateRecord
{
    int start = 0;
    int end = 0;
    std::string type;  ///< "date", "time", "duration", "set"
    std::string value; ///< TIMEX3 value
};

/// Finds dates, times, durations and sets and normalises them to TIMEX3 values, resolving relative
/// expressions against referenceDate (YYYY-MM-DD[THH:MM...]) when given.
class DateExtractor
{
public:
    explicit DateExtractor(const Lexicons& lexicons);
    std::vector<DateRecord> extract(const Document& document, const std::optional<std::string>& referenceDate) const;

private:
    const Lexicons& m_lexicons;
};

} // namespace sayline::analysis
