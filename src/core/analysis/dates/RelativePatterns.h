// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>

#include "TimexContext.h"

namespace sayline::analysis {

/// Expressions resolved against the reference date or the last date mentioned: fixed phrases ("today",
/// "currently", "the near term"), "last week", "this year", "next month", "the past year", weekdays
/// ("Wednesday", "last Monday"), "last September", "the day", "the same period last year", "later".
class RelativePatterns
{
public:
    explicit RelativePatterns(const TimexContext& context);

    /// The longest relative expression starting at token i.
    std::optional<TimexMatch> match(int i) const;

private:
    std::optional<TimexMatch> phrase(int i) const;
    std::optional<TimexMatch> relativeUnit(int i) const;
    std::optional<TimexMatch> weekday(int i) const;
    std::optional<TimexMatch> anaphoric(int i) const;
    std::optional<TimexMatch> later(int i) const;
    /// The value of a *-time-deictic phrase (see docs/analysis-dates.md).
    std::string resolveTemplate(const std::string& value, int first, int end) const;

    /// A capitalised word inside a proper name ("USA Today", "Current TV").
    bool insideName(int i) const;
    /// The year of the last date mentioned, else the reference year; nullopt when neither is known.
    std::optional<int> contextYear() const;

    const TimexContext& m_ctx;
};

} // namespace sayline::analysis
