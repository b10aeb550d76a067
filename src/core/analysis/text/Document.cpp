// SPDX-License-Identifier: GPL-3.0-or-later
#include "Document.h"

#include <algorithm>
#include <memory>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>

#include "model/Error.h"

namespace sayline::analysis {
namespace {

/// A break iterator over text, cloned from the thread's prototype of its kind: creating one looks up and loads
/// ICU's rules, which cost more than breaking a whole article; a clone shares them.
std::unique_ptr<icu::BreakIterator> makeIterator(bool sentences, const icu::UnicodeString& text)
{
    thread_local std::unique_ptr<icu::BreakIterator> wordPrototype;
    thread_local std::unique_ptr<icu::BreakIterator> sentencePrototype;
    std::unique_ptr<icu::BreakIterator>& prototype = sentences ? sentencePrototype : wordPrototype;
    if (!prototype) {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Locale locale("en_US@ss=standard");
        prototype.reset(sentences ? icu::BreakIterator::createSentenceInstance(locale, status)
                                  : icu::BreakIterator::createWordInstance(locale, status));
        if (U_FAILURE(status) || !prototype) {
            prototype.reset();
            throw Error(ErrorCode::Internal, std::string("ICU break iterator: ") + u_errorName(status));
        }
    }
    std::unique_ptr<icu::BreakIterator> iterator(prototype->clone());
    if (!iterator)
        throw Error(ErrorCode::Internal, "ICU break iterator: out of memory");
    iterator->setText(text);
    return iterator;
}

bool isSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == 0x00A0 || c == 0x3000;
}

char16_t lowerUnit(char16_t c)
{
    if (c < 0x80)
        return c >= u'A' && c <= u'Z' ? static_cast<char16_t>(c + 32) : c;
    if (U16_IS_SURROGATE(c))
        return c;
    return static_cast<char16_t>(u_tolower(c));
}

/// Punctuation a runaway sentence may be cut after.
bool isSoftBreak(std::u16string_view token)
{
    return token == u";" || token == u":" || token == u"," || token == u"\u2014" || token == u"\u2013";
}

} // namespace

namespace {

/// Writes the UTF-16 of well-formed UTF-8 to out (room for one unit per byte, never more are needed) and returns
/// the units written; -1 at the first ill-formed sequence (overlong, surrogate, beyond U+10FFFF, truncated), where
/// ICU's substitution rules take over. Well-formed input has one UTF-16 form, so this gives what ICU gives,
/// without its conversion and copy.
std::ptrdiff_t wellFormedUtf16(std::string_view utf8, char16_t* out)
{
    const auto* p = reinterpret_cast<const unsigned char*>(utf8.data());
    const unsigned char* const end = p + utf8.size();
    char16_t* const first = out;
    auto continuation = [](unsigned char byte) { return (byte & 0xC0U) == 0x80U; };
    while (p < end) {
        const unsigned char lead = *p;
        if (lead < 0x80) {
            *out++ = static_cast<char16_t>(lead);
            ++p;
            continue;
        }
        char32_t c = 0;
        if (lead >= 0xC2 && lead <= 0xDF) {
            if (end - p < 2 || !continuation(p[1]))
                return -1;
            c = (static_cast<char32_t>(lead & 0x1FU) << 6) | (p[1] & 0x3FU);
            p += 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            if (end - p < 3 || !continuation(p[1]) || !continuation(p[2]) || (lead == 0xE0 && p[1] < 0xA0)
                || (lead == 0xED && p[1] > 0x9F))
                return -1; // overlong, or a surrogate
            c = (static_cast<char32_t>(lead & 0x0FU) << 12) | (static_cast<char32_t>(p[1] & 0x3FU) << 6)
                | (p[2] & 0x3FU);
            p += 3;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            if (end - p < 4 || !continuation(p[1]) || !continuation(p[2]) || !continuation(p[3])
                || (lead == 0xF0 && p[1] < 0x90) || (lead == 0xF4 && p[1] > 0x8F))
                return -1; // overlong, or beyond U+10FFFF
            c = (static_cast<char32_t>(lead & 0x07U) << 18) | (static_cast<char32_t>(p[1] & 0x3FU) << 12)
                | (static_cast<char32_t>(p[2] & 0x3FU) << 6) | (p[3] & 0x3FU);
            p += 4;
        } else {
            return -1;
        }
        if (c < 0x10000) {
            *out++ = static_cast<char16_t>(c);
        } else { // 4 bytes make 2 units
            *out++ = static_cast<char16_t>(0xD7C0U + (c >> 10));
            *out++ = static_cast<char16_t>(0xDC00U | (c & 0x3FFU));
        }
    }
    return out - first;
}

} // namespace

