// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChineseDatePatterns.h"

#include "CalendarMath.h"

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
    for (int i = 0; i < m_ctx.size() && !m_hasIdeograph; ++i) {
        for (const char16_t c : m_ctx.lower(i))
            m_hasIdeograph = m_hasIdeograph || (c >= 0x4E00 && c <= 0x9FFF);
    }
}

std::optional<TimexMatch> ChineseDatePatterns::match(int i) const
{
    if (!m_hasIdeograph) // every pattern ends in a unit ideograph (年 月 日 号 天 周 星期 点 时 ...): a text with none
        return std::nullopt; // has no match, and an English text is not tried at every token
    std::optional<TimexMatch> best = withBracketedWeekday(calendarDate(i));
    for (std::optional<TimexMatch> candidate : { clockTime(i), weekdayDate(i), duration(i) })
        if (candidate && (!best || candidate->end > best->end))
            best = std::move(candidate);
    return best;
}

bool ChineseDatePatterns::isOpeningBracket(int i) const
{
    return m_ctx.is(i, u"(") || m_ctx.is(i, u"\uFF08");
}

bool ChineseDatePatterns::isClosingBracket(int i) const
{
    return m_ctx.is(i, u")") || m_ctx.is(i, u"\uFF09");
}

std::optional<TimexMatch> ChineseDatePatterns::dayOfMonth(int i, std::pair<int, int> day) const
{
    // 12日 alone (新华社…12日电, 发言人12日表示): the latest such day up to the reference
    const std::optional<CivilDate>& reference = m_ctx.normalizer().reference();
    if (!reference || !m_ctx.isNumber(i) || day.first < 1 || day.first > 31 || !m_ctx.is(day.second, u"\u65E5")
        || m_ctx.is(i - 1, u"\u6708") || m_ctx.isNumber(i - 1) || m_ctx.is(i - 1, u"\u7B2C")) // 日; not after 月, 第
        return std::nullopt;
    CivilDate date { reference->year, reference->month, day.first };
    // the end of a range takes the month of its start: 7月7日至8日
    const bool rangeEnd = m_ctx.is(i - 1, u"\u81F3") || m_ctx.is(i - 1, u"\u5230") || m_ctx.is(i - 1, u"-");
    if (rangeEnd && m_ctx.lastDay) {
        date = { m_ctx.lastDay->year, m_ctx.lastDay->month, day.first };
    } else if (day.first > reference->day) {
        date.month -= 1;
        if (date.month == 0) {
            date.month = 12;
            date.year -= 1;
        }
    }
    if (day.first > calendar::daysInMonth(date.year, date.month))
        return std::nullopt;
    return makeMatch(i, day.second + 1, "date", calendar::formatDate(date));
}

std::optional<std::pair<int, int>> ChineseDatePatterns::yearWordAt(int i) const
{
    const std::optional<CivilDate>& reference = m_ctx.normalizer().reference();
    if (!reference || !m_ctx.is(i + 1, u"\u5E74")) // 年
        return std::nullopt;
    int shift = 0;
    if (m_ctx.is(i, u"\u4ECA")) // 今
        shift = 0;
    else if (m_ctx.is(i, u"\u53BB")) // 去
        shift = -1;
    else if (m_ctx.is(i, u"\u524D")) // 前
        shift = -2;
    else if (m_ctx.is(i, u"\u660E")) // 明
        shift = 1;
    else
        return std::nullopt;
    return std::make_pair(reference->year + shift, i + 2);
}

std::optional<std::pair<int, int>> ChineseDatePatterns::weekdayAt(int i) const
{
    int k = i;
    if (m_ctx.is(i, u"\u661F") && m_ctx.is(i + 1, u"\u671F")) // 星期
        k = i + 2;
    else if (m_ctx.is(i, u"\u793C") && m_ctx.is(i + 1, u"\u62DC")) // 礼拜
        k = i + 2;
    else if (m_ctx.is(i, u"\u5468")) // 周
        k = i + 1;
    else
        return std::nullopt;
    if (m_ctx.is(k, u"\u65E5") || m_ctx.is(k, u"\u5929")) // 日 天
        return std::make_pair(7, k + 1);
    const int digit = m_ctx.isWord(k) && m_ctx.lower(k).size() == 1 ? chineseDigit(m_ctx.lower(k)[0]) : -1;
    if (digit < 1 || digit > 6 || m_ctx.is(k, u"\u4E24")) // not 两
        return std::nullopt;
    return std::make_pair(digit, k + 1);
}

