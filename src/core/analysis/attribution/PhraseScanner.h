// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace sayline::analysis {

class TokenView;
class WordClasses;

/// Noun-phrase boundaries over tokens, for finding the source phrase next to a reporting cue. The word
/// classes it tests (determiners, prepositions, ...) are the view's WordClasses.
class PhraseScanner
{
public:
    explicit PhraseScanner(const TokenView& view);

    /// Skips leftwards over a time adjunct ending at last ("on June 18", "on Wednesday") and a parenthetical
    /// adverb (", however,"); returns the token before them, or last when there is none.
    int skipAdjunctsLeft(int last, int limit) const;
    /// The token after a dateline opening at first ("LONDON (Reuters) - ", "DUBAI, United Arab Emirates — "), or
    /// first when there is none.
    int afterDateline(int first, int limit) const;
    /// Skips a parenthetical adverb starting at first (", however,"); returns the token after it, or first.
    int skipParentheticalRight(int first, int limit) const;

    /// First token of the noun phrase that ends at last (inclusive), not before limit; -1 when there is none.
    int phraseStartingBefore(int last, int limit) const;
    /// One past the last token of the noun phrase that starts at first, not at or after limit; first when none.
    int phraseEndingAfter(int first, int limit) const;
    /// The head word of the phrase [first, end): the last word before an inner preposition ("statement" in
    /// "a statement from the ministry") or a reduced relative clause, else the last word.
    int headOf(int first, int end) const;
    /// Does the phrase [first, end) contain a word that signals a finite clause (auxiliary, modal, past form)?
    bool hasVerbSignal(int first, int end) const;
    /// The past participle in [first, end) that opens a reduced relative clause after a noun ("a lobby group
    /// based in Brussels", "a survey released last month by"); end when there is none.
    int reducedRelativeStart(int first, int end) const;

private:
    bool isPhraseWord(int token) const;
    const TokenView& m_view;
    const WordClasses& m_words;
};

} // namespace sayline::analysis
