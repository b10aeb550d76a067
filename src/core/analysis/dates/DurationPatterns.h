// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include "TimexContext.h"

namespace sayline::analysis {

/// Durations and sets: "33 years", "a decade", "two and a half years", "five-year", "decades-long",
/// "three years ago", "for years", "recent months", "every Monday", "each year", "weekly", "15 a year".
class DurationPatterns
{
public:
    explicit DurationPatterns(const TimexContext& context);

    /// The longest duration or set starting at token i.
    std::optional<TimexMatch> match(int i) const;

private:
    std::optional<TimexMatch> measured(int i) const;
    std::optional<TimexMatch> bareUnit(int i) const;
    std::optional<TimexMatch> every(int i) const;
    std::optional<TimexMatch> frequency(int i) const;

    /// Token i - 1 is an amount or a count ("15 a year", "$5 million a year", "twice a day").
    bool afterAmount(int i) const;

    const TimexContext& m_ctx;
};

} // namespace sayline::analysis
