// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>
#include <vector>

#include "ContentFinder.h"
#include "CueMatcher.h"
#include "PhraseScanner.h"
#include "StatementCandidate.h"

namespace sayline::analysis {

class TokenView;

/// Quotes that no cue claimed: a source right after the closing mark with no cue ("...," Jesse Toprak, an
/// analyst.), or the continuation of the previous speaker (a quote in new marks, a paragraph going on with
/// an unclosed quote).
class QuoteContinuations
{
public:
    QuoteContinuations(const TokenView& view, const CueMatcher& cues, const ContentFinder& content);

    /// Appends statements for the unclaimed quotes to found (cue-found statements, in finding order).
    void addTo(std::vector<StatementCandidate>& found) const;

private:
    /// The subject phrase [first, end) of the words before a colon that opens a quote ("Abrams put it bluntly:"),
    /// or an empty range.
    std::pair<int, int> subjectBeforeColon(int openToken) const;
    /// A direct statement of the quote with its speaker phrase [speakerFirst, speakerEnd).
    static StatementCandidate quoteWithSpeaker(const Quote& quote, int q, int speakerFirst, int speakerEnd);

    const TokenView& m_view;
    const CueMatcher& m_cues;
    const ContentFinder& m_content;
    PhraseScanner m_phrases;
};

} // namespace sayline::analysis
