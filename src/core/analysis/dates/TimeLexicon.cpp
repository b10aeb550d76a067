// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimeLexicon.h"

#include <algorithm>
#include <charconv>
#include <tuple>

#include "analysis/lexicon/Lexicons.h"
#include "analysis/text/Document.h"

namespace sayline::analysis {
namespace {

std::u16string lowerKey(const std::string& utf8)
{
    std::u16string key = toUtf16(utf8);
    for (char16_t& c : key) {
        if (c >= u'A' && c <= u'Z')
            c = static_cast<char16_t>(c + 32);
    }
    return key;
}

int toInt(const std::string& text)
{
    int value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

bool hasFlag(const LexiconEntry& entry, std::size_t field, std::string_view flag)
{
    return entry.size() > field && entry[field] == flag;
}

/// Splits a phrase the way TimeScanner splits text: letter and digit runs, and each other character alone.
std::vector<std::u16string> splitWords(const std::string& phrase)
{
    std::vector<std::u16string> words;
    const std::u16string text = lowerKey(phrase);
    auto isAlnum = [](char16_t c) { return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c > 0x7F; };
    std::size_t i = 0;
    while (i < text.size()) {
        if (text[i] == u' ') {
            ++i;
            continue;
        }
        auto isHan = [](char16_t c) { return c >= 0x3400 && c <= 0x9FFF; };
        std::size_t end = i + 1;
        if (isAlnum(text[i]) && !isHan(text[i])) {
            while (end < text.size() && isAlnum(text[end]) && !isHan(text[end]))
                ++end;
        }
        words.push_back(text.substr(i, end - i));
        i = end;
    }
    return words;
}

} // namespace

TimeLexicon::TimeLexicon(const Lexicons& lexicons)
{
    for (const LexiconEntry& e : lexicons.entries("en-time-months")) {
        if (e.size() >= 2)
            m_months[lowerKey(e[0])] = { toInt(e[1]), hasFlag(e, 2, "abbr"), hasFlag(e, 2, "ambiguous") };
    }
    for (const LexiconEntry& e : lexicons.entries("en-time-weekdays")) {
        if (e.size() >= 2)
            m_weekdays[lowerKey(e[0])] = { toInt(e[1]), hasFlag(e, 2, "abbr"), hasFlag(e, 2, "plural") };
    }
    for (const LexiconEntry& e : lexicons.entries("en-time-numbers")) {
        if (e.size() >= 2)
            m_numbers[lowerKey(e[0])] = e[1] == "X" ? -1.0 : static_cast<double>(toInt(e[1]));
    }
    for (const LexiconEntry& e : lexicons.entries("en-time-ordinals")) {
        if (e.size() >= 2)
            m_ordinals[lowerKey(e[0])] = toInt(e[1]);
    }
    for (const LexiconEntry& e : lexicons.entries("en-time-units")) {
        if (e.size() >= 3)
            m_units[lowerKey(e[0])] = { e[1], toInt(e[2]), hasFlag(e, 3, "plural") };
    }
    for (const LexiconEntry& e : lexicons.entries("en-time-seasons")) {
        if (e.size() >= 2)
            m_seasons[lowerKey(e[0])] = { e[1], hasFlag(e, 2, "ambiguous") };
    }
    for (const LexiconEntry& e : lexicons.entries("en-time-dayparts")) {
        if (e.size() >= 2)
            m_dayParts[lowerKey(e[0])] = { e[1], hasFlag(e, 2, "plural") };
    }
    for (const LexiconEntry& e : lexicons.entries("en-time-sets")) {
        if (e.size() >= 2)
            m_sets[lowerKey(e[0])] = e[1];
    }
    for (const LexiconEntry& e : lexicons.entries("en-time-relative")) {
        if (e.size() >= 2)
            m_relative[lowerKey(e[0])] = toInt(e[1]);
    }
    for (const LexiconEntry& e : lexicons.entries("en-time-tense-cues")) {
        if (e.size() >= 2)
            m_tense[lowerKey(e[0])] = e[1] == "future" ? TenseCue::Future : TenseCue::Past;
    }
    for (const char* name : { "en-time-deictic", "zh-time-deictic" }) {
        for (const LexiconEntry& e : lexicons.entries(name)) {
            if (e.size() < 3)
                continue;
            TimePhrase phrase { splitWords(e[0]), e[1], e[2] };
            if (phrase.words.empty())
                continue;
            m_phrases[phrase.words.front()].push_back(std::move(phrase));
        }
    }
    for (auto& [word, list] : m_phrases) {
        std::stable_sort(list.begin(), list.end(),
                         [](const TimePhrase& a, const TimePhrase& b) { return a.words.size() > b.words.size(); });
    }
    for (const LexiconEntry& e : lexicons.entries("en-time-shift-units")) {
        if (e.size() >= 2)
            m_shiftUnits[lowerKey(e[0])] = e[1];
    }
    const std::tuple<const char*, const char*, ContextWord> roles[] = {
        { "en-time-context", "year-cue", ContextWord::YearCue },
        { "en-time-context", "month-cue", ContextWord::MonthCue },
        { "en-time-context", "season-cue", ContextWord::SeasonCue },
        { "en-time-context", "period-part", ContextWord::PeriodPart },
        { "en-time-context", "duration-adjective", ContextWord::DurationAdjective },
        { "en-time-context", "second-cue", ContextWord::SecondCue },
        { "en-time-context", "vague-duration-cue", ContextWord::VagueDurationCue },
        { "en-time-context", "other-period", ContextWord::OtherPeriod },
        { "en-time-context", "comparable-period", ContextWord::ComparablePeriod },
        { "en-time-context", "newspaper", ContextWord::Newspaper },
        { "en-time-context", "named-day", ContextWord::NamedDay },
        { "en-time-context", "not-time-after-later", ContextWord::NotTimeAfterLater },
        { "en-time-context", "not-time-before-later", ContextWord::NotTimeBeforeLater },
        { "en-time-context", "time-zone", ContextWord::TimeZone },
        { "en-quantity-words", "count", ContextWord::CountNoun },
        { "en-quantity-words", "amount", ContextWord::Amount },
        { "en-grammar-words", "modal", ContextWord::Modal },
    };
    for (const auto& [lexicon, tag, role] : roles) {
        for (const std::string& word : lexicons.words(lexicon, tag))
            m_contextWords[lowerKey(word)] |= static_cast<unsigned>(role);
    }
    for (const LexiconEntry& e : lexicons.entries("en-time-pattern-openers"))
        m_words[lowerKey(e[0])].patternOpener = true;
    // The combined index points into the maps above (their nodes never move).
    for (const auto& [word, value] : m_months)
        m_words[word].month = &value;
    for (const auto& [word, value] : m_weekdays)
        m_words[word].weekday = &value;
    for (const auto& [word, value] : m_numbers)
        m_words[word].number = &value;
    for (const auto& [word, value] : m_ordinals)
        m_words[word].ordinal = &value;
    for (const auto& [word, value] : m_units)
        m_words[word].unit = &value;
    for (const auto& [word, value] : m_seasons)
        m_words[word].season = &value;
    for (const auto& [word, value] : m_dayParts)
        m_words[word].dayPart = &value;
    for (const auto& [word, value] : m_sets)
        m_words[word].setWord = &value;
    for (const auto& [word, value] : m_relative)
        m_words[word].relative = &value;
    for (const auto& [word, value] : m_tense)
        m_words[word].tense = value;
    for (const auto& [word, value] : m_phrases)
        m_words[word].phrases = &value;
}

} // namespace sayline::analysis
