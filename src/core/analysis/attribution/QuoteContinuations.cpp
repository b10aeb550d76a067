// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuoteContinuations.h"

#include "analysis/text/Document.h"
#include "analysis/text/TokenView.h"

namespace sayline::analysis {
namespace {

constexpr int kMinQuoteWords = 3;

} // namespace

QuoteContinuations::QuoteContinuations(const TokenView& view, const CueMatcher& cues, const ContentFinder& content)
    : m_view(view)
    , m_cues(cues)
    , m_content(content)
    , m_phrases(view)
{
}

void QuoteContinuations::addTo(std::vector<StatementCandidate>& found) const
{
    std::vector<bool> used(m_content.quotes().size(), false);
    for (const StatementCandidate& candidate : found) {
        for (std::size_t q = 0; q < m_content.quotes().size(); ++q) {
            const int open = m_view.start(m_content.quotes()[q].openToken);
            if (static_cast<int>(q) == candidate.quote || (open >= candidate.start - 1 && open < candidate.end))
                used[q] = true;
        }
    }
    for (std::size_t q = 0; q < m_content.quotes().size(); ++q) {
        const Quote& quote = m_content.quotes()[q];
        if (used[q])
            continue;
        int words = 0;
        for (int t = quote.firstToken; t < quote.endToken; ++t)
            words += m_view.isWord(t) || m_view.isNumber(t);
        if (words < kMinQuoteWords || !m_content.opensClause(quote))
            continue;
        // An utterance ends on its own punctuation or ends the sentence; ""Let It Be" topped the charts" is a
        // title in a sentence of the writer's.
        if (quote.closeToken >= 0) {
            const std::string_view inner = m_view.lower(quote.closeToken - 1);
            const int after = quote.closeToken + 1;
            const bool closesItself = inner == "," || inner == "." || inner == "!" || inner == "?";
            const bool endsSentence = !m_view.valid(after) || m_view.isFinalPunctuation(after)
                || m_view.lower(after) == "," || m_view.sentenceOf(after) != m_view.sentenceOf(quote.closeToken);
            if (!closesItself && !endsSentence)
                continue;
        }
        // ""...," Jesse Toprak, an analyst for Edmunds.": a source after the quote but no cue.
        if (quote.closeToken >= 0) {
            const int sentence = m_view.sentenceOf(quote.closeToken);
            const int last = m_view.sentenceEnd(sentence);
            int first = quote.closeToken + 1;
            if (m_view.lower(first) == ",")
                ++first;
            const bool afterComma = m_view.lower(quote.closeToken - 1) == "," || first > quote.closeToken + 1;
            int end = m_view.isCapitalized(first) && afterComma ? m_phrases.phraseEndingAfter(first, last) : first;
            if (end > first && m_view.lower(end) == ",")
                end = m_phrases.phraseEndingAfter(end + 1, last);
            if (end > first && (end >= last || m_view.isFinalPunctuation(end)) && !m_cues.isCue(m_view, first)) {
                StatementCandidate candidate;
                candidate.speakerFirst = first;
                candidate.speakerEnd = end;
                candidate.kind = model::StatementKind::Direct;
                candidate.quote = static_cast<int>(q);
                candidate.start = quote.contentStart;
                candidate.end = quote.contentEnd;
                found.push_back(candidate);
                continue;
            }
        }
        // The nearest earlier statement (found by a cue, or a continuation itself) within two paragraphs.
        const int open = m_view.start(quote.openToken);
        const int paragraph = m_view.paragraphOfSentence(m_view.sentenceOf(quote.openToken));
        int source = -1;
        for (std::size_t i = 0; i < found.size(); ++i) {
            const StatementCandidate& other = found[i];
            if (other.start < open && (source < 0 || other.start > found[static_cast<std::size_t>(source)].start))
                source = static_cast<int>(i);
        }
        if (source < 0)
            continue;
        const StatementCandidate& previous = found[static_cast<std::size_t>(source)];
        const int previousParagraph
            = m_view.paragraphOfSentence(m_view.sentenceOf(m_view.document().tokenAtOrAfter(previous.start)));
        if (paragraph - previousParagraph > (quote.continued ? 1 : 2))
            continue;
        StatementCandidate candidate;
        candidate.cue = previous.cue;
        candidate.kind = model::StatementKind::Direct;
        candidate.quote = static_cast<int>(q);
        candidate.start = quote.contentStart;
        candidate.end = quote.contentEnd;
        candidate.inheritFrom = source;
        if (candidate.end > candidate.start)
            found.push_back(candidate);
    }
}

} // namespace sayline::analysis
