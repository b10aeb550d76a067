// SPDX-License-Identifier: GPL-3.0-or-later
#include "Document.h"

#include <algorithm>
#include <memory>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/ubrk.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>

#include "model/Error.h"

namespace sayline::analysis {
namespace {

std::unique_ptr<icu::BreakIterator> makeIterator(bool sentences, const icu::UnicodeString& text)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale locale("en_US@ss=standard");
    std::unique_ptr<icu::BreakIterator> iterator(sentences ? icu::BreakIterator::createSentenceInstance(locale, status)
                                                           : icu::BreakIterator::createWordInstance(locale, status));
    if (U_FAILURE(status) || !iterator)
        throw Error(ErrorCode::Internal, std::string("ICU break iterator: ") + u_errorName(status));
    iterator->setText(text);
    return iterator;
}

bool isSpace(char16_t c) { return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == 0x00A0 || c == 0x3000; }

} // namespace

std::u16string toUtf16(std::string_view utf8)
{
    const auto text = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    return std::u16string(reinterpret_cast<const char16_t*>(text.getBuffer()), static_cast<std::size_t>(text.length()));
}

std::string toUtf8(std::u16string_view utf16)
{
    const icu::UnicodeString text(false, utf16.data(), static_cast<int32_t>(utf16.size()));
    std::string out;
    text.toUTF8String(out);
    return out;
}

Document::Document(std::string_view utf8Body)
    : m_text(toUtf16(utf8Body))
{
    const int length = static_cast<int>(m_text.size());
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
            m_paragraphs.push_back({s, e});
        start = end + 2;
    }

    // Tokens.
    auto words = makeIterator(false, text);
    for (int from = words->first(), to = words->next(); to != icu::BreakIterator::DONE; from = to, to = words->next()) {
        const int status = words->getRuleStatus();
        if (status >= UBRK_WORD_NONE && status < UBRK_WORD_NONE_LIMIT) {
            // Punctuation or whitespace: keep each non-space character as a token.
            for (int i = from; i < to; ++i) {
                if (!isSpace(m_text[static_cast<std::size_t>(i)]) && !U16_IS_TRAIL(m_text[static_cast<std::size_t>(i)])) {
                    const int width = U16_IS_LEAD(m_text[static_cast<std::size_t>(i)]) && i + 1 < to ? 2 : 1;
                    m_tokens.push_back({i, i + width, TokenKind::Punctuation});
                }
            }
            continue;
        }
        const TokenKind kind = status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT ? TokenKind::Number
                                                                                             : TokenKind::Word;
        m_tokens.push_back({from, to, kind});
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
            if (e > s) {
                Sentence sentence{s, e, 0, 0, static_cast<int>(p)};
                while (tokenIndex < m_tokens.size() && m_tokens[tokenIndex].start < s)
                    ++tokenIndex;
                sentence.firstToken = static_cast<int>(tokenIndex);
                while (tokenIndex < m_tokens.size() && m_tokens[tokenIndex].start < e)
                    ++tokenIndex;
                sentence.endToken = static_cast<int>(tokenIndex);
                m_sentences.push_back(sentence);
            }
            from = to;
        }
    }
}

std::u16string_view Document::slice(int start, int end) const
{
    start = std::clamp(start, 0, static_cast<int>(m_text.size()));
    end = std::clamp(end, start, static_cast<int>(m_text.size()));
    return std::u16string_view(m_text).substr(static_cast<std::size_t>(start), static_cast<std::size_t>(end - start));
}

std::u16string_view Document::tokenText(int tokenIndex) const
{
    const Token& token = m_tokens.at(static_cast<std::size_t>(tokenIndex));
    return slice(token.start, token.end);
}

std::string Document::utf8(int start, int end) const { return toUtf8(slice(start, end)); }

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
    return {toCodePoint(utf16Start), toCodePoint(utf16End)};
}

} // namespace sayline::analysis
