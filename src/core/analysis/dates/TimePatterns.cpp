// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimePatterns.h"

namespace sayline::analysis {
namespace {

TimexMatch anchored(int first, int end, std::string timeOfDay)
{
    TimexMatch match;
    match.first = first;
    match.end = end;
    match.type = "time";
    match.timeOfDay = std::move(timeOfDay);
    return match;
}

} // namespace

TimePatterns::TimePatterns(const TimexContext& context)
    : m_ctx(context)
{
}

std::optional<TimexMatch> TimePatterns::match(int i) const
{
    if (m_ctx.isNumber(i))
        return clock(i);
    if (!m_ctx.isWord(i))
        return std::nullopt;
    if (m_ctx.isAny(i, { u"noon", u"midday" }))
        return anchored(i, i + 1, "T12:00");
    if (m_ctx.is(i, u"midnight"))
        return anchored(i, i + 1, "T24:00");
    return dayPart(i);
}

int TimePatterns::meridiem(int i, int& end) const
{
    if (m_ctx.isAny(i, { u"am", u"pm" })) {
        end = i + 1;
        return m_ctx.is(i, u"pm") ? 1 : 0;
    }
    // a.m. / p.m.
    if (m_ctx.isAny(i, { u"a", u"p" }) && m_ctx.isPunct(i + 1, u'.') && m_ctx.glued(i + 1) && m_ctx.is(i + 2, u"m")
        && m_ctx.glued(i + 2)) {
        end = m_ctx.isPunct(i + 3, u'.') && m_ctx.glued(i + 3) ? i + 4 : i + 3;
        return m_ctx.is(i, u"p") ? 1 : 0;
    }
    return -1;
}

std::optional<TimexMatch> TimePatterns::clock(int i) const
{
    // "10.30am": the scanner read a decimal number
    if (const TimeToken& token = m_ctx.token(i); !token.plainDigits && token.lower.size() >= 4
        && token.lower.size() <= 5 && token.lower[token.lower.size() - 3] == u'.') {
        int end = i + 1;
        const int pm = meridiem(i + 1, end);
        const int hour = static_cast<int>(token.number);
        const int minute = static_cast<int>((token.number - hour) * 100 + 0.5);
        if (pm < 0 || hour < 1 || hour > 12 || minute > 59)
            return std::nullopt;
        const int h = pm == 1 ? (hour % 12) + 12 : hour % 12;
        return anchored(i, end, "T" + calendar::twoDigits(h) + ":" + calendar::twoDigits(minute));
    }
    // "1930 GMT" (agency style)
    if (const int compact = m_ctx.integer(i, 4, 4); compact >= 0 && compact % 100 < 60 && compact / 100 <= 24
        && m_ctx.isAny(i + 1, { u"gmt", u"utc" }) && m_ctx.isCapitalized(i + 1))
        return anchored(i, i + 2,
                        "T" + calendar::twoDigits(compact / 100) + ":" + calendar::twoDigits(compact % 100) + "Z");
    const int hour = m_ctx.integer(i, 1, 2);
    if (hour < 0 || hour > 24 || m_ctx.isPunct(i - 1, u'$') || (m_ctx.isPunct(i - 1, u':') && m_ctx.glued(i)))
        return std::nullopt;
    int minute = 0;
    int k = i + 1;
    bool colon = false;
    if (m_ctx.isPunct(k, u':') && m_ctx.glued(k) && m_ctx.glued(k + 1)) {
        minute = m_ctx.integer(k + 1, 2, 2);
        if (minute < 0 || minute > 59)
            return std::nullopt;
        colon = true;
        k += 2;
        if (m_ctx.isPunct(k, u':') && m_ctx.glued(k) && m_ctx.integer(k + 1, 2, 2) >= 0)
            k += 2; // seconds are dropped
    }
    int end = k;
    const int pm = meridiem(k, end);
    if (pm >= 0) {
        if (hour == 0 || hour > 12)
            return std::nullopt;
    } else if (m_ctx.is(k, u"o") && m_ctx.isApostrophe(k + 1) && m_ctx.is(k + 2, u"clock")) {
        end = k + 3;
    } else if (!colon || (hour == 0 && minute == 0)) {
        return std::nullopt; // "0:00" is a counter, not a time
    }
    int h = hour;
    if (pm == 1 && h < 12)
        h += 12;
    if (pm == 0 && h == 12)
        h = 0;
    std::string value = "T" + calendar::twoDigits(h) + ":" + calendar::twoDigits(minute);
    // time zone: "UTC", "GMT", "(GMT +8)", "EST"
    if (m_ctx.isAny(end, { u"utc", u"gmt", u"z" }) && m_ctx.isCapitalized(end)) {
        ++end;
        if (!(m_ctx.isPunct(end, u'+') || m_ctx.isHyphen(end)))
            value += "Z";
    } else if (m_ctx.isPunct(end, u'(') && m_ctx.isAny(end + 1, { u"utc", u"gmt" })) {
        for (int close = end + 2; close < end + 7 && m_ctx.sameSentence(end, close); ++close) {
            if (m_ctx.isPunct(close, u')')) {
                end = close + 1;
                break;
            }
        }
    } else if (m_ctx.is(end, ContextWord::TimeZone) && m_ctx.isCapitalized(end)) {
        ++end;
    }
    return anchored(i, end, value);
}

std::optional<TimexMatch> TimePatterns::dayPart(int i) const
{
    // this morning, yesterday afternoon, tomorrow evening, last night
    int offset = 0;
    bool deictic = true;
    if (m_ctx.is(i, u"this") || m_ctx.is(i, u"today"))
        offset = 0;
    else if (m_ctx.is(i, u"yesterday") || m_ctx.is(i, u"last"))
        offset = -1;
    else if (m_ctx.is(i, u"tomorrow"))
        offset = 1;
    else
        deictic = false;
    if (deictic) {
        const FlaggedCode* part = m_ctx.dayPart(i + 1);
        if (!part || part->flag || (m_ctx.is(i, u"last") && !m_ctx.is(i + 1, u"night")))
            return std::nullopt;
        TimexMatch match = anchored(i, i + 2, {});
        match.value = m_ctx.normalizer().dayOffset(offset) + "T" + part->code;
        return match;
    }
    const FlaggedCode* part = m_ctx.dayPart(i);
    if (!part || part->flag || part->code == "NI" || m_ctx.isCapitalized(i))
        return std::nullopt;
    if (m_ctx.isAny(i - 1, { u"good", u"a", u"an", u"every", u"each" }))
        return std::nullopt;
    return anchored(i, i + 1, "T" + part->code);
}

} // namespace sayline::analysis
