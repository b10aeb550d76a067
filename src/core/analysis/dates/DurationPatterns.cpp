// SPDX-License-Identifier: GPL-3.0-or-later
#include "DurationPatterns.h"

namespace sayline::analysis {
namespace {

std::string setValue(const UnitWord& unit, double amount)
{
    return TimexNormalizer::duration(amount * unit.multiplier, unit.unit, false);
}

} // namespace

DurationPatterns::DurationPatterns(const TimexContext& context)
    : m_ctx(context)
{
}

std::optional<TimexMatch> DurationPatterns::match(int i) const
{
    if (m_ctx.token(i).kind == TimeTokenKind::Punctuation)
        return std::nullopt;
    std::optional<TimexMatch> best;
    auto consider = [&best](std::optional<TimexMatch> candidate) {
        if (candidate && (!best || candidate->end > best->end))
            best = std::move(candidate);
    };
    consider(measured(i));
    if (m_ctx.isWord(i)) {
        consider(bareUnit(i));
        consider(every(i));
        consider(frequency(i));
    }
    return best;
}

bool DurationPatterns::afterAmount(int i) const
{
    if (!m_ctx.valid(i - 1))
        return false;
    if (m_ctx.isNumber(i - 1) || m_ctx.isPunct(i - 1, u'%'))
        return true;
    return m_ctx.is(i - 1, ContextWord::Amount);
}

std::optional<TimexMatch> DurationPatterns::measured(int i) const
{
    int start = i;
    int j = i;
    // "over a decade", "over 20 years": "over" is part of the expression
    if (m_ctx.is(j, u"over") && (m_ctx.isNumber(j + 1) || m_ctx.isAny(j + 1, { u"a", u"an" })))
        ++j;
    const auto quantity = m_ctx.quantity(j);
    if (!quantity)
        return std::nullopt;
    int k = quantity->end;
    if (m_ctx.is(k, ContextWord::DurationAdjective) && !quantity->article)
        ++k;
    const bool hyphen = m_ctx.isHyphen(k) && m_ctx.glued(k) && m_ctx.glued(k + 1);
    if (hyphen)
        ++k;
    const UnitWord* unit = m_ctx.unit(k);
    if (!unit) {
        // "between 60 and 90 days": the first number takes the unit of the second
        if (!quantity->article && !quantity->vague && (m_ctx.isAny(k, { u"and", u"to", u"or" }) || m_ctx.isHyphen(k))) {
            if (const auto second = m_ctx.quantity(k + 1); second && !second->article) {
                if (const UnitWord* shared = m_ctx.unit(second->end); shared && shared->plural)
                    return makeMatch(
                        j, quantity->end, "duration",
                        TimexNormalizer::duration(quantity->value * shared->multiplier, shared->unit, quantity->vague));
            }
        }
        return std::nullopt;
    }
    if (!m_ctx.sameSentence(j, k) || (quantity->article && unit->plural))
        return std::nullopt;
    if (quantity->article && (unit->unit == "Q" || (unit->unit == "S" && !m_ctx.is(j - 1, ContextWord::SecondCue))))
        return std::nullopt; // "a quarter of", "a second consecutive day", "a second, R-rated film"
    if (m_ctx.isNumber(j) && m_ctx.isPunct(j - 1, u'$'))
        return std::nullopt;
    int end = k + 1;
    double amount = quantity->value;
    if (!unit->plural && m_ctx.is(end, u"and") && m_ctx.isAny(end + 1, { u"a", u"one" })
        && m_ctx.is(end + 2, u"half")) {
        amount += 0.5; // "a year and a half"
        end += 3;
    }
    // "15 a year", "$5 million a year": a frequency
    if (quantity->article && amount == 1 && start == j && afterAmount(j)
        && !m_ctx.isAny(end, { u"ago", u"earlier", u"later", u"before" }))
        return makeMatch(j, end, "set", setValue(*unit, 1));
    if (m_ctx.isHyphen(end) && m_ctx.glued(end) && m_ctx.is(end + 1, u"long"))
        end += 2;
    else if (m_ctx.isAny(end, { u"ago", u"earlier", u"later" }) && !hyphen)
        end += 1;
    return makeMatch(start, end, "duration",
                     TimexNormalizer::duration(amount * unit->multiplier, unit->unit, quantity->vague));
}

std::optional<TimexMatch> DurationPatterns::bareUnit(int i) const
{
    // "recent years", "recent months"
    if (m_ctx.is(i, u"recent")) {
        if (const UnitWord* unit = m_ctx.unit(i + 1); unit && unit->plural)
            return makeMatch(i, i + 2, "duration", TimexNormalizer::duration(0, unit->unit, true));
        return std::nullopt;
    }
    if (m_ctx.is(i, u"per")) {
        if (m_ctx.is(i + 1, u"annum"))
            return makeMatch(i, i + 2, "set", "P1Y");
        if (const UnitWord* unit = m_ctx.unit(i + 1); unit && !unit->plural)
            return makeMatch(i, i + 2, "set", setValue(*unit, 1));
        return std::nullopt;
    }
    const UnitWord* unit = m_ctx.unit(i);
    if (!unit || m_ctx.isCapitalized(i))
        return std::nullopt;
    // "decades-long", "year-long"
    if (m_ctx.isHyphen(i + 1) && m_ctx.glued(i + 1) && m_ctx.is(i + 2, u"long") && m_ctx.glued(i + 2))
        return makeMatch(i, i + 3, "duration", TimexNormalizer::duration(unit->multiplier, unit->unit, unit->plural));
    // "years ago", "months later"
    if (unit->plural && unit->unit != "S" && m_ctx.isAny(i + 1, { u"ago", u"earlier", u"later" })
        && !m_ctx.quantity(i - 1))
        return makeMatch(i, i + 2, "duration", TimexNormalizer::duration(0, unit->unit, true));
    // "for years", "in decades", "within weeks"
    if (unit->plural && unit->unit != "S" && unit->unit != "Q" && m_ctx.is(i - 1, ContextWord::VagueDurationCue))
        return makeMatch(i, i + 1, "duration", TimexNormalizer::duration(0, unit->unit, true));
    return std::nullopt;
}

std::optional<TimexMatch> DurationPatterns::every(int i) const
{
    if (!m_ctx.isAny(i, { u"every", u"each" }))
        return std::nullopt;
    int j = i + 1;
    double amount = 1;
    if (m_ctx.is(j, u"other")) {
        amount = 2;
        ++j;
    } else if (const auto quantity = m_ctx.quantity(j); quantity && !quantity->article && !quantity->vague) {
        amount = quantity->value;
        j = quantity->end;
    }
    if (const UnitWord* unit = m_ctx.unit(j))
        return makeMatch(i, j + 1, "set", setValue(*unit, amount));
    if (m_ctx.is(j, u"weekend"))
        return makeMatch(i, j + 1, "set", "XXXX-WXX-WE");
    if (const WeekdayWord* weekday = m_ctx.weekday(j); weekday && !weekday->abbreviation)
        return makeMatch(i, j + 1, "set", "XXXX-WXX-" + std::to_string(weekday->day));
    if (const MonthWord* month = m_ctx.month(j); month && m_ctx.isCapitalized(j))
        return makeMatch(i, j + 1, "set", "XXXX-" + calendar::twoDigits(month->month));
    if (const FlaggedCode* part = m_ctx.dayPart(j); part && !part->flag)
        return makeMatch(i, j + 1, "set", "XXXX-XX-XXT" + part->code);
    if (const FlaggedCode* season = m_ctx.season(j))
        return makeMatch(i, j + 1, "set", "XXXX-" + season->code);
    return std::nullopt;
}

std::optional<TimexMatch> DurationPatterns::frequency(int i) const
{
    const std::string* value = m_ctx.setWord(i);
    if (!value || (m_ctx.isCapitalized(i) && !m_ctx.sentenceStart(i)))
        return std::nullopt; // "China Daily"
    return makeMatch(i, i + 1, "set", *value);
}

} // namespace sayline::analysis
