// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "NameText.h"
#include "analysis/lexicon/ViewSet.h"
#include "analysis/text/Document.h"

namespace sayline::analysis {

class Gazetteer;
struct Honorific;
struct KnownName;

/// A document's tokens seen by the name rules: word shapes, sentence-initial positions, gazetteer lookups of token
/// ranges [a, b), and which capitalised words occur inside sentences (evidence that a sentence-initial one is a name).
/// Built once per document and shared by the name finder and the tagger's features (EntityRecognizer).
class NameTokens
{
public:
    NameTokens(const Document& document, const Gazetteer& gazetteer);

    const Document& document() const { return m_document; }
    const Gazetteer& gazetteer() const { return m_gazetteer; }
    int count() const { return static_cast<int>(m_tokens.size()); }
    std::u16string_view tok(int i) const { return m_document.tokenText(i); }
    const Token& token(int i) const { return m_tokens[static_cast<std::size_t>(i)]; }
    bool adjacent(int a, int b) const { return token(a).end == token(b).start; }
    /// Only spaces (no line break, no punctuation) between tokens a and b.
    bool spaceOnly(int a, int b) const;
    std::u16string text(int a, int b) const;
    /// Text of [a, b) without a final possessive.
    std::u16string nameText(int a, int b) const;
    /// The known name (Gazetteer::knownName) of nameText(a, b). Most token ranges start with a word that starts no
    /// known name; that answer is kept per token, so they cost no string of their own.
    const KnownName* known(int a, int b) const;
    /// The title (Gazetteer::honorific) that text(a, b) spells, looked up without a string of its own.
    const Honorific* honorific(int a, int b) const;

    /// Whether a name may start at token i (capitalised, mixed case like "iPhone", or a code like "A380").
    bool canStart(int i) const;
    /// The first word of a sentence, or after an opening quote or colon, or one the name finder marked.
    bool startsSentence(int i) const
    {
        return m_initial[static_cast<std::size_t>(i)] || m_marked[static_cast<std::size_t>(i)];
    }
    /// The first word of a sentence, or after an opening quote or colon, as the text has it (no marks): what the
    /// tagger's features see.
    bool startsSentenceInText(int i) const { return m_initial[static_cast<std::size_t>(i)]; }
    /// The name finder's word: a word after a dropped leading word ("The", a common word) starts its sentence.
    void markSentenceStart(int i) { m_marked[static_cast<std::size_t>(i)] = true; }
    /// The word occurs capitalised inside a sentence somewhere in the document.
    bool seenInside(std::u16string_view word) const { return m_seenInside.contains(word); }
    /// The word, lower-cased, also occurs written in lower case ("VOTE" when the text has "vote").
    bool seenLowerCase(std::u16string_view word) const;

    /// A model or product code: "A380", "7e7" (not "1990s", "3rd", "30GB", "320x240").
    static bool isCodeLike(std::u16string_view word);
    static std::u16string_view withoutPossessive(std::u16string_view word);

private:
    bool computeCanStart(int i) const;
    /// A month name that may also be a given name ("May", "Jan") reads as a date here.
    bool looksLikeDate(int i) const;
    /// Whether the name from token a to text offset nameEnd (inside token last) may be known: its first word starts a
    /// known name of as many words (Gazetteer::nameLengthsStartingWith).
    bool mayBeKnown(int a, int last, int nameEnd) const;
    /// The number of words (runs of text between name spaces) that start in the text before offset, for an offset
    /// inside token i: a prefix sum, so that the word count of a candidate range costs no scan of its text.
    int wordStartsBefore(int i, int offset) const;

    const Document& m_document;
    const Gazetteer& m_gazetteer;
    const std::vector<Token>& m_tokens;
    std::vector<bool> m_initial;
    std::vector<bool> m_marked; ///< markSentenceStart
    // Words as the document has them (views into its text, which outlives this).
    ViewSet16 m_seenInside;
    ViewSet16 m_lowerCaseWords;
    /// canStart per token, filled on first use: -1 not yet, else 0 or 1 (the chunker and the runs ask repeatedly).
    mutable std::vector<signed char> m_canStart;
    mutable std::u16string m_scratch; ///< reused for look-ups of lower-cased words
    /// Per token, filled on first use: the text offset of the first space at or after its start (-1: not yet).
    mutable std::vector<int> m_wordEnd;
    /// Per token: Gazetteer::nameLengthsStartingWith the word up to m_wordEnd (valid once m_wordEnd is set).
    mutable std::vector<std::uint32_t> m_nameLengths;
    /// Per token: the words that start in the text before it, up to and including one starting at its first unit.
    std::vector<int> m_wordStarts;
    /// Per token, filled on first use: whether the token alone (without a final possessive) may be a one-word known
    /// name (-1: not yet).
    mutable std::vector<signed char> m_singleMayBeKnown;
};

} // namespace sayline::analysis
