// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimexContext.h"

namespace sayline::analysis {

TimexContext::TimexContext(const std::vector<TimeToken>& tokens, const TimeLexicon& lexicon,
                           const TimexNormalizer& normalizer)
    : m_tokens(tokens)
    , m_lexicon(lexicon)
    , m_normalizer(normalizer)
    , m_roles(tokens.size(), kRolesUnknown)
{
    m_entries.reserve(tokens.size());
    for (const TimeToken& token : tokens)
        m_entries.push_back(token.kind == TimeTokenKind::Word ? lexicon.word(token.lower) : nullptr);
}

unsigned TimexContext::roles(int i) const
{
    unsigned& roles = m_roles[static_cast<std::size_t>(i)];
    if (roles == kRolesUnknown)
        roles = m_lexicon.roles(lower(i));
    return roles;
}

bool TimexContext::isAny(int i, std::initializer_list<std::u16string_view> words) const
{
    if (!valid(i))
        return false;
    const std::u16string_view text = lower(i);
    for (std::u16string_view word : words) {
        if (text == word)
            return true;
    }
    return false;
}

bool TimexContext::isPunct(int i, char16_t c) const
{
    return valid(i) && token(i).kind == TimeTokenKind::Punctuation && token(i).lower.size() == 1
        && token(i).lower[0] == c;
}

bool TimexContext::isHyphen(int i) const
{
    return isPunct(i, u'-') || isPunct(i, u'\u2010') || isPunct(i, u'\u2011') || isPunct(i, u'\u2013');
}

bool TimexContext::isApostrophe(int i) const
{
    return isPunct(i, u'\'') || isPunct(i, u'\u2019');
}

int TimexContext::integer(int i, int minDigits, int maxDigits) const
{
    if (!isNumber(i) || !token(i).plainDigits)
        return -1;
    const int digits = token(i).end - token(i).start;
    if (digits < minDigits || digits > maxDigits)
        return -1;
    return static_cast<int>(token(i).number);
}

std::optional<Quantity> TimexContext::quantity(int i) const
{
    if (!valid(i))
        return std::nullopt;
    Quantity q;
    if (isNumber(i)) {
        if (token(i).number <= 0 || token(i).number > 100000)
            return std::nullopt;
        q.value = token(i).number;
        q.end = i + 1;
    } else if (isAny(i, { u"a", u"an" })) {
        // "a few", "a couple of", "a dozen", "a half"; plain "a" is one
        if (is(i + 1, u"few")) {
            q.vague = true;
            q.end = i + 2;
            return q;
        }
        if (is(i + 1, u"couple")) {
            q.value = 2;
            q.end = is(i + 2, u"of") ? i + 3 : i + 2;
            return q;
        }
        if (is(i + 1, u"dozen")) {
            q.value = 12;
            q.end = i + 2;
            return q;
        }
        q.value = 1;
        q.article = true;
        q.end = i + 1;
    } else if (is(i, u"half")) {
        // "half a year", "half an hour"
        if (!isAny(i + 1, { u"a", u"an" }))
            return std::nullopt;
        q.value = 0.5;
        q.end = i + 2;
        return q;
    } else if (const double* value = numberWord(i)) {
        if (*value < 0) {
            q.vague = true;
            q.end = i + 1;
            return q;
        }
        q.value = *value;
        q.end = i + 1;
        // "twenty-five", "twenty five", "one hundred"
        if (q.value >= 20 && q.value < 100 && static_cast<int>(q.value) % 10 == 0) {
            int next = isHyphen(i + 1) && glued(i + 1) ? i + 2 : i + 1;
            if (const double* unit = numberWord(next); unit && *unit > 0 && *unit < 10) {
                q.value += *unit;
                q.end = next + 1;
            }
        }
        if (is(q.end, u"hundred")) {
            q.value *= 100;
            q.end += 1;
        }
    } else {
        return std::nullopt;
    }
    // "one and a half", "two and a half"
    if (is(q.end, u"and") && isAny(q.end + 1, { u"a", u"one" }) && is(q.end + 2, u"half")) {
        q.value += 0.5;
        q.end += 3;
    }
    return q;
}

std::optional<std::pair<int, int>> TimexContext::ordinal(int i) const
{
    if (!valid(i))
        return std::nullopt;
    if (isNumber(i)) {
        const int value = integer(i, 1, 2);
        if (value > 0 && isAny(i + 1, { u"st", u"nd", u"rd", u"th" }) && glued(i + 1))
            return std::make_pair(value, i + 2);
        return std::nullopt;
    }
    if (const int* value = ordinalWord(i))
        return std::make_pair(*value, i + 1);
    // "twenty-first"
    if (const double* tens = numberWord(i); tens && *tens >= 20 && *tens < 100) {
        const int next = isHyphen(i + 1) && glued(i + 1) ? i + 2 : i + 1;
        if (const int* unit = ordinalWord(next); unit && *unit < 10)
            return std::make_pair(static_cast<int>(*tens) + *unit, next + 1);
    }
    return std::nullopt;
}

std::optional<std::pair<int, int>> TimexContext::dayOfMonth(int i) const
{
    const int value = integer(i, 1, 2);
    if (value < 1 || value > 31)
        return std::nullopt;
    if (isAny(i + 1, { u"st", u"nd", u"rd", u"th" }) && glued(i + 1))
        return std::make_pair(value, i + 2);
    if (isWord(i + 1) && glued(i + 1))
        return std::nullopt; // "15km"
    return std::make_pair(value, i + 1);
}

int TimexContext::year(int i) const
{
    const int value = integer(i, 4, 4);
    return value >= 1000 && value <= 2999 ? value : -1;
}

Direction TimexContext::tense(int first, int end) const
{
    auto cueAt = [this](int i) {
        if (!isWord(i) || (token(i).capitalized && !sentenceStart(i)))
            return TenseCue::None; // "May", "Said" in names are no verbs
        const TenseCue cue = entry(i) ? entry(i)->tense : TenseCue::None;
        const std::u16string_view word = lower(i);
        const bool participle = cue == TenseCue::Past || (word.size() >= 5 && word.substr(word.size() - 2) == u"ed");
        if (participle && is(i - 1, u"be"))
            return TenseCue::None; // "will be held", "is expected to be signed": the tense is before it
        if (is(i - 1, u"been") && is(i - 2, u"had"))
            return TenseCue::Past; // "had been planned for March": a plan in the past
        if (cue != TenseCue::None)
            return cue;
        return participle ? TenseCue::Past : TenseCue::None;
    };
    auto toDirection = [](TenseCue cue) { return cue == TenseCue::Future ? Direction::Future : Direction::Past; };
    // ICU ends a sentence after "a.m." / "p.m."; such a boundary does not stop the search
    auto softBoundary = [this](int start) {
        return isPunct(start - 1, u'.') && is(start - 2, u"m") && isPunct(start - 3, u'.')
            && isAny(start - 4, { u"a", u"p" });
    };
    int sentence = valid(first) ? token(first).sentence : -1;
    for (int i = first - 1, steps = 0; i >= 0 && steps < 15; --i, ++steps) {
        if (token(i).sentence != sentence) {
            if (!softBoundary(i + 1))
                break;
            sentence = token(i).sentence;
        }
        if (const TenseCue cue = cueAt(i); cue != TenseCue::None)
            return toDirection(cue);
    }
    for (int i = end, steps = 0; i < size() && steps < 8 && sameSentence(i, end - 1); ++i, ++steps) {
        if (const TenseCue cue = cueAt(i); cue != TenseCue::None)
            return toDirection(cue);
    }
    return Direction::Unknown;
}

} // namespace sayline::analysis
