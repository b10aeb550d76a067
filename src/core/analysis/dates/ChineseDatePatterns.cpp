// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChineseDatePatterns.h"

namespace sayline::analysis {
namespace {

int chineseDigit(char16_t c)
{
    switch (c) {
    case u'\u3007': // 〇
    case u'\u96F6': // 零
        return 0;
    case u'\u4E00': // 一
        return 1;
    case u'\u4E8C': // 二
    case u'\u4E24': // 两
        return 2;
    case u'\u4E09':
        return 3;
    case u'\u56DB':
        return 4;
    case u'\u4E94':
        return 5;
    case u'\u516D':
        return 6;
    case u'\u4E03':
        return 7;
    case u'\u516B':
        return 8;
    case u'\u4E5D':
        return 9;
    default:
        return -1;
    }
}

constexpr char16_t ten = u'\u5341'; // 十

} // namespace

ChineseDatePatterns::ChineseDatePatterns(const TimexContext& context)
    : m_ctx(context)
{
}

std::optional<TimexMatch> ChineseDatePatterns::match(int i) const
{
    std::optional<TimexMatch> date = calendarDate(i);
    std::optional<TimexMatch> time = clockTime(i);
    if (time && (!date || time->end > date->end))
        return time;
    return date;
}

std::optional<std::pair<int, int>> ChineseDatePatterns::numberAt(int i) const
{
    if (m_ctx.isNumber(i)) {
        const int value = m_ctx.integer(i, 1, 4);
        return value < 0 ? std::nullopt : std::optional(std::make_pair(value, i + 1));
    }
    // 二〇二二 (digit by digit), 十五, 二十一, 三十
    int left = -1; // digits before 十
    int right = 0; // digits after it
    int value = 0;
    bool sawTen = false;
    int j = i;
    for (; j - i < 5 && m_ctx.isWord(j) && (j == i || m_ctx.glued(j)) && m_ctx.lower(j).size() == 1; ++j) {
        const char16_t c = m_ctx.lower(j)[0];
        if (c == ten && !sawTen) {
            sawTen = true;
            left = j == i ? 1 : value;
            continue;
        }
        const int digit = chineseDigit(c);
        if (digit < 0)
            break;
        if (sawTen)
            right = right * 10 + digit;
        else
            value = value * 10 + digit;
    }
    if (j == i)
        return std::nullopt;
    return std::make_pair(sawTen ? left * 10 + right : value, j);
}

std::optional<TimexMatch> ChineseDatePatterns::calendarDate(int i) const
{
    const auto first = numberAt(i);
    if (!first)
        return std::nullopt;
    int k = first->second;
    int year = -1;
    if (m_ctx.is(k, u"\u5E74") && first->first >= 1000 && first->first <= 2999) { // 年
        year = first->first;
        ++k;
    }
    const auto month = year > 0 ? numberAt(k) : first;
    const int monthEnd = month ? month->second : k;
    if (!month || !m_ctx.is(monthEnd, u"\u6708") || month->first < 1 || month->first > 12) { // 月
        if (year > 0)
            return makeMatch(i, k, "date", calendar::formatYear(year));
        return std::nullopt;
    }
    k = monthEnd + 1;
    if (m_ctx.is(k, u"\u4EFD")) // 份
        ++k;
    const auto day = numberAt(k);
    if (day && (m_ctx.is(day->second, u"\u65E5") || m_ctx.is(day->second, u"\u53F7")) && day->first >= 1 // 日 号
        && day->first <= calendar::daysInMonth(year > 0 ? year : 2000, month->first)) {
        const int end = day->second + 1;
        if (year > 0)
            return makeMatch(i, end, "date", calendar::formatDate({ year, month->first, day->first }));
        return makeMatch(i, end, "date", m_ctx.normalizer().monthDay(month->first, day->first));
    }
    if (year > 0)
        return makeMatch(i, k, "date", calendar::formatMonth(year, month->first));
    return makeMatch(i, k, "date", m_ctx.normalizer().month(month->first, Direction::Unknown));
}

std::optional<TimexMatch> ChineseDatePatterns::clockTime(int i) const
{
    // [上午|下午|晚上|早上|中午] H 点|时 [M 分|半]
    int j = i;
    int shift = 0;
    const std::u16string_view first = m_ctx.lower(i);
    const std::u16string_view second = m_ctx.lower(i + 1);
    if (second == u"\u5348" && (first == u"\u4E0B" || first == u"\u4E2D")) // 下午 中午
        shift = 12;
    if ((first == u"\u665A" && second == u"\u4E0A") || shift > 0 || (first == u"\u4E0A" && second == u"\u5348")
        || (first == u"\u65E9" && second == u"\u4E0A")) { // 晚上 上午 早上
        if (first == u"\u665A")
            shift = 12;
        j = i + 2;
    }
    const auto hour = numberAt(j);
    if (!hour || hour->first > 24 || !(m_ctx.is(hour->second, u"\u70B9") || m_ctx.is(hour->second, u"\u65F6"))) // 点 时
        return std::nullopt;
    if (j == i && !m_ctx.isNumber(i))
        return std::nullopt; // "一点" alone is too often "a bit"
    int end = hour->second + 1;
    int minute = 0;
    if (m_ctx.is(end, u"\u534A")) { // 半
        minute = 30;
        ++end;
    } else if (const auto minutes = numberAt(end);
               minutes && m_ctx.is(minutes->second, u"\u5206") && minutes->first < 60) {
        minute = minutes->first;
        end = minutes->second + 1;
    }
    int h = hour->first;
    if (shift == 12 && h < 12)
        h += 12;
    TimexMatch match;
    match.first = i;
    match.end = end;
    match.type = "time";
    match.timeOfDay = "T" + calendar::twoDigits(h) + ":" + calendar::twoDigits(minute);
    return match;
}

} // namespace sayline::analysis
