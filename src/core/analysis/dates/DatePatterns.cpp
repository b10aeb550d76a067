// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatePatterns.h"

#include <algorithm>

namespace sayline::analysis {
namespace {

TimexMatch makeMatch(int first, int end, const char* type, std::string value)
{
    TimexMatch match;
    match.first = first;
    match.end = end;
    match.type = type;
    match.value = std::move(value);
    return match;
}

} // namespace

DatePatterns::DatePatterns(const TimexContext& context)
    : m_ctx(context)
{
}

std::optional<TimexMatch> DatePatterns::match(int i) const
{
    std::optional<TimexMatch> best;
    auto consider = [&best](std::optional<TimexMatch> candidate) {
        if (candidate && (!best || candidate->end > best->end))
            best = std::move(candidate);
    };
    const TimeToken& token = m_ctx.token(i);
    if (token.kind == TimeTokenKind::Number) {
        consider(numericDate(i));
        consider(dayFirst(i));
        consider(decadeOrCentury(i));
        consider(plainYear(i));
        consider(quarterOrHalf(i));
        return best;
    }
    if (token.kind == TimeTokenKind::Punctuation) {
        if (m_ctx.isApostrophe(i))
            consider(decadeOrCentury(i));
        return best;
    }
    consider(monthFirst(i));
    consider(dayFirst(i));
    consider(decadeOrCentury(i));
    consider(fiscalYear(i));
    consider(quarterOrHalf(i));
    consider(season(i));
    consider(weekOfMonth(i));
    return best;
}

std::optional<std::pair<const MonthWord*, int>> DatePatterns::monthAt(int i) const
{
    if (!m_ctx.isCapitalized(i))
        return std::nullopt;
    const MonthWord* month = m_ctx.month(i);
    if (!month)
        return std::nullopt;
    int end = i + 1;
    if (month->abbreviation && m_ctx.isPunct(end, u'.') && m_ctx.glued(end))
        ++end;
    return std::make_pair(month, end);
}

std::optional<std::pair<int, int>> DatePatterns::yearAfter(int i, bool allowOf) const
{
    int j = i;
    if (m_ctx.isPunct(j, u',') || (allowOf && m_ctx.is(j, u"of")))
        ++j;
    const int year = m_ctx.year(j);
    if (year < 0 || !m_ctx.sameSentence(i, j) || (m_ctx.valid(j + 1) && m_ctx.isPunct(j + 1, u':')))
        return std::nullopt;
    return std::make_pair(year, j + 1);
}

std::optional<std::pair<std::string, int>> DatePatterns::periodYear(int i) const
{
    int j = i;
    const bool of = m_ctx.is(j, u"of");
    if (of)
        ++j;
    if (of && m_ctx.is(j, u"the")) {
        if (m_ctx.is(j + 1, u"year"))
            return std::make_pair(m_ctx.normalizer().shiftedUnit("Y", 0), j + 2);
        ++j;
    }
    if (m_ctx.is(j, u"fiscal"))
        ++j;
    if (m_ctx.is(j, u"year") && m_ctx.year(j + 1) > 0)
        ++j;
    if (const int year = m_ctx.year(j); year > 0 && !m_ctx.is(j + 1, ContextWord::CountNoun))
        return std::make_pair(calendar::formatYear(year), j + 1);
    if (m_ctx.is(j + 1, u"year") && !(m_ctx.isHyphen(j + 2) && m_ctx.glued(j + 2))) { // not "this year-to-date"
        if (const int* offset = m_ctx.relative(j))
            return std::make_pair(m_ctx.normalizer().shiftedUnit("Y", *offset), j + 2);
    }
    return std::nullopt;
}

bool DatePatterns::monthContext(int i) const
{
    return m_ctx.is(i - 1, ContextWord::MonthCue) || (m_ctx.isHyphen(i - 1) && m_ctx.glued(i));
}

std::optional<TimexMatch> DatePatterns::numericDate(int i) const
{
    // 2022-06-15, 2022/06/15, optionally with THH:MM
    if (const int year = m_ctx.year(i); year > 0) {
        const bool dash = m_ctx.isHyphen(i + 1);
        if ((dash || m_ctx.isPunct(i + 1, u'/')) && m_ctx.glued(i + 1) && m_ctx.glued(i + 2) && m_ctx.glued(i + 3)
            && m_ctx.glued(i + 4) && m_ctx.lower(i + 3) == m_ctx.lower(i + 1)) {
            const int month = m_ctx.integer(i + 2, 1, 2);
            const int day = m_ctx.integer(i + 4, 1, 2);
            if (!calendar::isValid(year, month, day))
                return std::nullopt;
            const std::string date = calendar::formatDate({ year, month, day });
            if (m_ctx.is(i + 5, u"t") && m_ctx.glued(i + 5) && m_ctx.glued(i + 6) && m_ctx.isPunct(i + 7, u':')
                && m_ctx.glued(i + 8)) {
                const int hour = m_ctx.integer(i + 6, 1, 2);
                const int minute = m_ctx.integer(i + 8, 2, 2);
                if (hour >= 0 && hour <= 24 && minute >= 0 && minute < 60)
                    return makeMatch(i, i + 9, "time",
                                     date + "T" + calendar::twoDigits(hour) + ":" + calendar::twoDigits(minute));
            }
            return makeMatch(i, i + 5, "date", date);
        }
        return std::nullopt;
    }
    // 6/15/2022 (month first unless the first number cannot be a month)
    const int a = m_ctx.integer(i, 1, 2);
    if (a > 0 && m_ctx.isPunct(i + 1, u'/') && m_ctx.isPunct(i + 3, u'/') && m_ctx.glued(i + 1) && m_ctx.glued(i + 2)
        && m_ctx.glued(i + 3) && m_ctx.glued(i + 4)) {
        const int b = m_ctx.integer(i + 2, 1, 2);
        const int year = m_ctx.year(i + 4);
        const int month = a > 12 ? b : a;
        const int day = a > 12 ? a : b;
        if (year > 0 && calendar::isValid(year, month, day))
            return makeMatch(i, i + 5, "date", calendar::formatDate({ year, month, day }));
    }
    return std::nullopt;
}

std::optional<TimexMatch> DatePatterns::monthFirst(int i) const
{
    int start = i;
    int j = i;
    // "Wednesday, June 15, 2022" is one expression
    if (const WeekdayWord* weekday = m_ctx.weekday(i); weekday && !weekday->plural && m_ctx.isCapitalized(i)) {
        j = i + 1;
        if (m_ctx.isPunct(j, u'.') && m_ctx.glued(j))
            ++j;
        if (m_ctx.isPunct(j, u','))
            ++j;
        if (!monthAt(j))
            return std::nullopt;
    }
    const auto month = monthAt(j);
    if (!month)
        return std::nullopt;
    const int m = month->first->month;
    const int afterMonth = month->second;
    if (const auto day = m_ctx.dayOfMonth(afterMonth); day && m_ctx.sameSentence(j, afterMonth)) {
        const int d = day->first;
        if (const auto year = yearAfter(day->second, false)) {
            if (!calendar::isValid(year->first, m, d))
                return std::nullopt;
            return makeMatch(start, year->second, "date", calendar::formatDate({ year->first, m, d }));
        }
        if (const auto relativeYear = periodYear(day->second); relativeYear && d <= calendar::daysInMonth(2000, m))
            return makeMatch(start, relativeYear->second, "date",
                             relativeYear->first + "-" + calendar::twoDigits(m) + "-" + calendar::twoDigits(d));
        if (d > calendar::daysInMonth(2000, m) || m_ctx.isPunct(day->second, u':') || m_ctx.isPunct(day->second, u'%'))
            return std::nullopt;
        return makeMatch(start, day->second, "date",
                         m_ctx.normalizer().monthDay(m, d, m_ctx.tense(start, day->second)));
    }
    if (const auto year = yearAfter(afterMonth, true))
        return makeMatch(start, year->second, "date", calendar::formatMonth(year->first, m));
    if (const auto relativeYear = periodYear(afterMonth); relativeYear && !month->first->abbreviation)
        return makeMatch(start, relativeYear->second, "date", relativeYear->first + "-" + calendar::twoDigits(m));
    if (start != j || month->first->abbreviation)
        return std::nullopt;
    if (month->first->ambiguous && !monthContext(j))
        return std::nullopt;
    if (m_ctx.sentenceStart(j) && !m_ctx.isPunct(j + 1, u','))
        return std::nullopt; // "March on Washington", "May I"
    return makeMatch(j, afterMonth, "date", m_ctx.normalizer().month(m, m_ctx.tense(j, afterMonth)));
}

std::optional<TimexMatch> DatePatterns::dayFirst(int i) const
{
    // "15 June 2022", "15th of June", "the 15th of June"
    int j = i;
    const bool the = m_ctx.is(j, u"the");
    if (the)
        ++j;
    std::optional<std::pair<int, int>> day = m_ctx.dayOfMonth(j);
    if (!day && the)
        day = m_ctx.ordinal(j);
    if (!day)
        return std::nullopt;
    int k = day->second;
    if (!the && m_ctx.isPunct(k, u'.') && m_ctx.glued(k) && monthAt(k + 1))
        ++k; // German "15. Juni"
    const bool of = m_ctx.is(k, u"of");
    if (of)
        ++k;
    if (the && !of)
        return bareOrdinalDay(i, day->first, k);
    const auto month = monthAt(k);
    if (!month || !m_ctx.sameSentence(i, k))
        return std::nullopt;
    const int m = month->first->month;
    const int d = day->first;
    if (const auto year = yearAfter(month->second, false)) {
        if (!calendar::isValid(year->first, m, d))
            return std::nullopt;
        return makeMatch(i, year->second, "date", calendar::formatDate({ year->first, m, d }));
    }
    if (d > calendar::daysInMonth(2000, m))
        return std::nullopt;
    return makeMatch(i, month->second, "date", m_ctx.normalizer().monthDay(m, d, m_ctx.tense(i, month->second)));
}

std::optional<TimexMatch> DatePatterns::bareOrdinalDay(int i, int day, int end) const
{
    // "He will return on the 15th": a day of the reference's month (or the next or previous one, as the tense
    // says), only after "on", written in digits and closing its phrase.
    const auto& reference = m_ctx.normalizer().reference();
    if (!reference || i < 1 || !m_ctx.is(i - 1, u"on") || m_ctx.token(i + 1).kind != TimeTokenKind::Number
        || (m_ctx.valid(end) && m_ctx.sameSentence(i, end) && m_ctx.token(end).kind != TimeTokenKind::Punctuation
            && !m_ctx.isAny(end, { u"and", u"at", u"when", u"after", u"before" })))
        return std::nullopt;
    int year = reference->year;
    int month = reference->month;
    const Direction direction = m_ctx.tense(i, end);
    if (direction == Direction::Future && day < reference->day && ++month > 12) {
        month = 1;
        ++year;
    } else if (direction == Direction::Past && day > reference->day && --month < 1) {
        month = 12;
        --year;
    }
    if (!calendar::isValid(year, month, day))
        return std::nullopt;
    return makeMatch(i, end, "date", calendar::formatDate({ year, month, day }));
}

std::optional<TimexMatch> DatePatterns::decadeOrCentury(int i) const
{
    int j = i;
    if (m_ctx.is(j, u"the"))
        ++j;
    // 1990s, 1990's
    if (const int year = m_ctx.year(j); year > 0 && year % 10 == 0) {
        int k = j + 1;
        if (m_ctx.isApostrophe(k) && m_ctx.glued(k))
            ++k;
        if (m_ctx.is(k, u"s") && m_ctx.glued(k))
            return makeMatch(i, k + 1, "date", calendar::formatYear(year).substr(0, 3));
    }
    // '90s, the 90s
    const bool apostrophe = m_ctx.isApostrophe(j);
    const int shortYear = m_ctx.integer(apostrophe ? j + 1 : j, 2, 2);
    if (shortYear >= 0 && shortYear % 10 == 0 && (apostrophe || j > i)) {
        const int k = apostrophe ? j + 2 : j + 1;
        if (m_ctx.is(k, u"s") && m_ctx.glued(k)) {
            const int century = shortYear >= 30 ? 19 : 20;
            return makeMatch(i, k + 1, "date", std::to_string(century) + std::to_string(shortYear / 10));
        }
    }
    // the 20th century
    if (j > i) {
        if (const auto ordinal = m_ctx.ordinal(j);
            ordinal && ordinal->first >= 1 && ordinal->first <= 30 && m_ctx.is(ordinal->second, u"century"))
            return makeMatch(i, ordinal->second + 1, "date", calendar::twoDigits(ordinal->first - 1));
    }
    return std::nullopt;
}

std::optional<TimexMatch> DatePatterns::fiscalYear(int i) const
{
    // fiscal 2009, fiscal year 2009, FY2009, FY 2009
    if (m_ctx.is(i, u"fiscal")) {
        int j = i + 1;
        if (m_ctx.is(j, u"year"))
            ++j;
        if (const int year = m_ctx.year(j); year > 0)
            return makeMatch(i, j + 1, "date", "FY" + calendar::formatYear(year));
        return std::nullopt;
    }
    if (m_ctx.is(i, u"fy") && m_ctx.isCapitalized(i)) {
        if (const int year = m_ctx.year(i + 1); year > 0)
            return makeMatch(i, i + 2, "date", "FY" + calendar::formatYear(year));
    }
    return std::nullopt;
}

std::optional<TimexMatch> DatePatterns::plainYear(int i) const
{
    const int year = m_ctx.year(i);
    // "mid-2009", "2008-2009" but not "A380", "$2011", "7-2011"
    const bool afterPrefix = m_ctx.isHyphen(i - 1) && (m_ctx.isWord(i - 2) || m_ctx.year(i - 2) > 0);
    if (year < 0 || (m_ctx.glued(i) && !afterPrefix))
        return std::nullopt;
    if (m_ctx.valid(i + 1)) {
        if (m_ctx.glued(i + 1) && !m_ctx.isPunct(i + 1, u',') && !m_ctx.isPunct(i + 1, u'.')
            && !m_ctx.isPunct(i + 1, u')') && !m_ctx.isPunct(i + 1, u';') && !m_ctx.isHyphen(i + 1)
            && !m_ctx.isApostrophe(i + 1) && !m_ctx.isPunct(i + 1, u'\u201D') && !m_ctx.isPunct(i + 1, u'"'))
            return std::nullopt; // "2011%", "1500:00"
        if (m_ctx.is(i + 1, ContextWord::CountNoun))
            return std::nullopt;
    }
    if (i > 0) {
        const TimeToken& previous = m_ctx.token(i - 1);
        if (previous.kind == TimeTokenKind::Punctuation) {
            const char16_t c = previous.lower[0];
            if (c == u'$' || c == u'\u20AC' || c == u'\u00A3' || c == u'\u00A5' || c == u'#')
                return std::nullopt;
        }
        if (previous.kind == TimeTokenKind::Number || (afterPrefix && !m_ctx.glued(i - 1)))
            return std::nullopt;
        if (m_ctx.is(i - 1, u"no") || m_ctx.is(i - 1, u"number"))
            return std::nullopt;
        // "Windows 2000", "Flight 2011": a capitalised name word before the number
        if (previous.capitalized && !m_ctx.sentenceStart(i - 1) && !m_ctx.month(i - 1)
            && !m_ctx.is(i - 1, ContextWord::YearCue) && !m_ctx.season(i - 1))
            return std::nullopt;
    }
    const bool cue = m_ctx.is(i - 1, ContextWord::YearCue);
    if ((year < 1900 || year > 2099) && !cue)
        return std::nullopt;
    return makeMatch(i, i + 1, "date", calendar::formatYear(year));
}

std::optional<TimexMatch> DatePatterns::quarterOrHalf(int i) const
{
    // Q4, Q4 2008
    if (m_ctx.is(i, u"q") && m_ctx.isCapitalized(i) && m_ctx.glued(i + 1)) {
        const int q = m_ctx.integer(i + 1, 1, 1);
        if (q < 1 || q > 4)
            return std::nullopt;
        if (const auto year = periodYear(i + 2))
            return makeMatch(i, year->second, "date", year->first + "-Q" + std::to_string(q));
        return makeMatch(i, i + 2, "date", m_ctx.normalizer().quarter(q, m_ctx.tense(i, i + 2)));
    }
    // the fourth quarter (of 2008), fourth-quarter, the first half (of the year)
    int j = i;
    const bool the = m_ctx.is(j, u"the");
    if (the)
        ++j;
    if (m_ctx.is(j, u"fiscal"))
        ++j;
    const auto ordinal = m_ctx.ordinal(j);
    if (!ordinal)
        return std::nullopt;
    int k = ordinal->second;
    const bool hyphen = m_ctx.isHyphen(k) && m_ctx.glued(k);
    if (hyphen)
        ++k;
    const bool quarter = m_ctx.is(k, u"quarter");
    const bool half = m_ctx.is(k, u"half");
    const int n = ordinal->first;
    if ((!quarter && !half) || n < 1 || n > (quarter ? 4 : 2))
        return std::nullopt;
    const std::string suffix = (quarter ? "-Q" : "-H") + std::to_string(n);
    if (const auto year = periodYear(k + 1))
        return makeMatch(i, year->second, "date", year->first + suffix);
    if (half && !hyphen)
        return std::nullopt; // "the first half" alone is too often a match half
    if (m_ctx.is(k + 1, u"of"))
        return std::nullopt; // "the first half of the game"
    const Direction direction = m_ctx.tense(i, k + 1);
    return makeMatch(i, k + 1, "date",
                     quarter ? m_ctx.normalizer().quarter(n, direction) : m_ctx.normalizer().half(n, direction));
}

std::optional<TimexMatch> DatePatterns::season(int i) const
{
    int j = i;
    const int* offset = m_ctx.relative(j);
    const bool the = !offset && m_ctx.is(j, u"the");
    if (offset || the)
        ++j;
    const FlaggedCode* season = m_ctx.season(j);
    if (!season)
        return std::nullopt;
    const auto year = periodYear(j + 1);
    if (year)
        return makeMatch(i, year->second, "date", year->first + "-" + season->code);
    if (m_ctx.is(j + 1, u"of"))
        return std::nullopt; // "the fall of the Dow"
    if (offset) {
        const Direction direction = *offset < 0 ? Direction::Last : *offset > 0 ? Direction::Next : Direction::This;
        return makeMatch(i, j + 1, "date", m_ctx.normalizer().season(season->code, direction));
    }
    if (season->flag && !(the && m_ctx.isAny(i - 1, { u"in", u"during", u"by", u"until", u"since" })))
        return std::nullopt;
    if (m_ctx.isCapitalized(j) && !m_ctx.sentenceStart(j))
        return std::nullopt; // "Arab Spring"
    if (!the && m_ctx.isWord(j - 1) && !m_ctx.sentenceStart(j) && !m_ctx.is(j - 1, ContextWord::SeasonCue))
        return std::nullopt; // "a hot spring", "summer vacation" keeps its date only after a preposition
    const int first = the ? i + 1 : i;
    return makeMatch(first, j + 1, "date", m_ctx.normalizer().season(season->code, m_ctx.tense(i, j + 1)));
}

std::optional<TimexMatch> DatePatterns::weekOfMonth(int i) const
{
    // the last week of March (2009): the ISO week of that month's first, nth or last Thursday
    if (!m_ctx.is(i, u"the"))
        return std::nullopt;
    int nth = 0;
    int j = i + 1;
    if (m_ctx.isAny(j, { u"last", u"final" })) {
        nth = -1;
        ++j;
    } else if (const auto ordinal = m_ctx.ordinal(j); ordinal && ordinal->first <= 4) {
        nth = ordinal->first;
        j = ordinal->second;
    } else {
        return std::nullopt;
    }
    if (!m_ctx.is(j, u"week") || !m_ctx.is(j + 1, u"of"))
        return std::nullopt;
    const auto month = monthAt(j + 2);
    if (!month)
        return std::nullopt;
    int end = month->second;
    int year = 0;
    if (const auto explicitYear = yearAfter(end, false)) {
        year = explicitYear->first;
        end = explicitYear->second;
    } else if (m_ctx.normalizer().reference()) {
        const std::string resolved = m_ctx.normalizer().month(month->first->month, m_ctx.tense(i, end));
        year = std::stoi(resolved.substr(0, 4));
    } else {
        return makeMatch(i, end, "date", "XXXX-WXX");
    }
    const int m = month->first->month;
    CivilDate thursday { year, m, 1 };
    thursday = calendar::addDays(thursday, (4 - calendar::isoWeekday(thursday) + 7) % 7);
    if (nth > 0) {
        thursday = calendar::addDays(thursday, 7 * (nth - 1));
    } else {
        while (calendar::addDays(thursday, 7).month == m)
            thursday = calendar::addDays(thursday, 7);
    }
    return makeMatch(i, end, "date", calendar::formatWeek(calendar::isoWeek(thursday)));
}

} // namespace sayline::analysis
