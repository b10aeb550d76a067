// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <utility>

#include "TimexContext.h"

namespace sayline::analysis {

/// Chinese calendar dates and clock times written with 年/月/日 and 点/分, in Arabic or Chinese numerals:
/// "2022年6月15日", "二〇二二年六月", "6月15日", "下午3点30分". Fixed words (今天, 去年, 星期三) live in
/// zh-time-deictic and are matched by RelativePatterns.
class ChineseDatePatterns
{
public:
    explicit ChineseDatePatterns(const TimexContext& context);

    std::optional<TimexMatch> match(int i) const;

private:
    /// A number at token i in Arabic digits or Chinese numerals: value and end token.
    std::optional<std::pair<int, int>> numberAt(int i) const;
    std::optional<TimexMatch> calendarDate(int i) const;
    std::optional<TimexMatch> clockTime(int i) const;

    const TimexContext& m_ctx;
};

} // namespace sayline::analysis
