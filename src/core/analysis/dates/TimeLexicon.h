// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analysis/lexicon/WordHash.h"

namespace sayline::analysis {

class Lexicons;

struct MonthWord
{
    int month = 0;
    bool abbreviation = false; ///< "Jan": only before a day or a year
    bool ambiguous = false; ///< "May": needs a date context
};

struct WeekdayWord
{
    int day = 0; ///< ISO 1 = Monday
    bool abbreviation = false;
    bool plural = false;
};

struct UnitWord
{
    std::string unit; ///< Y M W D Q H MIN S
    int multiplier = 1; ///< decade = 10 years
    bool plural = false;
};

struct FlaggedCode
{
    std::string code;
    bool flag = false; ///< ambiguous season ("fall"), plural part of day ("mornings")
};

/// A fixed phrase from en-time-deictic or zh-time-deictic: its words, TIMEX3 type and value template.
struct TimePhrase
{
    std::vector<std::u16string> words;
    std::string type;
    std::string value;
};

enum class TenseCue
{
    None,
    Past,
    Future,
};

/// The roles a word around a time expression plays for the date rules (en-time-context, with count and
/// amount from en-quantity-words and modal from en-grammar-words). A word may have several.
enum class ContextWord : unsigned
{
    YearCue = 1u << 0, ///< before a number, shows it is a year ("in 1492")
    MonthCue = 1u << 1, ///< before a month name alone, shows it is a date ("in March")
    SeasonCue = 1u << 2, ///< before a season, shows it is a date ("in spring")
    PeriodPart = 1u << 3, ///< "the end of", "the turn of"
    DurationAdjective = 1u << 4, ///< "three consecutive days"
    SecondCue = 1u << 5, ///< before "a second" that is a duration ("for a second")
    VagueDurationCue = 1u << 6, ///< before a plural unit: a vague duration ("for years")
    OtherPeriod = 1u << 7, ///< after "the year": another year ("the year before")
    ComparablePeriod = 1u << 8, ///< "the same period last year"
    Newspaper = 1u << 9, ///< after a weekday: a title ("Sunday Times")
    NamedDay = 1u << 10, ///< before a weekday: a named day ("Black Friday")
    NotTimeAfterLater = 1u << 11, ///< "later than", "later models"
    NotTimeBeforeLater = 1u << 12, ///< "much later", "no later"
    TimeZone = 1u << 13, ///< "3 pm EST"
    CountNoun = 1u << 14, ///< a four-digit number before it is a count ("2000 people")
    Amount = 1u << 15, ///< before "a" and a unit: a frequency ("twice a year")
    Modal = 1u << 16, ///< will, would, can ...
};

/// Everything the time lexicons say about one word, so a token is hashed once.
struct TimeWord
{
    const MonthWord* month = nullptr;
    const WeekdayWord* weekday = nullptr;
    const double* number = nullptr;
    const int* ordinal = nullptr;
    const UnitWord* unit = nullptr;
    const FlaggedCode* season = nullptr;
    const FlaggedCode* dayPart = nullptr;
    const std::string* setWord = nullptr;
    const int* relative = nullptr;
    TenseCue tense = TenseCue::None;
    const std::vector<TimePhrase>* phrases = nullptr;
    bool patternOpener = false; ///< an English pattern tests the word at its first token (en-time-pattern-openers)
};

/// The en-time-* (and zh-time-deictic) lexicons, loaded once into hash maps keyed by lower-case words.
class TimeLexicon
{
public:
    explicit TimeLexicon(const Lexicons& lexicons);

    const MonthWord* month(std::u16string_view word) const { return find(m_months, word); }
    const WeekdayWord* weekday(std::u16string_view word) const { return find(m_weekdays, word); }
    /// A number word's value; a negative value marks an unspecified quantity ("several").
    const double* number(std::u16string_view word) const { return find(m_numbers, word); }
    const int* ordinal(std::u16string_view word) const { return find(m_ordinals, word); }
    const UnitWord* unit(std::u16string_view word) const { return find(m_units, word); }
    const FlaggedCode* season(std::u16string_view word) const { return find(m_seasons, word); }
    const FlaggedCode* dayPart(std::u16string_view word) const { return find(m_dayParts, word); }
    const std::string* setWord(std::u16string_view word) const { return find(m_sets, word); }
    const int* relative(std::u16string_view word) const { return find(m_relative, word); }
    TenseCue tenseCue(std::u16string_view word) const
    {
        const TenseCue* cue = find(m_tense, word);
        return cue ? *cue : TenseCue::None;
    }
    /// All entries for a word in one look-up; nullptr when no time lexicon lists it.
    const TimeWord* word(std::u16string_view word) const { return find(m_words, word); }
    /// Phrases starting with this word, longest first.
    const std::vector<TimePhrase>* phrases(std::u16string_view firstWord) const { return find(m_phrases, firstWord); }
    /// Whether a (lower-case) word plays this role around time expressions.
    bool is(ContextWord role, std::u16string_view word) const
    {
        return (roles(word) & static_cast<unsigned>(role)) != 0;
    }
    /// Every ContextWord role of a (lower-case) word, as bits; 0 when it plays none.
    unsigned roles(std::u16string_view word) const
    {
        const unsigned* roles = find(m_contextWords, word);
        return roles ? *roles : 0U;
    }
    /// The unit code "this", "last" and "next" shift a unit word by ("WE" for "weekend"), or nullptr.
    const std::string* shiftUnit(std::u16string_view word) const { return find(m_shiftUnits, word); }

private:
    template <typename T> using Map = std::unordered_map<std::u16string, T, BasicWordHash<char16_t>, std::equal_to<>>;

    template <typename T> static const T* find(const Map<T>& map, std::u16string_view word)
    {
        auto it = map.find(word);
        return it == map.end() ? nullptr : &it->second;
    }

    Map<MonthWord> m_months;
    Map<WeekdayWord> m_weekdays;
    Map<double> m_numbers;
    Map<int> m_ordinals;
    Map<UnitWord> m_units;
    Map<FlaggedCode> m_seasons;
    Map<FlaggedCode> m_dayParts;
    Map<std::string> m_sets;
    Map<int> m_relative;
    Map<TenseCue> m_tense;
    Map<std::vector<TimePhrase>> m_phrases;
    Map<TimeWord> m_words;
    Map<unsigned> m_contextWords;
    Map<std::string> m_shiftUnits;
};

} // namespace sayline::analysis
