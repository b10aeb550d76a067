// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/Span.h"

namespace sayline::analysis {

enum class TokenKind
{
    Word, ///< letters (ICU UBRK_WORD_LETTER / KANA / IDEO)
    Number, ///< digits, possibly with separators ("2,000", "3.5")
    Punctuation, ///< anything else that is not whitespace
};

/// A token; offsets are UTF-16 code units into Document::text().
struct Token
{
    int start = 0;
    int end = 0;
    TokenKind kind = TokenKind::Word;
};

/// A sentence; tokens [firstToken, endToken) lie inside it.
struct Sentence
{
    int start = 0;
    int end = 0;
    int firstToken = 0;
    int endToken = 0;
    int paragraph = 0;
};

struct Paragraph
{
    int start = 0;
    int end = 0;
};

/// An article body prepared for analysis: UTF-16 text (as ICU wants it), its lower-cased twin, paragraphs,
/// sentences (ICU, en_US@ss=standard so "Mr." and "U.S." do not end one) and word tokens. Offsets are UTF-16
/// units; toCodePoint() converts them to the code point offsets of the analysis contract.
class Document
{
public:
    /// No sentence has more tokens than this: a longer ICU sentence (a text with no full stop) is cut at its last
    /// line break, semicolon, colon, dash or comma before the limit (or at the limit), so that the work of every
    /// stage on a sentence, and the length of a statement, stay bounded however long the input is. The longest
    /// sentence of the development sets has about a hundred tokens.
    static constexpr int kLongestSentence = 300;

    explicit Document(std::string_view utf8Body);

    const std::u16string& text() const { return m_text; }
    /// The text with every UTF-16 unit lower-cased (simple case mapping; surrogates as they are): the same length
    /// and offsets as text(), computed once for every stage that compares words without case.
    const std::u16string& lowerText() const { return m_lower; }
    std::u16string_view lowerSlice(int start, int end) const;
    const std::vector<Token>& tokens() const { return m_tokens; }
    const std::vector<Sentence>& sentences() const { return m_sentences; }
    const std::vector<Paragraph>& paragraphs() const { return m_paragraphs; }

    std::u16string_view slice(int start, int end) const;
    std::u16string_view tokenText(int tokenIndex) const;
    std::string utf8(int start, int end) const;

    /// Index of the sentence containing the UTF-16 offset (the last one for offsets past the end), or -1.
    int sentenceAt(int offset) const;
    /// Index of the first token whose end is after offset (tokens().size() when none).
    int tokenAtOrAfter(int offset) const;

    int toCodePoint(int utf16Offset) const;
    int fromCodePoint(int codePointOffset) const;
    model::Span toSpan(int utf16Start, int utf16End) const;

private:
    void addSentence(int start, int end, int paragraph, std::size_t& tokenIndex);
    /// Where to cut tokens [first, end) that exceed kLongestSentence: one past the last token of the first part.
    int cutLongSentence(int first, int end) const;

    std::u16string m_text;
    std::u16string m_lower;
    std::vector<Token> m_tokens;
    std::vector<Sentence> m_sentences;
    std::vector<Paragraph> m_paragraphs;
    std::vector<int> m_codePointAt; ///< code point index of each UTF-16 offset (size text+1); empty when all BMP
};

/// UTF-8 <-> UTF-16 helpers for the analysis code (an unpaired surrogate becomes U+FFFD).
std::u16string toUtf16(std::string_view utf8);
std::string toUtf8(std::u16string_view utf16);
void appendUtf8(std::string& out, std::u16string_view utf16);

} // namespace sayline::analysis
