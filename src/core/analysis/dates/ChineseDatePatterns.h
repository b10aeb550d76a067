// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <utility>

#include "TimexContext.h"

namespace sayline::analysis {

/// Chinese calendar dates, clock times and durations, in Arabic or Chinese numerals: "2022年6月15日",
/// "二〇二二年六月", "6月15日", "去年10月", "下午3点30分", "星期四(6月5日)" (one expression, the date's value),
/// "上星期二", "三个月", "逾五年", "几天", "12个月前". Fixed words (今天, 去年, 星期三) live in zh-time-deictic
/// and are matched by RelativePatterns.
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
    /// N日 alone at i (a number with its end token): the latest such day up to the reference.
    std::optional<TimexMatch> dayOfMonth(int i, std::pair<int, int> day) const;
    /// 今年, 去年, 前年, 明年 at i: the year and the end token.
    std::optional<std::pair<int, int>> yearWordAt(int i) const;
    /// 星期X, 周X, 礼拜X at i: the ISO weekday and the end token.
    std::optional<std::pair<int, int>> weekdayAt(int i) const;
    /// [上|本|这|下]星期X, with a bracketed date after it taking the date's value.
    std::optional<TimexMatch> weekdayDate(int i) const;
    /// A date followed by its weekday in brackets: 5月26日(星期二).
    std::optional<TimexMatch> withBracketedWeekday(std::optional<TimexMatch> date) const;
    /// N年, N天, N个月, N个星期, N周, N小时, 几天, 数月, 逾五年, 三年来; N…前/后 as a date.
    std::optional<TimexMatch> duration(int i) const;
    bool isOpeningBracket(int i) const;
    bool isClosingBracket(int i) const;

    const TimexContext& m_ctx;
    bool m_hasIdeograph = false; ///< any CJK unified ideograph (U+4E00..U+9FFF) among the tokens
};

} // namespace sayline::analysis
