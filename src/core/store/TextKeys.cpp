// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextKeys.h"

#include <unicode/brkiter.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <memory>
#include <vector>

#include "EmbeddedMigrations.h"
#include "model/Utf8.h"

namespace sayline::store {
namespace {

/// Decodes one code point of valid UTF-8 at text[i] and advances i (invalid bytes count as U+FFFD).
/// Han and kana: the scripts written without spaces between words.
bool isCjk(char32_t cp)
{
    return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF)
        || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x3134F) || (cp >= 0x31F0 && cp <= 0x31FF);
}

bool isAscii(std::string_view text)
{
    for (char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

/// Builds the key from already case-folded code points: letters and digits kept, '.' and apostrophes dropped
/// ("U.S." = "US", "O'Brien" = "OBrien"), everything else a single space.
template <typename CodePoints> std::string buildKey(const CodePoints& codePoints)
{
    std::string key;
    bool pendingSpace = false;
    for (char32_t cp : codePoints) {
        if (cp == '.' || cp == '\'' || cp == 0x2019 || cp == 0x00B7 || cp == 0x30FB)
            continue;
        if (u_isalnum(static_cast<UChar32>(cp))) {
            if (pendingSpace && !key.empty())
                key += ' ';
            pendingSpace = false;
            icu::UnicodeString(static_cast<UChar32>(cp)).toUTF8String(key);
        } else {
            pendingSpace = true;
        }
    }
    return key;
}

struct AsciiCodePoints
{
    std::string_view text;
    struct Iterator
    {
        const char* p;
        char32_t operator*() const
        {
            const char c = *p;
            return static_cast<char32_t>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        }
        Iterator& operator++()
        {
            ++p;
            return *this;
        }
        bool operator!=(const Iterator& other) const { return p != other.p; }
    };
    Iterator begin() const { return { text.data() }; }
    Iterator end() const { return { text.data() + text.size() }; }
};

icu::Transliterator* foldingTransliterator()
{
    // Transliterators are not thread-safe: one per thread, built once.
    thread_local std::unique_ptr<icu::Transliterator> transliterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> created(icu::Transliterator::createInstance(
            "NFD; [:Nonspacing Mark:] Remove; Latin-ASCII; NFC", UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            created.reset();
        return created;
    }();
    return transliterator.get();
}

icu::BreakIterator* wordBreaker()
{
    thread_local std::unique_ptr<icu::BreakIterator> breaker = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> created(
            icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
        if (U_FAILURE(status))
            created.reset();
        return created;
    }();
    return breaker.get();
}

bool hasCjk(const icu::UnicodeString& text, int32_t start, int32_t end)
{
    for (int32_t i = start; i < end;) {
        const UChar32 cp = text.char32At(i);
        if (isCjk(static_cast<char32_t>(cp)))
            return true;
        i += U16_LENGTH(cp);
    }
    return false;
}

bool isSpace(UChar32 cp)
{
    return u_isUWhiteSpace(cp) != 0;
}

/// text with a space between every two word segments of which one is CJK.
std::string segmentText(std::string_view utf8)
{
    const icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), utf8.size()));
    icu::BreakIterator* breaker = wordBreaker();
    if (!breaker)
        return std::string(utf8);
    breaker->setText(text);
    icu::UnicodeString out;
    bool previousCjk = false;
    int32_t start = breaker->first();
    for (int32_t end = breaker->next(); end != icu::BreakIterator::DONE; start = end, end = breaker->next()) {
        const bool cjk = hasCjk(text, start, end);
        if ((cjk || previousCjk) && out.length() > 0 && !isSpace(out.char32At(out.length() - 1))
            && !isSpace(text.char32At(start)))
            out.append(u' ');
        out.append(text, start, end - start);
        previousCjk = cjk;
    }
    std::string result;
    out.toUTF8String(result);
    return result;
}

icu::Transliterator* pinyinTransliterator()
{
    thread_local std::unique_ptr<icu::Transliterator> transliterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> created(
            icu::Transliterator::createInstance("Han-Latin; Latin-ASCII", UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            created.reset();
        return created;
    }();
    return transliterator.get();
}

const std::vector<std::u32string>& compoundSurnames()
{
    static const std::vector<std::u32string> surnames = [] {
        std::vector<std::u32string> out;
        std::string_view text = embeddedResource("lexicons/zh-compound-surnames.txt");
        while (!text.empty()) {
            const std::size_t end = text.find('\n');
            std::string_view line = text.substr(0, end);
            text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
            if (line.empty() || line.front() == '#')
                continue;
            std::u32string surname;
            for (std::size_t i = 0; i < line.size();)
                surname.push_back(model::nextCodePoint(line, i));
            out.push_back(std::move(surname));
        }
        return out;
    }();
    return surnames;
}

/// "wen bin" → "Wenbin": the syllables of one name part as one capitalised word.
std::string namePart(const std::u32string& han)
{
    icu::UnicodeString text;
    for (char32_t cp : han)
        text.append(static_cast<UChar32>(cp));
    icu::Transliterator* transliterator = pinyinTransliterator();
    if (!transliterator)
        return {};
    transliterator->transliterate(text);
    std::string latin;
    text.toUTF8String(latin);
    std::string word;
    for (char c : latin) {
        if (c >= 'a' && c <= 'z')
            word += word.empty() ? static_cast<char>(c - 'a' + 'A') : c;
        else if (c >= 'A' && c <= 'Z')
            word += word.empty() ? c : static_cast<char>(c - 'A' + 'a');
    }
    return word;
}

} // namespace

