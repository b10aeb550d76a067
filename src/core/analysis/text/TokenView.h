// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sayline::analysis {

class Document;
struct Sentence;
class WordClasses;

/// Token-level view of a Document for the attribution and claims rules: lower-cased token text
/// (typographic apostrophes folded to '), capitalisation, quotation marks and the sentence of every token,
/// and the word classes of the text's language to test tokens against.
class TokenView
{
public:
    TokenView(const Document& document, const WordClasses& words);

    const Document& document() const { return m_document; }
    const WordClasses& words() const { return m_words; }
    int size() const { return static_cast<int>(m_lowerEnd.size()); }
    bool valid(int token) const { return token >= 0 && token < size(); }

    /// Lower-cased text ("" outside the range, so look-arounds need no bounds checks).
    std::string_view lower(int token) const;
    bool is(int token, std::string_view lowerText) const { return lower(token) == lowerText; }
    bool isWord(int token) const;
    bool isNumber(int token) const;
    bool isPunctuation(int token) const;
    /// First letter upper case ("Wang", "NSA", "iPhone" is not).
    bool isCapitalized(int token) const;
    bool isQuoteMark(int token) const;
    /// Two or more letters, all upper case: an acronym ("WHO", "NSA"), never a function word.
    bool isAllCaps(int token) const;
    /// Sentence-final punctuation: . ! ?
    bool isFinalPunctuation(int token) const;

    int start(int token) const;
    int end(int token) const;
    /// Sentences as the Document has them, except that a break after a name abbreviation followed by a
    /// capitalised word ("Apple Inc. CEO Steve Jobs", "Sen. Brown") is undone.
    int sentenceOf(int token) const;
    int sentenceFirst(int sentence) const;
    int sentenceEnd(int sentence) const; ///< one past the last token
    int paragraphOfSentence(int sentence) const;

    std::string text(int firstToken, int endToken) const; ///< UTF-8 text from the first to the last token

private:
    bool continuesExclaimedQuote(const Sentence& sentence) const;

    const Document& m_document;
    const WordClasses& m_words;
    std::string m_lowerText; ///< every token's lower-cased UTF-8 text, one after the other
    std::vector<int> m_lowerEnd; ///< where each token's text ends in m_lowerText
    std::vector<int> m_sentence;
    std::vector<int> m_sentenceFirst; ///< sentences after rejoining splits at name abbreviations ("Inc. CEO") and after
                                      ///< "?" or "!" in a quote
    std::vector<int> m_sentenceEnd;
    std::vector<int> m_sentenceParagraph;
    std::vector<unsigned char> m_flags;
};

} // namespace sayline::analysis
