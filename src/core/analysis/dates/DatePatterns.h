// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <utility>

#include "TimexContext.h"

namespace sayline::analysis {

/// Calendar expressions written with numbers and month names: "June 15, 2022", "15 June", "2022-06-15",
/// "June 2022", "March", "2011", "the 1990s", "the 20th century", "fiscal 2009", "the fourth quarter",
/// "Q4 2008", "the first half of 2009", "spring 2009", "the last week of March".
class DatePatterns
{
public:
    explicit DatePatterns(const TimexContext& context);

    /// The longest calendar expression starting at token i.
    std::optional<TimexMatch> match(int i) const;

private:
    std::optional<TimexMatch> numericDate(int i) const;
    std::optional<TimexMatch> monthFirst(int i) const;
    std::optional<TimexMatch> dayFirst(int i) const;
    std::optional<TimexMatch> bareOrdinalDay(int i, int day, int end) const;
    std::optional<TimexMatch> decadeOrCentury(int i) const;
    std::optional<TimexMatch> fiscalYear(int i) const;
    std::optional<TimexMatch> plainYear(int i) const;
    std::optional<TimexMatch> quarterOrHalf(int i) const;
    std::optional<TimexMatch> season(int i) const;
    std::optional<TimexMatch> weekOfMonth(int i) const;

    /// A capitalised month word at i (abbreviations included): month and the token after it (and its '.').
    std::optional<std::pair<const MonthWord*, int>> monthAt(int i) const;
    /// ", 2022", "2022" or "of 2022" at i: the year and the end token.
    std::optional<std::pair<int, int>> yearAfter(int i, bool allowOf) const;
    /// "of 2008", "2008", "of last year", "of the year": the year (relative years resolved) and the end.
    std::optional<std::pair<std::string, int>> periodYear(int i) const;
    /// A month can be read here: "May" only with a date context.
    bool monthContext(int i) const;

    const TimexContext& m_ctx;
};

} // namespace sayline::analysis