std::optional<std::string> pinyinPersonName(std::string_view name)
{
    std::u32string han;
    for (std::size_t i = 0; i < name.size();) {
        const char32_t cp = model::nextCodePoint(name, i);
        if (cp < 0x4E00 || cp > 0x9FFF)
            return std::nullopt; // not a plain Han name (Latin, "·", digits, kana)
        han.push_back(cp);
    }
    if (han.size() < 2 || han.size() > 4)
        return std::nullopt;
    std::size_t surnameLength = han.size() == 4 ? 2 : 1;
    for (const std::u32string& compound : compoundSurnames()) {
        if (han.size() >= 3 && han.compare(0, compound.size(), compound) == 0)
            surnameLength = compound.size();
    }
    const std::string surname = namePart(han.substr(0, surnameLength));
    const std::string given = namePart(han.substr(surnameLength));
    if (surname.empty() || given.empty())
        return std::nullopt;
    return surname + " " + given;
}

std::string foldKey(std::string_view name)
{
    if (isAscii(name))
        return buildKey(AsciiCodePoints { name });
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), name.size()));
    if (icu::Transliterator* transliterator = foldingTransliterator())
        transliterator->transliterate(text);
    text.foldCase();
    std::vector<char32_t> codePoints;
    for (int32_t i = 0; i < text.length();) {
        const UChar32 cp = text.char32At(i);
        codePoints.push_back(static_cast<char32_t>(cp));
        i += U16_LENGTH(cp);
    }
    return buildKey(codePoints);
}

bool containsCjk(std::string_view text)
{
    for (std::size_t i = 0; i < text.size();) {
        if (static_cast<unsigned char>(text[i]) < 0x80) {
            ++i;
            continue;
        }
        if (isCjk(model::nextCodePoint(text, i)))
            return true;
    }
    return false;
}

std::optional<std::string> segmentForIndex(std::string_view text)
{
    if (!containsCjk(text))
        return std::nullopt;
    std::string segmented = segmentText(text);
    if (segmented == text)
        return std::nullopt;
    return segmented;
}

std::string segmentQuery(std::string_view query)
{
    std::string out;
    std::string run;
    bool inQuotes = false;
    auto flush = [&] {
        if (run.empty())
            return;
        const std::string words = segmentText(run);
        const bool phrase = !inQuotes && words.find(' ') != std::string::npos;
        out += phrase ? "\"" + words + "\"" : words;
        run.clear();
    };
    for (std::size_t i = 0; i < query.size();) {
        const std::size_t begin = i;
        const char32_t cp = model::nextCodePoint(query, i);
        if (isCjk(cp)) {
            run.append(query.substr(begin, i - begin));
            continue;
        }
        flush();
        if (cp == '"')
            inQuotes = !inQuotes;
        out.append(query.substr(begin, i - begin));
    }
    flush();
    return out;
}

std::string unsegment(std::string_view text)
{
    // The code point before and after each space, looking through the snippet markers '[' and ']'.
    std::vector<char32_t> codePoints;
    std::vector<std::pair<std::size_t, std::size_t>> ranges;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t begin = i;
        codePoints.push_back(model::nextCodePoint(text, i));
        ranges.emplace_back(begin, i);
    }
    auto cjkAt = [&](std::size_t index, int direction) {
        for (auto k = static_cast<std::ptrdiff_t>(index); k >= 0 && k < static_cast<std::ptrdiff_t>(codePoints.size());
             k += direction) {
            const char32_t cp = codePoints[static_cast<std::size_t>(k)];
            if (cp != '[' && cp != ']')
                return isCjk(cp);
        }
        return false;
    };
    std::string out;
    out.reserve(text.size());
    for (std::size_t k = 0; k < codePoints.size(); ++k) {
        if (codePoints[k] == ' ' && k > 0 && cjkAt(k - 1, -1) && cjkAt(k + 1, 1))
            continue;
        out.append(text.substr(ranges[k].first, ranges[k].second - ranges[k].first));
    }
    return out;
}

bool isFullPersonName(std::string_view name)
{
    const std::string key = foldKey(name);
    if (key.find(' ') != std::string::npos)
        return true;
    int cjk = 0;
    for (std::size_t i = 0; i < key.size();) {
        if (isCjk(model::nextCodePoint(key, i)))
            ++cjk;
    }
    return cjk >= 2;
}

} // namespace sayline::store
