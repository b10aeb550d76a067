// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "CueMatcher.h"
#include "PhraseScanner.h"
#include "QuoteFinder.h"
#include "model/Statement.h"

namespace sayline::analysis {

class TokenView;
class WordClasses;

/// A content span in tokens with its kind; for a direct quote, the quote whose words it is.
struct ContentRange
{
    int first = -1; ///< tokens [first, end)
    int end = -1;
    model::StatementKind kind = model::StatementKind::Indirect;
    int quote = -1;
    bool valid() const { return first >= 0 && end > first; }
};

/// Cuts the content of a statement next to its cue: the clause after "that", a quote after "said:", the
/// words before ", X said", the object and predicate of "urged Y to"; knows the quotes of the text.
class ContentFinder
{
public:
    ContentFinder(const TokenView& view, const CueMatcher& cues);

    const std::vector<Quote>& quotes() const { return m_quotes; }
    /// The quote whose marks enclose token (the marks too), or -1.
    int quoteAt(int token) const;
    bool isCloseMark(int token) const;
    /// A quotation mark: a mark of a paired quote (double or single), or any double mark.
    bool isMark(int token) const;
    /// Does the quote open a clause (sentence start, after ":" or ",")? Then it can be a statement of its own.
    bool opensClause(const Quote& quote) const;

    /// Content after the cue (tokens from "from"): "that ...", ": "..."", a bare clause, "Y to ...".
    ContentRange rightContent(const CueMatch& match, int from) const;
    /// Content that ends at boundary (a comma or closing mark before the source): ""...," he said".
    ContentRange leftContent(int boundary) const;
    /// A quote opening at openToken: direct when it stands alone, else the mixed clause it begins.
    ContentRange quoteContent(int openToken) const;
    /// The clause from first to its end (sentence end, or before an appended gloss or attribution).
    ContentRange clause(int first) const;
    /// Trims [first, end) and decides its kind from the quotation marks inside.
    ContentRange classify(int first, int end) const;
    /// Does the attribution close its clause at token after (nothing, a comma, or only an adjunct follows)?
    bool endsClause(const CueMatch& match, int after) const;

private:
    /// Whether a contrasting clause after the comma at `comma` has a source of its own (", while X said").
    bool contrastWithOwnSource(int comma, int last) const;
    int clauseEnd(int first) const;

    const TokenView& m_view;
    const CueMatcher& m_cues;
    const WordClasses& m_words;
    PhraseScanner m_phrases;
    std::vector<Quote> m_quotes;
    std::vector<int> m_quoteOf;
};

} // namespace sayline::analysis
