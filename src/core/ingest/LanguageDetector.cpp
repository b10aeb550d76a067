// SPDX-License-Identifier: GPL-3.0-or-later
#include "LanguageDetector.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <unordered_map>

#include "model/Utf8.h"

namespace sayline::ingest {
namespace {

enum class Script
{
    Latin,
    Han,
    Kana,
    Hangul,
    Cyrillic,
    Arabic,
    Greek,
    Hebrew,
    Thai,
    Devanagari,
    Count,
};

std::optional<Script> scriptOf(char32_t cp)
{
    if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7))
        return Script::Latin;
    if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0x20000 && cp <= 0x2A6DF))
        return Script::Han;
    if (cp >= 0x3040 && cp <= 0x30FF)
        return Script::Kana;
    if ((cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x3130 && cp <= 0x318F))
        return Script::Hangul;
    if (cp >= 0x400 && cp <= 0x4FF)
        return Script::Cyrillic;
    if ((cp >= 0x600 && cp <= 0x6FF) || (cp >= 0x750 && cp <= 0x77F))
        return Script::Arabic;
    if (cp >= 0x370 && cp <= 0x3FF)
        return Script::Greek;
    if (cp >= 0x590 && cp <= 0x5FF)
        return Script::Hebrew;
    if (cp >= 0xE00 && cp <= 0xE7F)
        return Script::Thai;
    if (cp >= 0x900 && cp <= 0x97F)
        return Script::Devanagari;
    return std::nullopt;
}

/// model::nextCodePoint, with ASCII (most of the text) decoded here.
char32_t nextCodePoint(std::string_view text, std::size_t& i)
{
    if (const auto byte = static_cast<unsigned char>(text[i]); byte < 0x80) {
        ++i;
        return byte;
    }
    return model::nextCodePoint(text, i);
}

struct StopWords
{
    std::string_view language;
    std::array<std::string_view, 16> words;
};

// Frequent function words that are rare in the other languages of the list.
constexpr std::array<StopWords, 7> kStopWords { {
    { "en",
      { "the", "and", "of", "to", "is", "that", "was", "with", "for", "said", "have", "has", "it", "this", "from",
        "were" } },
    { "fr",
      { "le", "les", "des", "du", "est", "une", "dans", "pour", "que", "qui", "avec", "sur", "pas", "au", "aux",
        "ont" } },
    { "de",
      { "der", "die", "und", "das", "ist", "nicht", "mit", "sich", "des", "dem", "ein", "eine", "auf", "auch", "wurde",
        "sie" } },
    { "es",
      { "el", "los", "las", "del", "que", "por", "una", "con", "para", "es", "se", "al", "como", "pero", "fue",
        "su" } },
    { "it",
      { "il", "della", "che", "di", "non", "per", "una", "sono", "gli", "nel", "alla", "anche", "delle", "con", "ha",
        "dei" } },
    { "pt",
      { "o", "os", "que", "do", "da", "em", "um", "uma", "para", "com", "não", "dos", "das", "foi", "ao", "pelo" } },
    { "nl",
      { "de", "het", "een", "van", "en", "niet", "dat", "op", "zijn", "voor", "met", "ook", "werd", "wordt", "bij",
        "naar" } },
} };

/// Every stop word with the languages (bits, in kStopWords' order) whose list holds it: one look-up per word.
const std::unordered_map<std::string_view, unsigned>& stopWordLanguages()
{
    static const std::unordered_map<std::string_view, unsigned> languages = [] {
        std::unordered_map<std::string_view, unsigned> out;
        for (std::size_t l = 0; l < kStopWords.size(); ++l) {
            for (std::string_view word : kStopWords[l].words)
                out[word] |= 1U << l;
        }
        return out;
    }();
    return languages;
}

std::optional<std::string> latinLanguage(std::string_view text)
{
    const auto& stopWords = stopWordLanguages();
    std::array<int, kStopWords.size()> scores {};
    static const std::size_t longest = [] {
        std::size_t bytes = 0;
        for (const StopWords& list : kStopWords)
            for (std::string_view stopWord : list.words)
                bytes = std::max(bytes, stopWord.size());
        return bytes;
    }();
    std::string word;
    auto flush = [&] {
        if (word.empty())
            return;
        if (word.size() > longest) { // no stop word is this long: no hashing
            word.clear();
            return;
        }
        if (const auto it = stopWords.find(word); it != stopWords.end()) {
            for (std::size_t l = 0; l < kStopWords.size(); ++l) {
                if (it->second & (1U << l))
                    ++scores[l];
            }
        }
        word.clear();
    };
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t start = i;
        const char32_t cp = nextCodePoint(text, i);
        if (cp < 0x80 && std::isalpha(static_cast<int>(cp)))
            word += static_cast<char>(std::tolower(static_cast<int>(cp)));
        else if (cp >= 0xC0 && cp <= 0x24F)
            word.append(text.substr(start, i - start)); // accented letters stay as written (lower case in lists)
        else
            flush();
    }
    flush();
    std::string_view best;
    int bestScore = 0;
    for (std::size_t l = 0; l < kStopWords.size(); ++l) {
        if (scores[l] > bestScore) {
            best = kStopWords[l].language;
            bestScore = scores[l];
        }
    }
    if (bestScore == 0)
        return std::nullopt;
    return std::string(best);
}

} // namespace

std::optional<std::string> detectLanguage(std::string_view utf8Text)
{
    constexpr std::size_t kSample = 20000;
    std::string_view text = utf8Text.substr(0, std::min(utf8Text.size(), kSample));
    std::array<int, static_cast<std::size_t>(Script::Count)> counts {};
    int letters = 0;
    bool ukrainian = false;
    for (std::size_t i = 0; i < text.size();) {
        const char32_t cp = nextCodePoint(text, i);
        if (const auto script = scriptOf(cp)) {
            ++counts[static_cast<std::size_t>(*script)];
            ++letters;
        }
        if (cp == 0x0456 || cp == 0x0457 || cp == 0x0454 || cp == 0x0491)
            ukrainian = true;
    }
    auto count = [&](Script script) { return counts[static_cast<std::size_t>(script)]; };
    // CJK text carries more information per character.
    const int cjk = count(Script::Han) + count(Script::Kana) + count(Script::Hangul);
    if (letters < 20 && cjk < 8)
        return std::nullopt;
    Script dominant = Script::Latin;
    int weight = 0;
    for (std::size_t s = 0; s < counts.size(); ++s) {
        const auto script = static_cast<Script>(s);
        int value = counts[s];
        if (script == Script::Han || script == Script::Kana || script == Script::Hangul)
            value *= 3;
        if (value > weight) {
            weight = value;
            dominant = script;
        }
    }
    switch (dominant) {
    case Script::Han:
    case Script::Kana:
        if (count(Script::Kana) * 20 > count(Script::Han) + count(Script::Kana))
            return "ja";
        return "zh";
    case Script::Hangul:
        return "ko";
    case Script::Cyrillic:
        return ukrainian ? "uk" : "ru";
    case Script::Arabic:
        return "ar";
    case Script::Greek:
        return "el";
    case Script::Hebrew:
        return "he";
    case Script::Thai:
        return "th";
    case Script::Devanagari:
        return "hi";
    case Script::Latin:
    case Script::Count:
        break;
    }
    return latinLanguage(text);
}

} // namespace sayline::ingest
