// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChineseText.h"

#include <algorithm>

#include "analysis/text/Document.h"

namespace sayline::analysis::zh {

bool isHan(char16_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) || c == 0x3007;
}

bool isLatinLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isDigit(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= 0xFF10 && c <= 0xFF19);
}

bool isNameDot(char16_t c)
{
    return c == 0x00B7 || c == 0x2022 || c == 0x2027 || c == 0x30FB;
}

bool isSentenceEnd(char16_t c)
{
    return c == u'\u3002' || c == u'\uFF01' || c == u'\uFF1F' || c == u'!' || c == u'?' || c == u'\u2026';
}

bool isClauseMark(char16_t c)
{
    return c == u'\uFF0C' || c == u'\u3001' || c == u'\uFF1B' || c == u'\uFF1A' || c == u',' || c == u';' || c == u':';
}

bool isOpeningQuote(char16_t c)
{
    return c == u'\u201C' || c == u'\u2018' || c == u'\u300C' || c == u'\u300E';
}

bool isClosingQuote(char16_t c)
{
    return c == u'\u201D' || c == u'\u2019' || c == u'\u300D' || c == u'\u300F';
}

bool isOpeningBracket(char16_t c)
{
    return c == u'(' || c == u'\uFF08';
}

bool isClosingBracket(char16_t c)
{
    return c == u')' || c == u'\uFF09';
}

namespace {

/// The closing mark that pairs with an opening one; ASCII '"' closes itself.
char16_t closerOf(char16_t open)
{
    switch (open) {
    case u'\u201C':
        return u'\u201D';
    case u'\u2018':
        return u'\u2019';
    case u'\u300C':
        return u'\u300D';
    case u'\u300E':
        return u'\u300F';
    default:
        return u'"';
    }
}

bool isParagraphBreak(const std::u16string& text, std::size_t i)
{
    return text[i] == u'\n' && i + 1 < text.size() && text[i + 1] == u'\n';
}

} // namespace

ChineseText::ChineseText(const Document& document)
    : m_document(document)
{
    const std::u16string& text = document.text();
    const int length = static_cast<int>(text.size());
    m_quoteOf.assign(static_cast<std::size_t>(length) + 1, -1);

    // Quotations: “…” ‘…’ 「…」 『…』 and ASCII "…", never across a paragraph. A ‘…’ or 『…』 inside an outer
    // quotation is a nested one and does not end it.
    for (int i = 0; i < length; ++i) {
        const char16_t c = text[static_cast<std::size_t>(i)];
        if (!isOpeningQuote(c) && c != u'"')
            continue;
        const char16_t closer = closerOf(c);
        int j = i + 1;
        while (j < length && text[static_cast<std::size_t>(j)] != closer
               && !isParagraphBreak(text, static_cast<std::size_t>(j)))
            ++j;
        if (j >= length || text[static_cast<std::size_t>(j)] != closer)
            continue; // unbalanced: no quotation
        const int outer = static_cast<int>(m_quotes.size());
        m_quotes.push_back({ i, j, 0 });
        for (int k = i + 1; k < j; ++k) {
            m_quoteOf[static_cast<std::size_t>(k)] = outer;
            const char16_t inner = text[static_cast<std::size_t>(k)];
            if (isOpeningQuote(inner)) {
                const char16_t innerCloser = closerOf(inner);
                int m = k + 1;
                while (m < j && text[static_cast<std::size_t>(m)] != innerCloser)
                    ++m;
                if (m < j)
                    m_quotes.push_back({ k, m, 1 });
            }
        }
        i = j;
    }
    for (std::size_t q = 0; q < m_quotes.size(); ++q) {
        if (m_quotes[q].depth == 0) {
            m_outerOpening.try_emplace(m_quotes[q].open, static_cast<int>(q));
            m_outerClosing.try_emplace(m_quotes[q].close, static_cast<int>(q));
        }
    }

    // ICU word boundaries.
    m_boundary.assign(static_cast<std::size_t>(length) + 1, 0);
    for (const Token& token : document.tokens()) {
        m_boundary[static_cast<std::size_t>(token.start)] = 1;
        m_boundary[static_cast<std::size_t>(token.end)] = 1;
    }

    // Sentences: ICU's, joined while the previous one ends inside a quotation or with only a closing mark.
    for (const Sentence& sentence : document.sentences()) {
        const bool insideQuote = !m_sentences.empty() && m_sentences.back().paragraph == sentence.paragraph
            && quoteAt(m_sentences.back().end - 1) >= 0
            && quoteAt(m_sentences.back().end - 1) == quoteAt(sentence.start);
        if (insideQuote)
            m_sentences.back().end = sentence.end;
        else
            m_sentences.push_back({ sentence.start, sentence.end, sentence.paragraph });
    }
}

const std::u16string& ChineseText::text() const
{
    return m_document.text();
}

char16_t ChineseText::at(int i) const
{
    const std::u16string& text = m_document.text();
    return i >= 0 && i < static_cast<int>(text.size()) ? text[static_cast<std::size_t>(i)] : u'\0';
}

std::u16string_view ChineseText::slice(int start, int end) const
{
    return m_document.slice(start, end);
}

bool ChineseText::startsWith(int i, std::u16string_view word) const
{
    return i >= 0 && slice(i, i + static_cast<int>(word.size())) == word;
}

bool ChineseText::endsWith(int i, std::u16string_view word) const
{
    const int start = i - static_cast<int>(word.size());
    return start >= 0 && slice(start, i) == word;
}

int ChineseText::quoteAt(int i) const
{
    if (i < 0 || i >= static_cast<int>(m_quoteOf.size()))
        return -1;
    return m_quoteOf[static_cast<std::size_t>(i)];
}

int ChineseText::quoteOpeningAt(int i) const
{
    const auto it = m_outerOpening.find(i);
    return it == m_outerOpening.end() ? -1 : it->second;
}

int ChineseText::quoteClosingAt(int i) const
{
    const auto it = m_outerClosing.find(i);
    return it == m_outerClosing.end() ? -1 : it->second;
}

int ChineseText::sentenceAt(int i) const
{
    auto it = std::upper_bound(m_sentences.begin(), m_sentences.end(), i,
                               [](int value, const ChineseSentence& sentence) { return value < sentence.start; });
    if (it == m_sentences.begin())
        return m_sentences.empty() ? -1 : 0;
    return static_cast<int>(std::distance(m_sentences.begin(), it)) - 1;
}

int ChineseText::bracketEnd(int i) const
{
    if (!isOpeningBracket(at(i)))
        return -1;
    for (int j = i + 1; j < static_cast<int>(text().size()) && j - i < 120; ++j) {
        const char16_t c = at(j);
        if (isClosingBracket(c))
            return j + 1;
        if (isOpeningBracket(c) || c == u'\n')
            return -1;
    }
    return -1;
}

bool ChineseText::isWordBoundary(int i) const
{
    if (i <= 0 || i >= static_cast<int>(text().size()))
        return true;
    if (m_boundary[static_cast<std::size_t>(i)])
        return true;
    return !isHan(at(i - 1)) || !isHan(at(i));
}

} // namespace sayline::analysis::zh
