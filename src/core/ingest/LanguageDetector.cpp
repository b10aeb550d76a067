// SPDX-License-Identifier: GPL-3.0-or-later
#include "LanguageDetector.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

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

/// A word of up to eight bytes as one number (its bytes in order, the rest zero): the stop-word table's key.
std::uint64_t packedWord(std::string_view word)
{
    std::uint64_t key = 0;
    std::memcpy(&key, word.data(), std::min(word.size(), sizeof key));
    return key;
}

/// Every stop word with the languages (bits, in kStopWords' order) whose list holds it, in an open-addressing
/// table of packed words: one multiplication and a comparison or two per word looked up, no string hashing.
class StopWordTable
{
public:
    StopWordTable()
    {
        for (std::size_t l = 0; l < kStopWords.size(); ++l) {
            for (std::string_view word : kStopWords[l].words) {
                std::size_t slot = slotOf(packedWord(word));
                while (m_keys[slot] != 0 && m_keys[slot] != packedWord(word))
                    slot = (slot + 1) % kSlots;
                m_keys[slot] = packedWord(word);
                m_languages[slot] |= 1U << l;
            }
        }
    }

    /// The languages whose lists hold the packed word (0 for none).
    unsigned languages(std::uint64_t key) const
    {
        for (std::size_t slot = slotOf(key);; slot = (slot + 1) % kSlots) {
            if (m_keys[slot] == key)
                return m_languages[slot];
            if (m_keys[slot] == 0)
                return 0;
        }
    }

private:
    static constexpr std::size_t kSlots = 256; // over twice the stop words: short probes, never full
    static std::size_t slotOf(std::uint64_t key)
    {
        return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ULL) >> 56);
    }

    std::array<std::uint64_t, kSlots> m_keys {};
    std::array<unsigned, kSlots> m_languages {};
};

bool isAsciiLetter(unsigned char byte)
{
    return static_cast<unsigned char>((byte | 0x20) - 'a') < 26;
}

/// The number of ASCII letters among the eight bytes at bytes, or nullopt when one of them is not ASCII.
std::optional<int> asciiLetterCount(const char* bytes)
{
    constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
    std::uint64_t word = 0;
    std::memcpy(&word, bytes, 8);
    if (word & kHighBits)
        return std::nullopt;
    const std::uint64_t lower = word | (0x20 * kOnes); // 'A'-'Z' onto 'a'-'z' (and nothing else onto them)
    // Per byte, with its high bit as the flag and no borrow between bytes (every byte is below 0x80 here).
    const std::uint64_t atLeastA = ((lower | kHighBits) - 'a' * kOnes) & kHighBits;
    const std::uint64_t atMostZ = (('z' * kOnes | kHighBits) - lower) & kHighBits;
    return std::popcount(atLeastA & atMostZ);
}

std::optional<std::string> latinLanguage(std::string_view text)
{
    static const StopWordTable stopWords;
    std::array<int, kStopWords.size()> scores {};
    constexpr std::size_t longest = [] {
        std::size_t bytes = 0;
        for (const StopWords& list : kStopWords)
            for (std::string_view stopWord : list.words)
                bytes = std::max(bytes, stopWord.size());
        return bytes;
    }();
    static_assert(longest <= sizeof(std::uint64_t), "stop words are packed into one number");
    // The current word, lower-cased; only its length is kept past the longest stop word (it cannot be one).
    std::array<char, longest> word {};
    std::size_t wordBytes = 0;
    auto flush = [&] {
        if (wordBytes == 0 || wordBytes > longest) { // no stop word is this long: no hashing
            wordBytes = 0;
            return;
        }
        if (const unsigned languages = stopWords.languages(packedWord(std::string_view(word.data(), wordBytes)))) {
            for (std::size_t l = 0; l < kStopWords.size(); ++l) {
                if (languages & (1U << l))
                    ++scores[l];
            }
        }
        wordBytes = 0;
    };
    auto append = [&](std::string_view bytes) {
        for (const char byte : bytes) {
            if (wordBytes < longest)
                word[wordBytes] = byte;
            ++wordBytes;
        }
    };
    for (std::size_t i = 0; i < text.size();) {
        // ASCII, most of the text, without decoding or the C library's locale-dependent classification.
        if (const auto byte = static_cast<unsigned char>(text[i]); byte < 0x80) {
            ++i;
            if (isAsciiLetter(byte)) {
                if (wordBytes < longest)
                    word[wordBytes] = static_cast<char>(byte | 0x20);
                ++wordBytes;
            } else {
                flush();
            }
            continue;
        }
        const std::size_t start = i;
        const char32_t cp = model::nextCodePoint(text, i);
        if (cp >= 0xC0 && cp <= 0x24F) {
            append(text.substr(start, i - start)); // accented letters stay as written (lower case in lists)
        } else if (cp < 0x80 && isAsciiLetter(static_cast<unsigned char>(cp))) { // from a malformed sequence
            const char lower = static_cast<char>(cp | 0x20);
            append(std::string_view(&lower, 1));
        } else {
            flush();
        }
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
        if (i + 8 <= text.size()) {
            if (const std::optional<int> latin = asciiLetterCount(text.data() + i)) { // most of the text
                counts[static_cast<std::size_t>(Script::Latin)] += *latin;
                letters += *latin;
                i += 8;
                continue;
            }
        }
        if (const auto byte = static_cast<unsigned char>(text[i]); byte < 0x80) {
            ++i;
            if (isAsciiLetter(byte)) {
                ++counts[static_cast<std::size_t>(Script::Latin)];
                ++letters;
            }
            continue;
        }
        const char32_t cp = model::nextCodePoint(text, i);
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
