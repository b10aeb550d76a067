// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimeScanner.h"

#include <unicode/uchar.h>

#include "analysis/text/Document.h"

namespace sayline::analysis {
namespace {

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

bool isLetter(char16_t c)
{
    if (c < 0x80)
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
    return u_isalpha(c) != 0;
}

bool isSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == 0x00A0 || c == 0x2009 || c == 0x202F
        || c == 0x3000;
}

/// Han ideographs stand alone: Chinese has no spaces, and "2022年6月15日" must come apart.
bool isIdeograph(char16_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) || c == 0x3007;
}

bool isUpper(char16_t c)
{
    if (c < 0x80)
        return c >= u'A' && c <= u'Z';
    return u_isupper(c) != 0;
}

} // namespace

std::vector<TimeToken> scanTimeTokens(const Document& document)
{
    const std::u16string& text = document.text();
    const auto& sentences = document.sentences();
    const std::size_t length = text.size();
    std::vector<TimeToken> tokens;
    tokens.reserve(length / 4);
    std::size_t sentence = 0;
    bool space = true;
    std::size_t i = 0;
    while (i < length) {
        const char16_t c = text[i];
        if (isSpace(c)) {
            space = true;
            ++i;
            continue;
        }
        TimeToken token;
        token.start = static_cast<int>(i);
        token.spaceBefore = space;
        space = false;
        if (isDigit(c)) {
            token.kind = TimeTokenKind::Number;
            token.plainDigits = true;
            double value = 0;
            while (i < length && isDigit(text[i]))
                value = value * 10 + (text[i++] - u'0');
            // Thousands groups ("2,000") and decimals ("3.5") stay in one token.
            while (i + 3 < length && text[i] == u',' && isDigit(text[i + 1]) && isDigit(text[i + 2])
                   && isDigit(text[i + 3]) && (i + 4 >= length || !isDigit(text[i + 4]))) {
                value = value * 1000 + (text[i + 1] - u'0') * 100 + (text[i + 2] - u'0') * 10 + (text[i + 3] - u'0');
                token.plainDigits = false;
                i += 4;
            }
            if (i + 1 < length && text[i] == u'.' && isDigit(text[i + 1])) {
                token.plainDigits = false;
                ++i;
                double scale = 0.1;
                while (i < length && isDigit(text[i])) {
                    value += (text[i++] - u'0') * scale;
                    scale /= 10;
                }
            }
            token.number = value;
        } else if (isIdeograph(c)) {
            token.kind = TimeTokenKind::Word;
            ++i;
        } else if (isLetter(c)) {
            token.kind = TimeTokenKind::Word;
            token.capitalized = isUpper(c);
            while (i < length && isLetter(text[i]) && !isIdeograph(text[i]))
                ++i;
        } else {
            token.kind = TimeTokenKind::Punctuation;
            ++i;
            if (i < length && (c & 0xFC00) == 0xD800 && (text[i] & 0xFC00) == 0xDC00)
                ++i;
        }
        token.end = static_cast<int>(i);
        token.lower = document.lowerSlice(token.start, token.end);
        while (sentence + 1 < sentences.size() && sentences[sentence + 1].start <= token.start)
            ++sentence;
        token.sentence = static_cast<int>(sentence);
        tokens.push_back(token);
    }
    return tokens;
}

} // namespace sayline::analysis
