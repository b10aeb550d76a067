// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/Span.h"

namespace sayline::analysis {

enum class TokenKind
{
    Word,        ///< letters (ICU UBRK_WORD_LETTER / KANA / IDEO)
    Number,      ///< digits, possibly with separators ("2,000", "3.5")
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

/// An article body prepared for analysis: UTF-16 text (as ICU wants it), paragraphs, sentences (ICU,
/// en_US@ss=standard so "Mr." and "U.S." do not end one) and word tokens. Offsets are UTF-16 units;
/// toCodePoint() converts them to the code point offsets of the analysis contract.
class Document
{
public:
    explicit Document(std::string_view utf8Body);

    const std::u16string& text() const { return m_text; }
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
    std::u16string m_text;
    std::vector<Token> m_tokens;
    std::vector<Sentence> m_sentences;
    std::vector<Paragraph> m_paragraphs;
    std::vector<int> m_codePointAt; ///< code point index of each UTF-16 offset (size text+1); empty when all BMP
};

/// UTF-8 <-> UTF-16 helpers for the analysis code.
std::u16string toUtf16(std::string_view utf8);
std::string toUtf8(std::u16string_view utf16);

} // namespace sayline::analysis