std::u16string toUtf16(std::string_view utf8)
{
    std::u16string out(utf8.size(), u'\0');
    if (const std::ptrdiff_t units = wellFormedUtf16(utf8, out.data()); units >= 0) {
        out.resize(static_cast<std::size_t>(units));
        if (out.capacity() - out.size() > out.size() / 4)
            out.shrink_to_fit(); // mostly multi-byte text (Chinese): 3 bytes make one unit
        return out;
    }
    const auto text = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    return std::u16string(reinterpret_cast<const char16_t*>(text.getBuffer()), static_cast<std::size_t>(text.length()));
}

void appendUtf8(std::string& out, std::u16string_view utf16)
{
    // The exact size first, then the bytes through a pointer: no push_back per byte.
    const std::size_t length = utf16.size();
    std::size_t bytes = 0;
    for (std::size_t i = 0; i < length; ++i) {
        const char16_t c = utf16[i];
        if (c < 0x80) {
            bytes += 1;
        } else if (c < 0x800) {
            bytes += 2;
        } else if (U16_IS_LEAD(c) && i + 1 < length && U16_IS_TRAIL(utf16[i + 1])) {
            bytes += 4;
            ++i;
        } else {
            bytes += 3; // the unit itself, or U+FFFD for an unpaired surrogate
        }
    }
    const std::size_t before = out.size();
    out.resize(before + bytes);
    char* p = out.data() + before;
    for (std::size_t i = 0; i < length; ++i) {
        char32_t c = utf16[i];
        if (c < 0x80) {
            *p++ = static_cast<char>(c);
            continue;
        }
        if (U16_IS_SURROGATE(c)) {
            if (U16_IS_SURROGATE_LEAD(c) && i + 1 < length && U16_IS_TRAIL(utf16[i + 1]))
                c = U16_GET_SUPPLEMENTARY(c, utf16[++i]);
            else
                c = 0xFFFD; // as ICU's toUTF8String substitutes an unpaired surrogate
        }
        if (c < 0x800) {
            *p++ = static_cast<char>(0xC0 | (c >> 6));
        } else if (c < 0x10000) {
            *p++ = static_cast<char>(0xE0 | (c >> 12));
            *p++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        } else {
            *p++ = static_cast<char>(0xF0 | (c >> 18));
            *p++ = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            *p++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        }
        *p++ = static_cast<char>(0x80 | (c & 0x3F));
    }
}

std::string toUtf8(std::u16string_view utf16)
{
    std::string out;
    appendUtf8(out, utf16);
    return out;
}

Document::Document(std::string_view utf8Body)
    : m_text(toUtf16(utf8Body))
{
    const int length = static_cast<int>(m_text.size());
    m_lower.resize(m_text.size());
    std::transform(m_text.begin(), m_text.end(), m_lower.begin(), lowerUnit);
    const icu::UnicodeString text(false, m_text.data(), length); // read-only alias, no copy

    // Code point index table, only needed when the text has surrogate pairs.
    if (std::any_of(m_text.begin(), m_text.end(), [](char16_t c) { return U16_IS_SURROGATE(c); })) {
        m_codePointAt.resize(static_cast<std::size_t>(length) + 1);
        int cp = 0;
        for (int i = 0; i < length; ++i) {
            m_codePointAt[static_cast<std::size_t>(i)] = cp;
            if (!(U16_IS_LEAD(m_text[static_cast<std::size_t>(i)]) && i + 1 < length
                  && U16_IS_TRAIL(m_text[static_cast<std::size_t>(i) + 1])))
                ++cp;
        }
        m_codePointAt[static_cast<std::size_t>(length)] = cp;
    }

    // Paragraphs: separated by a blank line (the contract's "\n\n"); a single newline stays inside.
    int start = 0;
    while (start < length) {
        std::size_t blank = m_text.find(u"\n\n", static_cast<std::size_t>(start));
        int end = blank == std::u16string::npos ? length : static_cast<int>(blank);
        int s = start;
        int e = end;
        while (s < e && isSpace(m_text[static_cast<std::size_t>(s)]))
            ++s;
        while (e > s && isSpace(m_text[static_cast<std::size_t>(e) - 1]))
            --e;
        if (e > s)
            m_paragraphs.push_back({ s, e });
        start = end + 2;
    }

    // Tokens.
    auto words = makeIterator(false, text);
    for (int from = words->first(), to = words->next(); to != icu::BreakIterator::DONE; from = to, to = words->next()) {
        const int status = words->getRuleStatus();
        if (status >= UBRK_WORD_NONE && status < UBRK_WORD_NONE_LIMIT) {
            // Punctuation or whitespace: keep each non-space character as a token.
            for (int i = from; i < to; ++i) {
                if (!isSpace(m_text[static_cast<std::size_t>(i)])
                    && !U16_IS_TRAIL(m_text[static_cast<std::size_t>(i)])) {
                    const int width = U16_IS_LEAD(m_text[static_cast<std::size_t>(i)]) && i + 1 < to ? 2 : 1;
                    m_tokens.push_back({ i, i + width, TokenKind::Punctuation });
                }
            }
            continue;
        }
        const TokenKind kind
            = status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT ? TokenKind::Number : TokenKind::Word;
        m_tokens.push_back({ from, to, kind });
    }

    // Sentences, never crossing a paragraph boundary.
    auto sentenceIterator = makeIterator(true, text);
    std::size_t tokenIndex = 0;
    for (std::size_t p = 0; p < m_paragraphs.size(); ++p) {
        const Paragraph& paragraph = m_paragraphs[p];
        int from = paragraph.start;
        while (from < paragraph.end) {
            int to = sentenceIterator->following(from);
            if (to == icu::BreakIterator::DONE || to > paragraph.end)
                to = paragraph.end;
            int s = from;
            int e = to;
            while (s < e && isSpace(m_text[static_cast<std::size_t>(s)]))
                ++s;
            while (e > s && isSpace(m_text[static_cast<std::size_t>(e) - 1]))
                --e;
            if (e > s)
                addSentence(s, e, static_cast<int>(p), tokenIndex);
            from = to;
        }
    }
}

