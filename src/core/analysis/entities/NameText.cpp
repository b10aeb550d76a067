// SPDX-License-Identifier: GPL-3.0-or-later
#include "NameText.h"

#include <unicode/uchar.h>
#include <unicode/utf16.h>

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

} // namespace

bool startsUpper(std::u16string_view word)
{
    bool result = false;
    forEachCodePoint(word, [&](UChar32 c) {
        result = u_isupper(c) || u_istitle(c);
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
            lowerFirst = u_islower(c);
            first = false;
        } else if (u_isupper(c)) {
            upperLater = true;
        }
        return true;
    });
    return lowerFirst && upperLater;
}

bool isAllCaps(std::u16string_view word)
{
    int letters = 0;
    bool allUpper = true;
    forEachCodePoint(word, [&](UChar32 c) {
        if (u_isalpha(c)) {
            ++letters;
            if (!u_isupper(c))
                allUpper = false;
        }
        return true;
    });
    return letters >= 2 && allUpper;
}

bool hasDigit(std::u16string_view word)
{
    bool found = false;
    forEachCodePoint(word, [&](UChar32 c) {
        found = u_isdigit(c);
        return !found;
    });
    return found;
}

bool hasLetter(std::u16string_view word)
{
    bool found = false;
    forEachCodePoint(word, [&](UChar32 c) {
        found = u_isalpha(c);
        return !found;
    });
    return found;
}

std::u16string lowerCase(std::u16string_view text)
{
    std::u16string out;
    out.reserve(text.size());
    forEachCodePoint(text, [&](UChar32 c) {
        const UChar32 lower = u_tolower(c);
        if (U_IS_BMP(lower)) {
            out.push_back(static_cast<char16_t>(lower));
        } else {
            out.push_back(U16_LEAD(lower));
            out.push_back(U16_TRAIL(lower));
        }
        return true;
    });
    return out;
}

std::u16string normalizeName(std::u16string_view text)
{
    std::u16string out;
    out.reserve(text.size());
    bool space = false;
    for (char16_t c : text) {
        if (c == u' ' || c == u'\n' || c == u'\t' || c == u'\r' || c == 0x00A0) {
            space = !out.empty();
            continue;
        }
        if (space) {
            out.push_back(u' ');
            space = false;
        }
        if (c == 0x2019 || c == 0x2018)
            c = u'\'';
        out.push_back(c);
    }
    return out;
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
