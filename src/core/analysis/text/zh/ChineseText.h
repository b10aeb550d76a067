// SPDX-License-Identifier: GPL-3.0-or-later
// Character classes and clause structure of Chinese text, shared by the Chinese entity and attribution
// stages. Offsets are UTF-16 units into Document::text(), as everywhere in the analysis.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sayline::analysis {

class Document;

namespace zh {

bool isHan(char16_t c);
bool isLatinLetter(char16_t c);
bool isDigit(char16_t c);
/// The dots that join the parts of a transliterated name: 马尔科·卢比奥 (U+00B7, U+2022, U+2027, U+30FB).
bool isNameDot(char16_t c);
/// Marks that end a sentence: 。！？ (and their ASCII forms) and the ellipsis.
bool isSentenceEnd(char16_t c);
/// Marks that end a clause inside a sentence: ，、；： and their ASCII forms.
bool isClauseMark(char16_t c);
bool isOpeningQuote(char16_t c);
bool isClosingQuote(char16_t c);
bool isOpeningBracket(char16_t c);
bool isClosingBracket(char16_t c);

/// A quotation: [open, close] are the positions of the marks; the words lie in (open, close).
struct Quote
{
    int open = 0;
    int close = 0;
    int depth = 0; ///< 0 for an outer quote, 1 for a quote inside it
};

/// A sentence of Chinese text: ICU's sentences, rejoined where ICU ended one inside a quotation ("…。…"),
/// so that a quotation of several sentences stays in one.
struct ChineseSentence
{
    int start = 0;
    int end = 0;
    int paragraph = 0;
};

/// The quotations, sentences and bracket spans of a Chinese document.
class ChineseText
{
public:
    explicit ChineseText(const Document& document);

    const Document& document() const { return m_document; }
    const std::u16string& text() const;
    char16_t at(int i) const; ///< 0 outside the text
    std::u16string_view slice(int start, int end) const;
    bool startsWith(int i, std::u16string_view word) const;
    bool endsWith(int i, std::u16string_view word) const; ///< text[i - size, i) == word

    const std::vector<Quote>& quotes() const { return m_quotes; }
    const std::vector<ChineseSentence>& sentences() const { return m_sentences; }
    /// The outer quotation that contains offset i strictly between its marks, or -1.
    int quoteAt(int i) const;
    /// The outer quotation whose opening mark is at i, or -1.
    int quoteOpeningAt(int i) const;
    /// The outer quotation whose closing mark is at i, or -1.
    int quoteClosingAt(int i) const;
    int sentenceAt(int i) const;
    /// The end of the bracket "(…)" opening at i (the position after the closing mark), or -1.
    int bracketEnd(int i) const;
    /// True when i is an ICU word boundary (the Document's tokens), or a punctuation or text edge.
    bool isWordBoundary(int i) const;

private:
    const Document& m_document;
    std::vector<Quote> m_quotes;
    std::vector<int> m_quoteOf; ///< per offset: the outer quote containing it, or -1
    /// The first outer quote opening / closing at an offset: looked up per character, so never a scan.
    std::unordered_map<int, int> m_outerOpening;
    std::unordered_map<int, int> m_outerClosing;
    std::vector<ChineseSentence> m_sentences;
    std::vector<unsigned char> m_boundary; ///< per offset: an ICU word boundary
};

} // namespace zh
} // namespace sayline::analysis