void Document::addSentence(int start, int end, int paragraph, std::size_t& tokenIndex)
{
    while (tokenIndex < m_tokens.size() && m_tokens[tokenIndex].start < start)
        ++tokenIndex;
    int first = static_cast<int>(tokenIndex);
    while (tokenIndex < m_tokens.size() && m_tokens[tokenIndex].start < end)
        ++tokenIndex;
    const int endToken = static_cast<int>(tokenIndex);
    while (endToken - first > kLongestSentence) {
        const int cut = cutLongSentence(first, endToken);
        m_sentences.push_back({ start, m_tokens[static_cast<std::size_t>(cut) - 1].end, first, cut, paragraph });
        first = cut;
        start = m_tokens[static_cast<std::size_t>(cut)].start;
    }
    m_sentences.push_back({ start, end, first, endToken, paragraph });
}

int Document::cutLongSentence(int first, int end) const
{
    const int limit = std::min(end, first + kLongestSentence);
    for (int t = limit - 1; t >= first + kLongestSentence / 2; --t) {
        const Token& token = m_tokens[static_cast<std::size_t>(t)];
        const std::u16string_view gap = slice(token.end, m_tokens[static_cast<std::size_t>(t) + 1].start);
        if (gap.find(u'\n') != std::u16string_view::npos
            || (token.kind == TokenKind::Punctuation && isSoftBreak(slice(token.start, token.end))))
            return t + 1;
    }
    return limit;
}

std::u16string_view Document::slice(int start, int end) const
{
    start = std::clamp(start, 0, static_cast<int>(m_text.size()));
    end = std::clamp(end, start, static_cast<int>(m_text.size()));
    return std::u16string_view(m_text).substr(static_cast<std::size_t>(start), static_cast<std::size_t>(end - start));
}

std::u16string_view Document::lowerSlice(int start, int end) const
{
    start = std::clamp(start, 0, static_cast<int>(m_lower.size()));
    end = std::clamp(end, start, static_cast<int>(m_lower.size()));
    return std::u16string_view(m_lower).substr(static_cast<std::size_t>(start), static_cast<std::size_t>(end - start));
}

std::u16string_view Document::tokenText(int tokenIndex) const
{
    const Token& token = m_tokens.at(static_cast<std::size_t>(tokenIndex));
    return slice(token.start, token.end);
}

std::string Document::utf8(int start, int end) const
{
    return toUtf8(slice(start, end));
}

int Document::sentenceAt(int offset) const
{
    if (m_sentences.empty())
        return -1;
    auto it = std::upper_bound(m_sentences.begin(), m_sentences.end(), offset,
                               [](int value, const Sentence& sentence) { return value < sentence.start; });
    if (it == m_sentences.begin())
        return 0;
    return static_cast<int>(std::distance(m_sentences.begin(), it)) - 1;
}

int Document::tokenAtOrAfter(int offset) const
{
    auto it = std::upper_bound(m_tokens.begin(), m_tokens.end(), offset,
                               [](int value, const Token& token) { return value < token.end; });
    return static_cast<int>(std::distance(m_tokens.begin(), it));
}

int Document::toCodePoint(int utf16Offset) const
{
    utf16Offset = std::clamp(utf16Offset, 0, static_cast<int>(m_text.size()));
    if (m_codePointAt.empty())
        return utf16Offset;
    return m_codePointAt[static_cast<std::size_t>(utf16Offset)];
}

int Document::fromCodePoint(int codePointOffset) const
{
    if (m_codePointAt.empty())
        return std::clamp(codePointOffset, 0, static_cast<int>(m_text.size()));
    auto it = std::lower_bound(m_codePointAt.begin(), m_codePointAt.end(), codePointOffset);
    return static_cast<int>(std::distance(m_codePointAt.begin(), it));
}

model::Span Document::toSpan(int utf16Start, int utf16End) const
{
    return { toCodePoint(utf16Start), toCodePoint(utf16End) };
}

} // namespace sayline::analysis
