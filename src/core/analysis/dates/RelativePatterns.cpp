// SPDX-License-Identifier: GPL-3.0-or-later
#include "RelativePatterns.h"

#include <charconv>

namespace sayline::analysis {
namespace {

/// "2009-02" moved by whole years ("the same period last year"); other shapes come back unchanged.
std::string shiftYears(const std::string& value, int years)
{
    int year = 0;
    if (value.size() < 4 || std::from_chars(value.data(), value.data() + 4, year).ec != std::errc())
        return value;
    return calendar::formatYear(year + years) + value.substr(4);
}

} // namespace

RelativePatterns::RelativePatterns(const TimexContext& context)
    : m_ctx(context)
{
}

std::optional<TimexMatch> RelativePatterns::match(int i) const
{
    if (!m_ctx.isWord(i))
        return std::nullopt;
    std::optional<TimexMatch> best;
    auto consider = [&best](std::optional<TimexMatch> candidate) {
        if (candidate && (!best || candidate->end > best->end))
            best = std::move(candidate);
    };
    consider(phrase(i));
    consider(relativeUnit(i));
    consider(weekday(i));
    consider(anaphoric(i));
    consider(later(i));
    return best;
}

bool RelativePatterns::insideName(int i) const
{
    return m_ctx.isCapitalized(i) && !m_ctx.sentenceStart(i)
        && ((m_ctx.isCapitalized(i - 1) && !m_ctx.relative(i - 1)) || m_ctx.isCapitalized(i + 1));
}

std::optional<int> RelativePatterns::contextYear() const
{
    int year = 0;
    const std::string& last = m_ctx.lastDate;
    if (last.size() >= 4 && std::from_chars(last.data(), last.data() + 4, year).ec == std::errc())
        return year;
    if (m_ctx.normalizer().reference())
        return m_ctx.normalizer().reference()->year;
    return std::nullopt;
}

std::optional<TimexMatch> RelativePatterns::phrase(int i) const
{
    const std::vector<TimePhrase>* phrases = m_ctx.phrases(i);
    if (!phrases)
        return std::nullopt;
    const bool name = insideName(i);
    if (m_ctx.is(i, u"now") && (m_ctx.is(i - 1, ContextWord::Modal) || m_ctx.is(i - 1, u"and")))
        return std::nullopt; // discourse "now": "will now receive"

    for (const TimePhrase& candidate : *phrases) {
        const int length = static_cast<int>(candidate.words.size());
        bool matches = true;
        for (int k = 1; k < length && matches; ++k) {
            const std::u16string& word = candidate.words[static_cast<std::size_t>(k)];
            matches
                = (word == u"'" ? m_ctx.isApostrophe(i + k) : m_ctx.is(i + k, word)) && m_ctx.sameSentence(i, i + k);
        }
        const std::string& value = candidate.value;
        if (!matches || (name && value.rfind("md:", 0) != 0))
            continue;
        return makeMatch(i, i + length, candidate.type, resolveTemplate(value, i, i + length));
    }
    return std::nullopt;
}

std::string RelativePatterns::resolveTemplate(const std::string& value, int first, int end) const
{
    // md:MM-DD (a fixed day: "Christmas"), day:N[:PART] ("yesterday", "tonight"), wd:N (a weekday),
    // shift:U:N ("last year" written as one word); anything else is a literal value
    const std::size_t colon = value.find(':');
    if (colon == std::string::npos)
        return value;
    const std::string kind = value.substr(0, colon);
    const char* begin = value.data() + colon + 1;
    const char* stop = value.data() + value.size();
    auto readInt = [&begin, stop]() {
        int number = 0;
        if (begin < stop && *begin == '+')
            ++begin;
        begin = std::from_chars(begin, stop, number).ptr;
        return number;
    };
    if (kind == "md" && stop - begin == 5) {
        const int month = readInt();
        ++begin; // '-'
        const int day = readInt();
        return m_ctx.normalizer().monthDay(month, day, m_ctx.tense(first, end));
    }
    if (kind == "day") {
        std::string resolved = m_ctx.normalizer().dayOffset(readInt());
        if (begin < stop && *begin == ':')
            resolved += "T" + std::string(begin + 1, stop);
        return resolved;
    }
    if (kind == "wd")
        return m_ctx.normalizer().weekday(readInt(), m_ctx.tense(first, end));
    if (kind == "shift") {
        const std::size_t second = value.find(':', colon + 1);
        if (second == std::string::npos)
            return value;
        const std::string unit = value.substr(colon + 1, second - colon - 1);
        begin = value.data() + second + 1;
        return m_ctx.normalizer().shiftedUnit(unit, readInt());
    }
    return value;
}

std::optional<TimexMatch> RelativePatterns::relativeUnit(int i) const
{
    int j = i;
    const bool the = m_ctx.is(j, u"the");
    if (the)
        ++j;
    const int* offsetWord = m_ctx.relative(j);
    if (!offsetWord || (m_ctx.isCapitalized(j) && !m_ctx.sentenceStart(j) && !the))
        return std::nullopt;
    int offset = *offsetWord;
    const std::u16string_view relWord = m_ctx.lower(j);
    ++j;
    // "this past week", "this coming weekend"
    if (offset == 0 && !the) {
        if (const int* second = m_ctx.relative(j); second && *second != 0) {
            offset = *second;
            ++j;
        }
    }
    if (the && offset == 0 && relWord == u"this")
        return std::nullopt;
    // the past nine days, the next four years, the last few months: durations
    if (the && offset != 0 && relWord != u"previous" && relWord != u"following" && relWord != u"preceding") {
        if (const auto quantity = m_ctx.quantity(j); quantity && !quantity->article) {
            if (const UnitWord* unit = m_ctx.unit(quantity->end)) {
                return makeMatch(
                    i, quantity->end + 1, "duration",
                    TimexNormalizer::duration(quantity->value * unit->multiplier, unit->unit, quantity->vague));
            }
        }
        if (const UnitWord* unit = m_ctx.unit(j); unit && unit->unit != "MIN" && unit->unit != "S") {
            // "the past year" = P1Y; "the past years" = PXY ("the last minute" is an idiom)
            return makeMatch(i, j + 1, "duration",
                             TimexNormalizer::duration(unit->multiplier, unit->unit, unit->plural));
        }
    }
    if (!the && offset != 0 && relWord == u"past") {
        if (const auto quantity = m_ctx.quantity(j); quantity && !quantity->article) {
            if (const UnitWord* unit = m_ctx.unit(quantity->end))
                return makeMatch(
                    i, quantity->end + 1, "duration",
                    TimexNormalizer::duration(quantity->value * unit->multiplier, unit->unit, quantity->vague));
        }
        if (const UnitWord* unit = m_ctx.unit(j))
            return makeMatch(i, j + 1, "duration",
                             TimexNormalizer::duration(unit->multiplier, unit->unit, unit->plural));
    }
    if (!the && offset != 0 && relWord == u"last") {
        // "last 12 months"
        if (const auto quantity = m_ctx.quantity(j); quantity && !quantity->article && !quantity->vague) {
            if (const UnitWord* unit = m_ctx.unit(quantity->end); unit && unit->plural)
                return makeMatch(i, quantity->end + 1, "duration",
                                 TimexNormalizer::duration(quantity->value * unit->multiplier, unit->unit, false));
        }
    }
    // last week, this year, next month, the previous year, this weekend
    if (const std::string* unit = m_ctx.lexicon().shiftUnit(m_ctx.lower(j))) {
        if (*unit == "D" && offset != 0 && !the)
            return std::nullopt; // "next day" without "the" is anaphoric, see anaphoric()
        if (the && (relWord == u"previous" || relWord == u"following" || relWord == u"preceding")) {
            if (*unit == "D") {
                if (m_ctx.lastDay)
                    return makeMatch(i, j + 1, "date", calendar::formatDate(calendar::addDays(*m_ctx.lastDay, offset)));
                return makeMatch(i, j + 1, "date", m_ctx.normalizer().dayOffset(offset));
            }
            if (*unit == "Y") {
                if (const auto year = contextYear())
                    return makeMatch(i, j + 1, "date", calendar::formatYear(*year + offset));
            }
        }
        if (*unit == "D")
            return std::nullopt;
        return makeMatch(i, j + 1, "date", m_ctx.normalizer().shiftedUnit(*unit, offset));
    }
    if (the)
        return std::nullopt;
    const Direction direction = offset < 0 ? Direction::Last : offset > 0 ? Direction::Next : Direction::This;
    // last Monday, next Friday
    if (const WeekdayWord* weekday = m_ctx.weekday(j);
        weekday && !weekday->plural && !weekday->abbreviation && m_ctx.isCapitalized(j))
        return makeMatch(i, j + 1, "date", m_ctx.normalizer().weekday(weekday->day, direction));
    // last September, next March
    if (const MonthWord* month = m_ctx.month(j); month && !month->abbreviation && m_ctx.isCapitalized(j))
        return makeMatch(i, j + 1, "date", m_ctx.normalizer().month(month->month, direction));
    return std::nullopt;
}

std::optional<TimexMatch> RelativePatterns::weekday(int i) const
{
    const WeekdayWord* weekday = m_ctx.weekday(i);
    if (!weekday || weekday->abbreviation || !m_ctx.isCapitalized(i))
        return std::nullopt;
    if (m_ctx.is(i + 1, ContextWord::Newspaper) && m_ctx.isCapitalized(i + 1))
        return std::nullopt; // newspapers and titles
    if (m_ctx.isCapitalized(i - 1) && !m_ctx.sentenceStart(i - 1) && m_ctx.is(i - 1, ContextWord::NamedDay))
        return std::nullopt; // named days: "Black Friday", "Good Friday"
    if (weekday->plural)
        return makeMatch(i, i + 1, "set", "XXXX-WXX-" + std::to_string(weekday->day));
    const Direction direction = m_ctx.tense(i, i + 1);
    std::string value = m_ctx.normalizer().weekday(weekday->day, direction);
    if (const FlaggedCode* part = m_ctx.dayPart(i + 1); part && !part->flag)
        return makeMatch(i, i + 2, "time", value + "T" + part->code);
    return makeMatch(i, i + 1, "date", value);
}

std::optional<TimexMatch> RelativePatterns::anaphoric(int i) const
{
    const CivilDate* lastDay = m_ctx.lastDay ? &*m_ctx.lastDay : nullptr;
    auto dayValue = [&](int offset) {
        if (lastDay)
            return calendar::formatDate(calendar::addDays(*lastDay, offset));
        return m_ctx.normalizer().dayOffset(offset);
    };
    const bool the = m_ctx.is(i, u"the");
    const bool that = m_ctx.is(i, u"that");
    // a second consecutive day, the third straight session
    if (m_ctx.isAny(i, { u"a", u"the" })) {
        if (const auto ordinal = m_ctx.ordinal(i + 1); ordinal && ordinal->first >= 2) {
            if (m_ctx.isAny(ordinal->second, { u"consecutive", u"straight" }) && m_ctx.is(ordinal->second + 1, u"day"))
                return makeMatch(i, ordinal->second + 2, "date", dayValue(0));
        }
    }
    if (!the && !that)
        return std::nullopt;
    int j = i + 1;
    const bool same = m_ctx.is(j, u"same");
    if (same)
        ++j;
    if (m_ctx.is(j, u"day")) {
        if (the && !same && m_ctx.is(j + 1, u"before"))
            return makeMatch(i, j + 2, "date", dayValue(-1));
        if (the && !same && m_ctx.is(j + 1, u"after"))
            return makeMatch(i, j + 2, "date", dayValue(1));
        if (m_ctx.isAny(j + 1, { u"of", u"when", u"that" }) && !same)
            return std::nullopt; // "the day of the attack"
        return makeMatch(i, j + 1, "date", dayValue(0));
    }
    if (the && !same && m_ctx.isAny(j, { u"next", u"following" }) && m_ctx.is(j + 1, u"day"))
        return makeMatch(i, j + 2, "date", dayValue(1));
    if (the && !same && m_ctx.is(j, u"weekend")) {
        // the weekend before the reference, or the coming one when the verb is in the future
        int offset = 0;
        if (const auto& reference = m_ctx.normalizer().reference();
            reference && calendar::isoWeekday(*reference) < 6 && m_ctx.tense(i, j + 1) != Direction::Future)
            offset = -1;
        return makeMatch(i, j + 1, "date", m_ctx.normalizer().shiftedUnit("WE", offset));
    }
    if (the && !same && m_ctx.is(j, u"week") && !m_ctx.is(j + 1, u"of"))
        return makeMatch(i, j + 1, "duration", "P1W");
    if (the && !same && m_ctx.is(j, u"year") && !(m_ctx.isHyphen(j + 1) && m_ctx.glued(j + 1)) // "year-earlier"
        && !m_ctx.is(j + 1, ContextWord::OtherPeriod)) {
        return makeMatch(i, j + 1, "date", m_ctx.normalizer().shiftedUnit("Y", 0));
    }
    if (the && !same && m_ctx.is(j, u"month") && m_ctx.is(i - 1, u"of") && !m_ctx.is(j + 1, ContextWord::OtherPeriod))
        return makeMatch(i, j + 1, "date", m_ctx.normalizer().shiftedUnit("M", 0)); // "the end of the month"
    if ((that || same) && m_ctx.is(j, u"year")) {
        if (const auto year = contextYear())
            return makeMatch(i, j + 1, "date", calendar::formatYear(*year));
        return std::nullopt;
    }
    // the same period last year, the same quarter a year earlier
    if (same && m_ctx.is(j, ContextWord::ComparablePeriod)) {
        int end = 0;
        if (m_ctx.is(j + 1, u"last") && m_ctx.is(j + 2, u"year"))
            end = j + 3;
        else if (m_ctx.isAny(j + 1, { u"a", u"one" }) && m_ctx.is(j + 2, u"year")
                 && m_ctx.isAny(j + 3, { u"earlier", u"ago", u"before" }))
            end = j + 4;
        else if (m_ctx.is(j + 1, u"of") && m_ctx.is(j + 2, u"last") && m_ctx.is(j + 3, u"year"))
            end = j + 4;
        if (end == 0)
            return std::nullopt;
        std::string base = m_ctx.lastDate;
        if (base.size() < 4 || base[0] < '0' || base[0] > '9')
            base = m_ctx.normalizer().shiftedUnit("Y", 0);
        return makeMatch(i, end, "date", shiftYears(base, -1));
    }
    return std::nullopt;
}

std::optional<TimexMatch> RelativePatterns::later(int i) const
{
    if (!m_ctx.is(i, u"later") || m_ctx.isCapitalized(i))
        return std::nullopt;
    if (m_ctx.is(i + 1, ContextWord::NotTimeAfterLater))
        return std::nullopt;
    if (m_ctx.valid(i - 1)
        && (m_ctx.isNumber(i - 1) || m_ctx.unit(i - 1) || m_ctx.is(i - 1, ContextWord::NotTimeBeforeLater)))
        return std::nullopt;
    return makeMatch(i, i + 1, "date", "FUTURE_REF");
}

} // namespace sayline::analysis
