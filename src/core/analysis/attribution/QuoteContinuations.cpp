// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuoteContinuations.h"

#include <algorithm>
#include <map>

#include "analysis/text/Document.h"
#include "analysis/text/TokenView.h"
#include "analysis/text/WordClasses.h"
#include "analysis/text/WorkCounter.h"

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

StatementCandidate QuoteContinuations::quoteWithSpeaker(const Quote& quote, int q, int speakerFirst, int speakerEnd)
{
    StatementCandidate candidate;
    candidate.speakerFirst = speakerFirst;
    candidate.speakerEnd = speakerEnd;
    candidate.kind = model::StatementKind::Direct;
    candidate.quote = q;
    candidate.start = quote.contentStart;
    candidate.end = quote.contentEnd;
    return candidate;
}

std::pair<int, int> QuoteContinuations::subjectBeforeColon(int openToken) const
{
    const int colon = openToken - 1;
    if (!m_view.valid(colon) || m_view.lower(colon) != ":")
        return {};
    const int sentence = m_view.sentenceOf(colon);
    const int first = m_view.sentenceFirst(sentence);
    if (sentence != m_view.sentenceOf(openToken) || !m_view.isCapitalized(first) || m_cues.isCue(m_view, first))
        return {};
    int end = m_phrases.phraseEndingAfter(first, colon);
    if (end <= first)
        return {};
    // A name or a personal pronoun ("Stacey Abrams", "He"), never a description of a thing ("The sign read:").
    const WordClasses& words = m_view.words();
    bool named = end - first == 1 && words.isPronoun(m_view.lower(first));
    for (int t = first; t < end && !named; ++t)
        named = m_view.isCapitalized(t) && !(t == first && words.isDeterminer(m_view.lower(t)));
    if (!named)
        return {};
    if (!words.isDeterminer(m_view.lower(first)) && !words.isPronoun(m_view.lower(first))) {
        int name = first; // a name ends at its last capitalised word: "Stacey Abrams" of "Stacey Abrams put"
        while (name < end && m_view.isCapitalized(name))
            ++name;
        end = name;
    }
    if (m_view.lower(end) == ",") { // an apposition: "Stacey Abrams, the former candidate, put ..."
        int close = end + 1;
        while (close < colon && m_view.lower(close) != "," && !m_content.isMark(close))
            ++close;
        if (close >= colon || m_view.lower(close) != ",")
            return {};
        return close + 1 < colon && m_view.isWord(close + 1) ? std::pair(first, end) : std::pair(0, 0);
    }
    // A verb after the subject, before the colon ("put it bluntly", "was blunt"); never a bare label ("Update:").
    return end + 1 < colon && m_view.isWord(end) ? std::pair(first, end) : std::pair(0, 0);
}

void QuoteContinuations::addTo(std::vector<StatementCandidate>& found) const
{
    const std::vector<Quote>& quotes = m_content.quotes();
    std::vector<bool> used(quotes.size(), false);
    // The quotes by where they open, so that each statement marks the quotes opening inside it through a binary
    // search, not a pass over every quote of the text.
    std::vector<std::pair<int, int>> opens; // (offset of the opening mark, quote)
    opens.reserve(quotes.size());
    for (std::size_t q = 0; q < quotes.size(); ++q)
        opens.emplace_back(m_view.start(quotes[q].openToken), static_cast<int>(q));
    std::sort(opens.begin(), opens.end());
    std::size_t visited = 0;
    for (const StatementCandidate& candidate : found) {
        if (candidate.quote >= 0 && static_cast<std::size_t>(candidate.quote) < quotes.size())
            used[static_cast<std::size_t>(candidate.quote)] = true;
        for (auto it = std::lower_bound(opens.begin(), opens.end(), std::pair(candidate.start - 1, -1));
             it != opens.end() && it->first < candidate.end; ++it) {
            used[static_cast<std::size_t>(it->second)] = true;
            ++visited;
        }
        ++visited;
    }
    // The statements by start (the first one of each start), growing with the continuations found below.
    std::map<int, int> byStart;
    for (std::size_t i = 0; i < found.size(); ++i)
        byStart.try_emplace(found[i].start, static_cast<int>(i));
    auto addFound = [&](const StatementCandidate& candidate) {
        byStart.try_emplace(candidate.start, static_cast<int>(found.size()));
        found.push_back(candidate);
    };
    for (std::size_t q = 0; q < quotes.size(); ++q) {
        const Quote& quote = quotes[q];
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
                addFound(quoteWithSpeaker(quote, static_cast<int>(q), first, end));
                continue;
            }
        }
        // "Stacey Abrams, a former candidate, put it bluntly: "...": the subject of the words before a colon.
        if (const auto [first, end] = subjectBeforeColon(quote.openToken);
            end > first && quote.contentEnd > quote.contentStart) {
            addFound(quoteWithSpeaker(quote, static_cast<int>(q), first, end));
            continue;
        }
        // The nearest earlier statement (found by a cue, or a continuation itself) within two paragraphs.
        const int open = m_view.start(quote.openToken);
        const int paragraph = m_view.paragraphOfSentence(m_view.sentenceOf(quote.openToken));
        auto latest = byStart.lower_bound(open); // the first statement of the latest start before open
        ++visited;
        if (latest == byStart.begin())
            continue;
        const int source = (--latest)->second;
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
            addFound(candidate);
    }
    work::add(work::Stage::Statements, visited);
}

} // namespace sayline::analysis
