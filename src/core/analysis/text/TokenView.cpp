// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenView.h"

#include <algorithm>

#include <unicode/uchar.h>
#include <unicode/utf16.h>

#include "Document.h"
#include "WordClasses.h"

namespace sayline::analysis {
namespace {

enum Flag : unsigned char
{
    Capitalized = 1,
    QuoteMark = 2,
    AllCaps = 4,
};

bool isUpper(char16_t c)
{
    if (c < 0x80)
        return c >= u'A' && c <= u'Z';
    return u_isupper(c) != 0;
}

bool isQuoteChar(char16_t c)
{
    return c == u'"' || c == u'\u201C' || c == u'\u201D' || c == u'\u00AB' || c == u'\u00BB';
}

/// Appends text as bytes when every unit is ASCII (most tokens: no typographic apostrophe to fold, one byte per
/// unit) and answers true; otherwise leaves out as it was and answers false.
bool appendAscii(std::string& out, std::u16string_view text)
{
    if (!std::all_of(text.begin(), text.end(), [](char16_t c) { return c < 0x80; }))
        return false;
    const std::size_t before = out.size();
    out.resize(before + text.size());
    std::transform(text.begin(), text.end(), out.begin() + static_cast<std::ptrdiff_t>(before),
                   [](char16_t c) { return static_cast<char>(c); });
    return true;
}

} // namespace

TokenView::TokenView(const Document& document, const WordClasses& words)
    : m_document(document)
    , m_words(words)
{
    const auto& tokens = document.tokens();
    m_lowerText.reserve(document.text().size() + document.text().size() / 8);
    m_lowerEnd.reserve(tokens.size());
    m_flags.reserve(tokens.size());
    std::u16string folded;
    for (const Token& token : tokens) {
        const std::u16string_view text = document.slice(token.start, token.end);
        unsigned char flags = 0;
        if (!text.empty() && isUpper(text.front()))
            flags |= Capitalized;
        if (text.size() == 1 && isQuoteChar(text.front()))
            flags |= QuoteMark;
        if (text.size() >= 2
            && std::all_of(text.begin(), text.end(), [](char16_t c) { return isUpper(c) || c == u'.'; }))
            flags |= AllCaps;
        std::u16string_view lower = document.lowerSlice(token.start, token.end);
        if (appendAscii(m_lowerText, lower)) {
            m_lowerEnd.push_back(static_cast<int>(m_lowerText.size()));
            m_flags.push_back(flags);
            continue;
        }
        if (lower.find_first_of(u"\u2019\u2018") != std::u16string_view::npos) {
            folded.assign(lower);
            std::replace_if(
                folded.begin(), folded.end(), [](char16_t c) { return c == u'\u2019' || c == u'\u2018'; }, u'\'');
            lower = folded;
        }
        appendUtf8(m_lowerText, lower);
        m_lowerEnd.push_back(static_cast<int>(m_lowerText.size()));
        m_flags.push_back(flags);
    }
    m_sentence.assign(tokens.size(), -1);
    for (const Sentence& sentence : document.sentences()) {
        const int last = sentence.endToken - 1;
        const bool joins = !m_sentenceEnd.empty() && m_sentenceParagraph.back() == sentence.paragraph
            && m_sentenceEnd.back() >= 2 && lower(m_sentenceEnd.back() - 1) == "."
            && m_words.continuesAfterPeriod(lower(m_sentenceEnd.back() - 2)) && isCapitalized(sentence.firstToken)
            && !m_words.isFunctionWord(lower(sentence.firstToken)) && !isQuoteMark(sentence.firstToken);
        // Rejoined sentences stay within the Document's bound too (a chain of "Inc." would undo it).
        const bool fits
            = !m_sentenceFirst.empty() && sentence.endToken - m_sentenceFirst.back() <= Document::kLongestSentence;
        if (fits && (joins || continuesExclaimedQuote(sentence))) {
            m_sentenceEnd.back() = sentence.endToken;
        } else {
            m_sentenceFirst.push_back(sentence.firstToken);
            m_sentenceEnd.push_back(sentence.endToken);
            m_sentenceParagraph.push_back(sentence.paragraph);
        }
        for (int t = sentence.firstToken; t <= last; ++t)
            m_sentence[static_cast<std::size_t>(t)] = static_cast<int>(m_sentenceFirst.size()) - 1;
    }
}

bool TokenView::continuesExclaimedQuote(const Sentence& sentence) const
{
    // ICU ends a sentence at "?" or "!" even inside quotation marks: '"Is it fair?" she asked.' The short
    // tail that follows such a quote (no quotation of its own) is its attribution, so it joins the quote.
    constexpr int kLongestAttributionTail = 15;
    if (m_sentenceEnd.empty() || m_sentenceParagraph.back() != sentence.paragraph || m_sentenceEnd.back() < 2)
        return false;
    const int close = m_sentenceEnd.back() - 1;
    if (!isQuoteMark(close) || (lower(close - 1) != "!" && lower(close - 1) != "?"))
        return false;
    if (sentence.endToken - sentence.firstToken > kLongestAttributionTail || !isWord(sentence.firstToken))
        return false;
    for (int t = sentence.firstToken; t < sentence.endToken; ++t) {
        if (isQuoteMark(t))
            return false;
    }
    return true;
}

std::string_view TokenView::lower(int token) const
{
    if (!valid(token))
        return {};
    const int start = token == 0 ? 0 : m_lowerEnd[static_cast<std::size_t>(token) - 1];
    return std::string_view(m_lowerText)
        .substr(static_cast<std::size_t>(start),
                static_cast<std::size_t>(m_lowerEnd[static_cast<std::size_t>(token)] - start));
}

bool TokenView::isWord(int token) const
{
    return valid(token) && m_document.tokens()[static_cast<std::size_t>(token)].kind == TokenKind::Word;
}

bool TokenView::isNumber(int token) const
{
    return valid(token) && m_document.tokens()[static_cast<std::size_t>(token)].kind == TokenKind::Number;
}

bool TokenView::isPunctuation(int token) const
{
    return valid(token) && m_document.tokens()[static_cast<std::size_t>(token)].kind == TokenKind::Punctuation;
}

bool TokenView::isCapitalized(int token) const
{
    return valid(token) && (m_flags[static_cast<std::size_t>(token)] & Capitalized) != 0;
}

bool TokenView::isQuoteMark(int token) const
{
    return valid(token) && (m_flags[static_cast<std::size_t>(token)] & QuoteMark) != 0;
}

bool TokenView::isAllCaps(int token) const
{
    return valid(token) && (m_flags[static_cast<std::size_t>(token)] & AllCaps) != 0;
}

bool TokenView::isFinalPunctuation(int token) const
{
    const std::string_view text = lower(token);
    return text == "." || text == "!" || text == "?";
}

int TokenView::start(int token) const
{
    return m_document.tokens()[static_cast<std::size_t>(token)].start;
}

int TokenView::end(int token) const
{
    return m_document.tokens()[static_cast<std::size_t>(token)].end;
}

int TokenView::sentenceOf(int token) const
{
    return valid(token) ? m_sentence[static_cast<std::size_t>(token)] : -1;
}

int TokenView::sentenceFirst(int sentence) const
{
    return m_sentenceFirst[static_cast<std::size_t>(sentence)];
}

int TokenView::sentenceEnd(int sentence) const
{
    return m_sentenceEnd[static_cast<std::size_t>(sentence)];
}

int TokenView::paragraphOfSentence(int sentence) const
{
    return m_sentenceParagraph[static_cast<std::size_t>(sentence)];
}

std::string TokenView::text(int firstToken, int endToken) const
{
    if (firstToken >= endToken)
        return {};
    return m_document.utf8(start(firstToken), end(endToken - 1));
}

} // namespace sayline::analysis