std::optional<TimexMatch> ChineseDatePatterns::weekdayDate(int i) const
{
    int week = 0; // the reporting week moved by this many weeks; no prefix: the nearest day in the past
    bool prefixed = true;
    if (m_ctx.is(i, u"\u4E0A")) // 上
        week = -1;
    else if (m_ctx.is(i, u"\u4E0B")) // 下
        week = 1;
    else if (!m_ctx.is(i, u"\u672C") && !m_ctx.is(i, u"\u8FD9")) // 本 这
        prefixed = false;
    const auto day = weekdayAt(prefixed ? i + 1 : i);
    if (!day)
        return std::nullopt;
    int end = day->second;
    // 星期四(6月5日): one expression with the date's value
    if (isOpeningBracket(end))
        if (const std::optional<TimexMatch> date = calendarDate(end + 1); date && isClosingBracket(date->end))
            return makeMatch(i, date->end + 1, "date", date->value);
    if (!prefixed)
        return std::nullopt; // RelativePatterns reads a weekday alone (zh-time-deictic)
    const std::optional<CivilDate>& reference = m_ctx.normalizer().reference();
    if (!reference)
        return std::nullopt;
    const int delta = day->first - calendar::isoWeekday(*reference) + 7 * week;
    return makeMatch(i, end, "date", calendar::formatDate(calendar::addDays(*reference, delta)));
}

std::optional<TimexMatch> ChineseDatePatterns::withBracketedWeekday(std::optional<TimexMatch> date) const
{
    if (date && isOpeningBracket(date->end))
        if (const auto day = weekdayAt(date->end + 1); day && isClosingBracket(day->second))
            date->end = day->second + 1;
    return date;
}

std::optional<TimexMatch> ChineseDatePatterns::duration(int i) const
{
    int k = i;
    if (m_ctx.is(k, u"\u903E")) // 逾
        ++k;
    else if (m_ctx.is(k, u"\u8FC7") && m_ctx.is(k + 1, u"\u53BB")) // 过去
        k += 2;
    if (m_ctx.is(k - 1, u"\u7B2C")) // 第: an ordinal
        return std::nullopt;
    bool vague = false;
    int amount = 0;
    if (m_ctx.is(k, u"\u51E0") || m_ctx.is(k, u"\u6570")) { // 几 数
        vague = true;
        ++k;
    } else if (const auto number = numberAt(k); number && number->first > 0 && number->first < 1000) {
        amount = number->first;
        k = number->second;
    } else {
        return std::nullopt;
    }
    const bool counted = m_ctx.is(k, u"\u4E2A"); // 个
    if (counted)
        ++k;
    std::string unit;
    if (m_ctx.is(k, u"\u5E74") && !counted) // 年
        unit = "Y";
    else if (m_ctx.is(k, u"\u6708") && (counted || vague)) // 个月; 3月 is March
        unit = "M";
    else if (m_ctx.is(k, u"\u5929") && !counted) // 天
        unit = "D";
    else if (m_ctx.is(k, u"\u5468") && !counted) // 周
        unit = "W";
    else if (m_ctx.is(k, u"\u661F") && m_ctx.is(k + 1, u"\u671F") && (counted || vague)) { // 个星期
        unit = "W";
        ++k;
    } else if (m_ctx.is(k, u"\u5C0F") && m_ctx.is(k + 1, u"\u65F6")) { // 小时
        unit = "H";
        ++k;
    } else {
        return std::nullopt;
    }
    int end = k + 1;
    if (m_ctx.is(end, u"\u6708") || m_ctx.is(end, u"\u4EE3") || m_ctx.is(end, u"\u7EA7")) // 年月, 年代, 年级
        return std::nullopt;
    // 12个月前, 两天前: a date that far before the reference (…三个月后 stays a duration: after an event)
    const std::optional<CivilDate>& reference = m_ctx.normalizer().reference();
    if (!vague && reference && m_ctx.is(end, u"\u524D") && unit != "H") { // 前
        if (unit == "D" || unit == "W")
            return makeMatch(i, end + 1, "date",
                             calendar::formatDate(calendar::addDays(*reference, -amount * (unit == "W" ? 7 : 1))));
        return makeMatch(i, end + 1, "date", m_ctx.normalizer().shiftedUnit(unit, -amount));
    }
    if (m_ctx.is(end, u"\u6765")) // 三年来
        ++end;
    return makeMatch(i, end, "duration", TimexNormalizer::duration(amount, unit, vague));
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
    int k = i;
    int year = -1;
    if (const auto word = yearWordAt(i)) { // 去年10月
        year = word->first;
        k = word->second;
        const auto month = numberAt(k);
        if (!month || !m_ctx.is(month->second, u"\u6708"))
            return std::nullopt; // 去年 alone is RelativePatterns'
    }
    const auto first = numberAt(k);
    if (!first)
        return std::nullopt;
    if (year < 0)
        k = first->second;
    if (year < 0 && m_ctx.is(k, u"\u5E74") && first->first >= 1000 && first->first <= 2999) { // 年
        year = first->first;
        ++k;
    }
    if (year < 0)
        if (std::optional<TimexMatch> day = dayOfMonth(i, *first))
            return day;
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
    if (j == i && (m_ctx.is(i - 1, u"\u7B2C") || m_ctx.is(i - 1, u"\u3001")))
        return std::nullopt; // 第10点, 、5点: points of a list, not hours
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
