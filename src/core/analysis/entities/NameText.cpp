// SPDX-License-Identifier: GPL-3.0-or-later
#include "NameText.h"

#include <algorithm>

#include <unicode/uchar.h>
#include <unicode/utf16.h>

#include "analysis/text/Document.h"

namespace sayline::analysis {
namespace {

template <typename Visitor> void forEachCodePoint(std::u16string_view text, Visitor visit)
{
    const auto length = static_cast<int32_t>(text.size());
    for (int32_t i = 0; i < length;) {
        UChar32 c = 0;
        U16_NEXT(text.data(), i, length, c);
        if (!visit(c))
            return;
    }
}

// ICU's properties for ASCII, without its table look-ups (most words of an English text are ASCII).
bool isUpperChar(UChar32 c)
{
    return c < 0x80 ? (c >= 'A' && c <= 'Z') : u_isupper(c) != 0;
}

bool isLowerChar(UChar32 c)
{
    return c < 0x80 ? (c >= 'a' && c <= 'z') : u_islower(c) != 0;
}

bool isAlphaChar(UChar32 c)
{
    return c < 0x80 ? ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) : u_isalpha(c) != 0;
}

bool isDigitChar(UChar32 c)
{
    return c < 0x80 ? (c >= '0' && c <= '9') : u_isdigit(c) != 0;
}

bool hasDigitSlow(std::u16string_view word)
{
    bool found = false;
    forEachCodePoint(word, [&](UChar32 c) {
        found = isDigitChar(c);
        return !found;
    });
    return found;
}

bool hasLetterSlow(std::u16string_view word)
{
    bool found = false;
    forEachCodePoint(word, [&](UChar32 c) {
        found = isAlphaChar(c);
        return !found;
    });
    return found;
}

} // namespace

bool startsUpper(std::u16string_view word)
{
    bool result = false;
    forEachCodePoint(word, [&](UChar32 c) {
        result = c < 0x80 ? (c >= 'A' && c <= 'Z') : (u_isupper(c) || u_istitle(c));
        return false; // only the first code point decides
    });
    return result;
}

bool isMixedCaseName(std::u16string_view word)
{
    bool first = true;
    bool lowerFirst = false;
    bool upperLater = false;
    forEachCodePoint(word, [&](UChar32 c) {
        if (first) {
            lowerFirst = isLowerChar(c);
            first = false;
            return lowerFirst; // the answer is no unless the first letter is lower case
        }
        upperLater = isUpperChar(c);
        return !upperLater;
    });
    return lowerFirst && upperLater;
}

bool isAllCaps(std::u16string_view word)
{
    int letters = 0;
    bool allUpper = true;
    forEachCodePoint(word, [&](UChar32 c) {
        if (isAlphaChar(c)) {
            ++letters;
            allUpper = isUpperChar(c);
        }
        return allUpper; // one lower-case letter decides
    });
    return letters >= 2 && allUpper;
}

bool hasDigit(std::u16string_view word)
{
    for (std::size_t i = 0; i < word.size(); ++i) {
        if (word[i] >= 0x80) // the rest through ICU, code point by code point
            return hasDigitSlow(word.substr(i));
        if (word[i] >= u'0' && word[i] <= u'9')
            return true;
    }
    return false;
}

bool hasLetter(std::u16string_view word)
{
    for (std::size_t i = 0; i < word.size(); ++i) {
        if (word[i] >= 0x80)
            return hasLetterSlow(word.substr(i));
        if ((word[i] >= u'a' && word[i] <= u'z') || (word[i] >= u'A' && word[i] <= u'Z'))
            return true;
    }
    return false;
}

std::u16string lowerCase(std::u16string_view text)
{
    std::u16string out;
    lowerCaseInto(text, out);
    return out;
}

void lowerCaseInto(std::u16string_view text, std::u16string& out)
{
    // ASCII in place, the rest (if any) code point by code point through ICU.
    const std::size_t size = text.size();
    out.resize(size);
    std::size_t i = 0;
    for (; i < size && text[i] < 0x80; ++i) {
        const char16_t c = text[i];
        out[i] = c >= u'A' && c <= u'Z' ? static_cast<char16_t>(c + 32) : c;
    }
    if (i == size)
        return;
    out.resize(i);
    forEachCodePoint(text.substr(i), [&](UChar32 c) {
        const UChar32 lower = u_tolower(c);
        if (U_IS_BMP(lower)) {
            out.push_back(static_cast<char16_t>(lower));
        } else {
            out.push_back(U16_LEAD(lower));
            out.push_back(U16_TRAIL(lower));
        }
        return true;
    });
}

std::u16string_view lowerCaseToken(const Document& document, int token, std::u16string& buffer)
{
    const Token& span = document.tokens()[static_cast<std::size_t>(token)];
    const std::u16string_view lowered = document.lowerSlice(span.start, span.end);
    if (std::none_of(lowered.begin(), lowered.end(), [](char16_t c) { return U16_IS_SURROGATE(c); }))
        return lowered;
    lowerCaseInto(document.slice(span.start, span.end), buffer);
    return buffer;
}

std::u16string normalizeName(std::u16string_view text)
{
    std::u16string out;
    normalizeNameInto(text, out);
    return out;
}

void normalizeNameInto(std::u16string_view text, std::u16string& out)
{
    out.resize(text.size()); // never longer than the input: a run of spaces becomes at most one
    std::size_t length = 0;
    bool space = false;
    for (char16_t c : text) {
        if (c == u' ' || c == u'\n' || c == u'\t' || c == u'\r' || c == 0x00A0) {
            space = length > 0;
            continue;
        }
        if (space) {
            out[length++] = u' ';
            space = false;
        }
        if (c == 0x2019 || c == 0x2018)
            c = u'\'';
        out[length++] = c;
    }
    out.resize(length);
}

int possessiveLength(std::u16string_view word)
{
    const std::size_t n = word.size();
    if (n >= 3 && (word[n - 1] == u's' || word[n - 1] == u'S') && (word[n - 2] == u'\'' || word[n - 2] == 0x2019))
        return 2;
    return 0;
}

std::u16string acronymLetters(std::u16string_view word)
{
    std::u16string out;
    for (char16_t c : word) {
        if (c != u'.')
            out.push_back(c);
    }
    return out;
}

} // namespace sayline::analysis
