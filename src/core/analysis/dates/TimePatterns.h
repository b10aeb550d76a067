// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include "TimexContext.h"

namespace sayline::analysis {

/// Times of day: "06:04 PM", "6 p.m.", "16:15 UTC", "noon", "this morning", "last night", "morning". Times
/// without their own date leave TimexMatch::value empty and carry timeOfDay for the extractor to anchor.
class TimePatterns
{
public:
    explicit TimePatterns(const TimexContext& context);

    /// The longest time expression starting at token i.
    std::optional<TimexMatch> match(int i) const;

private:
    std::optional<TimexMatch> clock(int i) const;
    std::optional<TimexMatch> dayPart(int i) const;
    /// "pm", "p.m.", "PM": 1 for pm, 0 for am, -1 when absent; end receives the token after it.
    int meridiem(int i, int& end) const;

    const TimexContext& m_ctx;
};

} // namespace sayline::analysis
