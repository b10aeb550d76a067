// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "CalendarMath.h"
#include "TimeLexicon.h"
#include "TimeScanner.h"
#include "TimexNormalizer.h"

namespace sayline::analysis {

/// A temporal expression found by a pattern: tokens [first, end) of the TimeToken list.
struct TimexMatch
{
    int first = 0;
    int end = 0;
    std::string type; ///< date, time, duration, set
    std::string value; ///< empty while a time of day still waits for its date
    std::string timeOfDay; ///< "T18:04", "TMO": appended to the anchoring date when value is empty
};

/// A finished match of tokens [first, end) with its TIMEX3 type and value.
inline TimexMatch makeMatch(int first, int end, std::string type, std::string value)
{
    TimexMatch match;
    match.first = first;
    match.end = end;
    match.type = std::move(type);
    match.value = std::move(value);
    return match;
}

/// A number of units as written: "three", "3", "twenty-five", "a few" (vague), "one and a half".
struct Quantity
{
    double value = 0;
    bool vague = false;
    bool article = false; ///< "a" / "an"
    int end = 0;
};

/// Everything the date patterns share: the tokens, the lexicons, the normaliser, small token tests, number
/// parsing, tense cues, and what the text said last (for "the day", "the same period last year").
class TimexContext
{
public:
    TimexContext(const std::vector<TimeToken>& tokens, const TimeLexicon& lexicon, const TimexNormalizer& normalizer);

    int size() const { return static_cast<int>(m_tokens.size()); }
    const TimeToken& token(int i) const { return m_tokens[static_cast<std::size_t>(i)]; }
    const TimeLexicon& lexicon() const { return m_lexicon; }
    const TimexNormalizer& normalizer() const { return m_normalizer; }

    bool valid(int i) const { return i >= 0 && i < size(); }
    /// The lower-cased text of token i; empty outside the text.
    std::u16string_view lower(int i) const { return valid(i) ? std::u16string_view(token(i).lower) : std::u16string_view(); }
    bool is(int i, std::u16string_view word) const { return valid(i) && lower(i) == word; }
    bool isAny(int i, std::initializer_list<std::u16string_view> words) const;
    /// Token i plays this role around time expressions (TimeLexicon::is).
    bool is(int i, ContextWord role) const { return valid(i) && (roles(i) & static_cast<unsigned>(role)) != 0; }
    bool isWord(int i) const { return valid(i) && token(i).kind == TimeTokenKind::Word; }
    bool isNumber(int i) const { return valid(i) && token(i).kind == TimeTokenKind::Number; }
    bool isPunct(int i, char16_t c) const;
    bool isHyphen(int i) const;
    bool isApostrophe(int i) const;
    bool isCapitalized(int i) const { return isWord(i) && token(i).capitalized; }
    /// Token i follows token i - 1 with no space ("2022-06", "6pm").
    bool glued(int i) const { return valid(i) && i > 0 && !token(i).spaceBefore; }
    bool sameSentence(int a, int b) const { return valid(a) && valid(b) && token(a).sentence == token(b).sentence; }
    /// A plain integer token with this many digits, or -1.
    int integer(int i, int minDigits = 1, int maxDigits = 9) const;
    /// The first token of its sentence.
    bool sentenceStart(int i) const { return valid(i) && (i == 0 || token(i - 1).sentence != token(i).sentence); }

    /// The time lexicon entries of token i (cached per token; nullptr outside the text or when none).
    const TimeWord* entry(int i) const { return valid(i) ? m_entries[static_cast<std::size_t>(i)] : nullptr; }
    const MonthWord* month(int i) const { return entry(i) ? entry(i)->month : nullptr; }
    const WeekdayWord* weekday(int i) const { return entry(i) ? entry(i)->weekday : nullptr; }
    const double* numberWord(int i) const { return entry(i) ? entry(i)->number : nullptr; }
    const int* ordinalWord(int i) const { return entry(i) ? entry(i)->ordinal : nullptr; }
    const UnitWord* unit(int i) const { return entry(i) ? entry(i)->unit : nullptr; }
    const FlaggedCode* season(int i) const { return entry(i) ? entry(i)->season : nullptr; }
    const FlaggedCode* dayPart(int i) const { return entry(i) ? entry(i)->dayPart : nullptr; }
    const std::string* setWord(int i) const { return entry(i) ? entry(i)->setWord : nullptr; }
    const int* relative(int i) const { return entry(i) ? entry(i)->relative : nullptr; }
    const std::vector<TimePhrase>* phrases(int i) const { return entry(i) ? entry(i)->phrases : nullptr; }

    std::optional<Quantity> quantity(int i) const;
    /// An ordinal ("fourth", "4th", "twenty-first"): value and end token.
    std::optional<std::pair<int, int>> ordinal(int i) const;
    /// A day of the month ("15", "15th", "1st"): value and end token.
    std::optional<std::pair<int, int>> dayOfMonth(int i) const;
    /// A four-digit year at token i (1000..2999) or -1.
    int year(int i) const;
    /// Past or future from the verbs around tokens [first, end) in the same sentence.
    Direction tense(int first, int end) const;

    /// What the text mentioned last, for anaphoric expressions.
    std::optional<CivilDate> lastDay;
    std::string lastDate;

private:
    /// TimeLexicon::roles of token i, looked up once per token (the patterns ask about the same tokens repeatedly).
    unsigned roles(int i) const;

    const std::vector<TimeToken>& m_tokens;
    const TimeLexicon& m_lexicon;
    const TimexNormalizer& m_normalizer;
    std::vector<const TimeWord*> m_entries;
    static constexpr unsigned kRolesUnknown = ~0U;
    mutable std::vector<unsigned> m_roles; ///< per token, kRolesUnknown until asked
};

} // namespace sayline::analysis
