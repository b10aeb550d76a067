// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatementFinder.h"

#include <algorithm>
#include <array>

#include "Document.h"
#include "TokenView.h"

namespace sayline::analysis {
namespace {

// Nouns that carry a reported clause after the cue: "noted the report's revelation that ...".
constexpr std::array<std::string_view, 14> kThatNouns = {"revelation", "fact",  "finding",  "findings",   "claim",
                                                        "claims",     "view",  "argument", "allegation", "allegations",
                                                        "possibility", "point", "concern",  "assessment"};
constexpr int kMaxObjectLength = 7;
constexpr int kMaxAdjunctLength = 10;
constexpr int kMinQuoteWords = 3;
constexpr int kMinClauseWords = 2;

bool isIn(std::string_view word, const auto& list) { return std::find(list.begin(), list.end(), word) != list.end(); }

} // namespace

StatementFinder::StatementFinder(const TokenView& view, const CueMatcher& cues,
                                 const std::unordered_set<std::string>& sourceNouns,
                                 const std::unordered_set<std::string>& documentNouns)
    : m_view(view)
    , m_cues(cues)
    , m_sourceNouns(sourceNouns)
    , m_documentNouns(documentNouns)
    , m_phrases(view)
    , m_quotes(QuoteFinder::find(view))
    , m_quoteOf(QuoteFinder::tokenQuotes(view, m_quotes))
{
}

std::vector<StatementCandidate> StatementFinder::find()
{
    m_found.clear();
    for (int t = 0; t < m_view.size(); ++t) {
        if (quoteAt(t) >= 0 || m_view.sentenceOf(t) < 0)
            continue; // attributions nested in a direct quote are not annotated
        const CueMatch match = m_cues.matchAt(m_view, t);
        if (!match)
            continue;
        if (match.cue->frame == CueFrame::According)
            findAccording(match);
        else if (match.cue->participle && !PhraseScanner::isAuxiliary(m_view.lower(t - 1)))
            findParticiple(match);
        else
            findAtCue(match);
        t = match.end - 1;
    }
    addQuoteContinuations();

    // Text order (a continuation always starts after the statement it continues); equal spans merge.
    std::vector<int> order(m_found.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = static_cast<int>(i);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        return m_found[static_cast<std::size_t>(a)].start < m_found[static_cast<std::size_t>(b)].start;
    });
    std::vector<int> newIndex(m_found.size(), -1);
    std::vector<StatementCandidate> sorted;
    sorted.reserve(m_found.size());
    for (int index : order) {
        const StatementCandidate& candidate = m_found[static_cast<std::size_t>(index)];
        auto same = std::find_if(sorted.begin(), sorted.end(), [&](const StatementCandidate& other) {
            return other.start == candidate.start && other.end == candidate.end;
        });
        if (same != sorted.end()) {
            newIndex[static_cast<std::size_t>(index)] = static_cast<int>(std::distance(sorted.begin(), same));
            continue;
        }
        newIndex[static_cast<std::size_t>(index)] = static_cast<int>(sorted.size());
        sorted.push_back(candidate);
    }
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        int& source = sorted[i].inheritFrom;
        if (source >= 0)
            source = newIndex[static_cast<std::size_t>(source)];
        if (source >= static_cast<int>(i))
            source = -1; // never inherit from a later statement
    }
    return sorted;
}

int StatementFinder::quoteAt(int token) const
{
    return m_view.valid(token) ? m_quoteOf[static_cast<std::size_t>(token)] : -1;
}

bool StatementFinder::isCloseMark(int token) const
{
    const int q = quoteAt(token);
    return q >= 0 && m_quotes[static_cast<std::size_t>(q)].closeToken == token;
}

bool StatementFinder::opensClause(const Quote& quote) const
{
    const int before = quote.openToken - 1;
    const int sentence = m_view.sentenceOf(quote.openToken);
    if (sentence >= 0 && m_view.sentenceFirst(sentence) == quote.openToken)
        return true;
    const std::string_view word = m_view.lower(before);
    return word == ":" || word == "," || word == "(" || m_view.isFinalPunctuation(before) || isCloseMark(before);
}

void StatementFinder::add(const CueMatch& match, int speakerFirst, int speakerEnd, const Range& content,
                          int inheritFrom)
{
    StatementCandidate candidate;
    candidate.speakerFirst = speakerFirst;
    candidate.speakerEnd = speakerEnd;
    candidate.cueFirst = match.first;
    candidate.cueEnd = match.end;
    candidate.cue = match.cue;
    candidate.kind = content.kind;
    candidate.quote = content.quote;
    candidate.inheritFrom = inheritFrom;
    if (content.quote >= 0) {
        const Quote& quote = m_quotes[static_cast<std::size_t>(content.quote)];
        candidate.start = quote.contentStart;
        candidate.end = quote.contentEnd;
    } else {
        candidate.start = m_view.start(content.first);
        candidate.end = m_view.end(content.end - 1);
    }
    if (candidate.end <= candidate.start)
        return;
    m_found.push_back(candidate);
}

bool StatementFinder::isSourceHead(int token) const
{
    const std::string_view word = m_view.lower(token);
    return m_view.isCapitalized(token) || PhraseScanner::isPronoun(word) || m_sourceNouns.contains(std::string(word));
}

int StatementFinder::extendSpeakerLeft(int speakerFirst, int sentenceFirst) const
{
    // "Ralph Crosby, EADS's North America CEO and ex Northrop executive commented": a name before the
    // description, at the start of the clause.
    const int before = speakerFirst - 1;
    const std::string_view word = m_view.lower(before);
    const bool apposition = word == "," || (PhraseScanner::isDeterminer(m_view.lower(speakerFirst)) && word != "and"
                                            && m_view.isCapitalized(before));
    if (!apposition)
        return speakerFirst;
    const int nameLast = word == "," ? before - 1 : before;
    if (!m_view.isCapitalized(nameLast))
        return speakerFirst;
    const int nameFirst = m_phrases.phraseStartingBefore(nameLast, sentenceFirst);
    if (nameFirst < 0 || nameLast - nameFirst > 4)
        return speakerFirst;
    if (nameFirst == sentenceFirst || isCloseMark(nameFirst - 1))
        return nameFirst;
    return speakerFirst;
}

int StatementFinder::mainSubjectStart(int first, int limit) const
{
    // Skip an opening adverbial ending in a comma: "In his speech, the Prime Minister ...".
    static constexpr std::array<std::string_view, 17> kOpeners = {
        "in",   "on",  "at",   "after", "before", "during", "when",   "while",  "since",
        "with", "for", "as",   "although", "though", "despite", "speaking", "following"};
    if (!isIn(m_view.lower(first), kOpeners))
        return first;
    for (int t = first + 1; t < limit && t - first < 16; ++t)
        if (m_view.lower(t) == ",")
            return t + 1;
    return first;
}

int StatementFinder::mainSubjectEnd(int first, int limit) const
{
    const int start = mainSubjectStart(first, limit);
    const int end = m_phrases.phraseEndingAfter(start, limit);
    for (int t = start; t < end; ++t)
        if (m_view.isWord(t) && isSourceHead(t) && !(t == start && PhraseScanner::isDeterminer(m_view.lower(t))))
            return end;
    return -1;
}

bool StatementFinder::endsClause(const CueMatch& match, int after) const
{
    // The attribution closes its clause: nothing, a comma, or an adjunct ("on Wednesday", "in a statement",
    // an object for "told") follows before the sentence ends.
    const int last = m_view.sentenceEnd(m_view.sentenceOf(match.first));
    if (after >= last || m_view.isFinalPunctuation(after) || m_view.lower(after) == "," || m_view.isQuoteMark(after))
        return true;
    const std::string_view word = m_view.lower(after);
    if (!PhraseScanner::isAdjunctStart(word) && !PhraseScanner::isTimeWord(word) && match.cue->frame != CueFrame::Object)
        return false;
    for (int t = after; t < last && t - after < 10; ++t) {
        if (m_view.isFinalPunctuation(t) || m_view.lower(t) == ",")
            return true;
        if (m_view.lower(t) == "that" || PhraseScanner::isAuxiliary(m_view.lower(t)) || m_view.isQuoteMark(t))
            return false;
    }
    return last - after < 10;
}

void StatementFinder::findAtCue(const CueMatch& match)
{
    const int sentence = m_view.sentenceOf(match.first);
    const int first = m_view.sentenceFirst(sentence);
    const int last = m_view.sentenceEnd(sentence);

    const std::string_view previous = m_view.lower(match.first - 1);
    if ((PhraseScanner::isDeterminer(previous) && !m_view.isCapitalized(match.first - 1))
        || m_view.isNumber(match.first - 1) || PhraseScanner::isAuxiliary(m_view.lower(match.end)))
        return; // an adjective or a noun, not a cue: "the disclosed materials", "their claims were upheld"

    // Between subject and cue: auxiliaries, adverbs, negation ("has also said", "did not say", "was told"),
    // time adjuncts ("on June 18") and parenthetical adverbs (", however,").
    int left = match.first - 1;
    bool negated = false;
    bool passive = false;
    while (left >= first) {
        const std::string_view word = m_view.lower(left);
        if (PhraseScanner::isNegation(word)) {
            negated = true;
        } else if (PhraseScanner::isAuxiliary(word)) {
            passive = passive || (PhraseScanner::isPassiveAuxiliary(word) && !match.cue->participle);
        } else if (!(PhraseScanner::isAdverb(word) && !m_view.isCapitalized(left))) {
            const int skipped = m_phrases.skipAdjunctsLeft(left, first);
            if (skipped == left)
                break;
            left = skipped;
            continue;
        }
        --left;
    }
    if (negated || passive || previous == "to")
        return; // "did not comment", "it was announced", "declined to say"
    if (left >= first && m_view.lower(left) == "and" && left == match.first - 1) {
        // "the Prime Minister applauded SIA and cited its success as ...": the subject of the first verb.
        const Range right = rightContent(match, match.end);
        const int subjectEnd = right.valid() ? mainSubjectEnd(first, left) : -1;
        if (subjectEnd > 0)
            add(match, mainSubjectStart(first, left), subjectEnd, right);
        return;
    }

    int speakerFirst = -1;
    int speakerEnd = -1;
    bool inverted = false;
    const std::string_view leftWord = m_view.lower(left);
    if (left >= first && PhraseScanner::isRelative(leftWord) && left > first) {
        // "a report ..., which noted that ...": the antecedent is the source.
        int antecedent = left - 1;
        if (m_view.lower(antecedent) == ",")
            --antecedent;
        speakerFirst = m_phrases.phraseStartingBefore(antecedent, first);
        speakerEnd = antecedent + 1;
    } else if (left >= first && leftWord == ")") {
        // "General Motors (GM) announced".
        int open = left - 1;
        while (open > first && left - open < 6 && m_view.lower(open) != "(")
            --open;
        if (m_view.lower(open) == "(") {
            speakerFirst = m_phrases.phraseStartingBefore(open - 1, first);
            speakerEnd = left + 1;
        }
    } else if (left >= first && (m_view.isWord(left) || m_view.isNumber(left) || leftWord == ".")
               && !m_view.isQuoteMark(left)) {
        speakerFirst = m_phrases.phraseStartingBefore(left, first);
        speakerEnd = left + 1;
    } else if (left >= first && leftWord == ",") {
        // "Todd Tiahrt, a Kansas representative, said": name, appositive, cue.
        for (int p = left - 1; p > first && left - p <= 14; --p) {
            if (quoteAt(p) >= 0 || m_view.isFinalPunctuation(p))
                break;
            if (m_view.lower(p) != ",")
                continue;
            const int nameStart = m_phrases.phraseStartingBefore(p - 1, first);
            const std::string_view opener = m_view.lower(p + 1);
            const bool appositive = (opener == "who" || !m_phrases.hasVerbSignal(p + 1, left))
                && (m_view.isWord(p + 1) || m_view.isNumber(p + 1));
            if (nameStart >= 0 && appositive && m_view.isCapitalized(p - 1)) {
                const int before = nameStart - 1;
                if (nameStart == first || m_view.lower(before) == "," || m_view.isQuoteMark(before)) {
                    speakerFirst = nameStart;
                    speakerEnd = left;
                }
            }
            break;
        }
        // "Peter Boockvar an equity strategist for Miller Tabak, commented:", "The chief of the company,
        // Mark Chandler, explained": the phrase right before the comma.
        const std::string_view next = m_view.lower(match.end);
        if (speakerFirst < 0 && (next == ":" || m_view.isQuoteMark(match.end) || m_view.isCapitalized(left - 1))
            && left - 1 >= first && m_view.isWord(left - 1)) {
            int start = m_phrases.phraseStartingBefore(left - 1, first);
            if (start >= 0)
                start = extendSpeakerLeft(start, first);
            if (start >= 0 && (start == first || m_view.lower(start - 1) == "," || isCloseMark(start - 1))) {
                speakerFirst = start;
                speakerEnd = left;
            }
        }
    }
    if (speakerFirst >= 0 && !inverted && !m_view.isCapitalized(speakerEnd - 1) && m_view.lower(speakerEnd - 1) != ")")
        speakerFirst = extendSpeakerLeft(speakerFirst, first);
    else if (speakerFirst >= 0 && PhraseScanner::isDeterminer(m_view.lower(speakerFirst)))
        speakerFirst = extendSpeakerLeft(speakerFirst, first);
    if (speakerFirst < 0 && (left < first || leftWord == "," || isCloseMark(left))) {
        // Inverted: "...," said Wang. / ..., said the ministry.
        const int end = m_phrases.phraseEndingAfter(match.end, last);
        int tail = end;
        if (m_view.lower(tail) == ",") {
            // An appositive running to the sentence end: ", said Todd Tiahrt, a Kansas representative."
            const int appositiveEnd = m_phrases.phraseEndingAfter(tail + 1, last);
            if (appositiveEnd > tail + 1 && (appositiveEnd >= last || m_view.isFinalPunctuation(appositiveEnd)))
                tail = appositiveEnd;
        }
        const bool closes = tail >= last || m_view.isFinalPunctuation(tail) || m_view.lower(tail) == ","
            || PhraseScanner::isAdjunctStart(m_view.lower(tail));
        const std::string_view opener = m_view.lower(match.end);
        bool phraseOpens = PhraseScanner::isDeterminer(opener) || PhraseScanner::isPronoun(opener);
        for (int t = match.end; t < end && !phraseOpens; ++t)
            phraseOpens = m_view.isCapitalized(t); // "claims writer John Ostrower"
        if (end > match.end && closes && phraseOpens && !PhraseScanner::isAdjunctStart(opener)
            && !PhraseScanner::isTimeWord(opener)
            && (!PhraseScanner::isPronoun(opener) || (end == match.end + 1 && isCloseMark(left)))) {
            speakerFirst = match.end;
            speakerEnd = tail;
            inverted = true;
        }
    }
    if (speakerFirst < 0 || speakerEnd <= speakerFirst)
        return;
    // A source is a name, a pronoun, a known source noun, a plural or a determined noun phrase; a bare
    // adjective or noun is not ("sticky notes, ...").
    const std::string_view headWord = m_view.lower(speakerEnd - 1);
    bool sourceLike = PhraseScanner::isDeterminer(m_view.lower(speakerFirst)) && speakerEnd - speakerFirst > 1;
    sourceLike = sourceLike || (headWord.size() > 3 && headWord.back() == 's' && !headWord.ends_with("ss"));
    for (int t = speakerFirst; t < speakerEnd && !sourceLike; ++t)
        sourceLike = m_view.isWord(t) && isSourceHead(t) && !(t == first && PhraseScanner::isDeterminer(m_view.lower(t)));
    if (!sourceLike)
        return; // "sticky notes, Dashboard ...": no source
    if (match.cue->frame == CueFrame::Document
        && !m_documentNouns.contains(std::string(m_view.lower(m_phrases.headOf(speakerFirst, speakerEnd)))))
        return;

    Range right = inverted ? Range{} : rightContent(match, match.end);
    const int boundary = inverted ? left : speakerFirst - 1;
    Range before = boundary >= first && endsClause(match, inverted ? speakerEnd : match.end) ? leftContent(boundary)
                                                                                           : Range{};
    // "Since then, he says, the plane has flown ...": a parenthetical attribution.
    const int after = inverted ? speakerEnd : match.end;
    if (!right.valid() && m_view.lower(after) == "," && boundary >= first && m_view.lower(boundary) == ",") {
        const bool weakBefore = !before.valid() || before.end - before.first < 4
            || m_view.lower(before.end - 1) == "but" || m_view.lower(before.end - 1) == "and";
        const Range rest = clause(after + 1);
        if (weakBefore && rest.valid() && m_phrases.hasVerbSignal(rest.first, rest.end)) {
            right = rest;
            before = Range{};
        }
    }
    if (right.valid()) {
        if (before.valid() && before.quote >= 0 && isCloseMark(boundary))
            add(match, speakerFirst, speakerEnd, before); // "A," he said, "B."
        add(match, speakerFirst, speakerEnd, right);
    } else if (before.valid()) {
        add(match, speakerFirst, speakerEnd, before);
    }
}

void StatementFinder::findParticiple(const CueMatch& match)
{
    const int sentence = m_view.sentenceOf(match.first);
    const int first = m_view.sentenceFirst(sentence);
    int left = match.first - 1;
    while (left > first && PhraseScanner::isAdverb(m_view.lower(left)) && !m_view.isCapitalized(left))
        --left;
    const std::string_view word = m_view.lower(left);
    const Range right = rightContent(match, match.end);
    if (!right.valid() || left < first)
        return;
    if ((m_view.isWord(left) || m_view.isNumber(left)) && word != "and" && word != "while"
        && !m_documentNouns.contains(std::string(word))) {
        // "with UBS analyst David Strauss saying ...", "Analysts predicting ...".
        // A lower-case head needs a clear content ("the number of people claiming benefits" is no source).
        const int speakerFirst = m_phrases.phraseStartingBefore(left, first);
        const bool clear = right.quote >= 0 || m_view.lower(match.end) == "that" || m_view.isCapitalized(left)
            || (speakerFirst >= 0 && m_view.isCapitalized(speakerFirst) && speakerFirst == first);
        if (speakerFirst >= 0 && isSourceHead(left) && clear)
            add(match, speakerFirst, left + 1, right);
        return;
    }
    // The speaker of "..., saying ..." is the subject of the main clause: a statement earlier in the sentence.
    for (int i = static_cast<int>(m_found.size()) - 1; i >= 0; --i) {
        const StatementCandidate& other = m_found[static_cast<std::size_t>(i)];
        if (other.cueFirst >= first && other.cueFirst < match.first) {
            add(match, -1, -1, right, i);
            return;
        }
        if (other.cueFirst < first)
            break;
    }
    const int end = mainSubjectEnd(first, match.first);
    if (end > 0)
        add(match, mainSubjectStart(first, match.first), end, right);
    else if (!m_found.empty())
        add(match, -1, -1, right, static_cast<int>(m_found.size()) - 1);
}

void StatementFinder::findAccording(const CueMatch& match)
{
    const int sentence = m_view.sentenceOf(match.first);
    const int first = m_view.sentenceFirst(sentence);
    int last = m_view.sentenceEnd(sentence);
    while (last > match.end && (m_view.isFinalPunctuation(last - 1) || m_view.isQuoteMark(last - 1)))
        --last;
    const int speakerEnd = m_phrases.phraseEndingAfter(match.end, last);
    if (speakerEnd <= match.end)
        return;
    const std::string_view before = m_view.lower(match.first - 1);
    const bool opening = match.first == first || before == "," || before == "but" || before == "and";
    const std::string_view after = m_view.lower(speakerEnd);
    if (opening && after == ",") {
        // According to X, CONTENT.
        const Range content = clause(speakerEnd + 1);
        if (content.valid())
            add(match, match.end, speakerEnd, content);
        return;
    }
    if (opening && speakerEnd < last && m_view.isWord(speakerEnd)) {
        // "..., which, according to The New York Times is near a five-year high."
        const Range content = clause(speakerEnd);
        if (content.valid() && m_phrases.hasVerbSignal(content.first, content.end))
            add(match, match.end, speakerEnd, content);
        return;
    }
    // CONTENT, according to X. / X reports CONTENT according to Y.
    int start = first;
    for (int t = match.first - 1; t > first; --t) {
        const CueMatch inner = m_cues.matchAt(m_view, t);
        if (inner && inner.cue->frame != CueFrame::According && quoteAt(t) < 0) {
            start = inner.end;
            if (m_view.lower(start) == "that")
                ++start;
            break;
        }
    }
    int end = match.first;
    while (end > start && (m_view.lower(end - 1) == "," || m_view.lower(end - 1) == "--"))
        --end;
    if (end - start < 2)
        return;
    add(match, match.end, speakerEnd, classify(start, end));
}

StatementFinder::Range StatementFinder::rightContent(const CueMatch& match, int from) const
{
    const int sentence = m_view.sentenceOf(match.first);
    const int last = m_view.sentenceEnd(sentence);
    const CueFrame frame = match.cue->frame;
    int t = m_phrases.skipParentheticalRight(from, last);
    from = t;
    const auto opensContent = [this](int token) {
        const std::string_view word = m_view.lower(token);
        return word == "that" || word == ":" || (m_view.isQuoteMark(token) && !isCloseMark(token))
            || (word == "," && m_view.isQuoteMark(token + 1) && !isCloseMark(token + 1));
    };
    // An object or an adjunct may stand before "that" or the quote: "told reporters on Monday that".
    if (!opensContent(t)) {
        const bool objectFrame = frame == CueFrame::Object;
        const int limit = std::min(last, t + (objectFrame ? kMaxObjectLength + kMaxAdjunctLength : kMaxAdjunctLength));
        const bool adjunct = PhraseScanner::isAdjunctStart(m_view.lower(t)) || m_view.isCapitalized(t);
        for (int u = t; u < limit; ++u) {
            if (m_view.isFinalPunctuation(u) || PhraseScanner::isAuxiliary(m_view.lower(u)))
                break;
            if (opensContent(u)) {
                const bool thatNoun = m_view.lower(u) == "that" && isIn(m_view.lower(u - 1), kThatNouns);
                if (objectFrame || adjunct || thatNoun)
                    t = u;
                break;
            }
            if (m_view.lower(u) == "," || m_view.isQuoteMark(u))
                break;
        }
    }
    const std::string_view word = m_view.lower(t);
    if (word == "that")
        return m_view.isQuoteMark(t + 1) && !isCloseMark(t + 1) ? quoteContent(t + 1) : clause(t + 1);
    if (word == ":" || word == ",") {
        if (m_view.isQuoteMark(t + 1))
            return quoteContent(t + 1);
        return word == ":" ? clause(t + 1) : Range{};
    }
    if (m_view.isQuoteMark(t) && !isCloseMark(t))
        return quoteContent(t);
    if (t != from)
        return {};
    if (frame == CueFrame::Joint) {
        const std::string_view joint = match.cue->joint;
        for (int u = t + 1; u < last && u - t < 12; ++u) {
            if (m_view.lower(u) == joint)
                return clause(t);
            if (m_view.isPunctuation(u) && m_view.lower(u) != "'" && m_view.lower(u) != "-")
                break;
        }
        return {};
    }
    if (frame == CueFrame::According || !(m_view.isWord(t) || m_view.isNumber(t)))
        return {};
    const std::string_view start = m_view.lower(t);
    if (start == "to" && m_view.isWord(t + 1) && !m_view.isCapitalized(t + 1)
        && !PhraseScanner::isDeterminer(m_view.lower(t + 1)) && match.cue->infinitive)
        return clause(t); // "claims to possess the trademark"
    if (!m_view.isCapitalized(t)
        && (start == "by" || start == "of" || start == "for" || start == "with" || start == "about" || start == "to"
            || start == "in" || start == "on" || start == "at" || start == "so" || start == "and"))
        return {};
    // A bare clause: "said the contract had been awarded". A noun phrase alone is no statement.
    const Range content = clause(t);
    if (!content.valid())
        return {};
    const bool pronounSubject = PhraseScanner::isPronoun(start) || start == "there";
    int words = 0;
    for (int u = content.first; u < content.end; ++u)
        words += m_view.isWord(u) || m_view.isNumber(u);
    if (pronounSubject || m_phrases.hasVerbSignal(content.first, content.end)
        || (match.cue->bareClause && words >= 3 && !PhraseScanner::isTimeWord(start)))
        return content;
    return {};
}

StatementFinder::Range StatementFinder::quoteContent(int openToken) const
{
    const int q = quoteAt(openToken);
    if (q < 0)
        return {};
    const Quote& quote = m_quotes[static_cast<std::size_t>(q)];
    if (quote.closeToken < 0)
        return Range{quote.firstToken, quote.endToken, model::StatementKind::Direct, q};
    // Direct when nothing but punctuation or a new attribution follows the closing mark in its sentence.
    const int sentence = m_view.sentenceOf(quote.closeToken);
    const int last = m_view.sentenceEnd(sentence);
    int after = quote.closeToken + 1;
    while (after < last && m_view.isPunctuation(after) && m_view.lower(after) != ",")
        ++after;
    // A quote that ends on its own punctuation ("...is history," and ...) is a complete utterance.
    const std::string_view inner = m_view.lower(quote.closeToken - 1);
    bool direct = after >= last || m_view.sentenceOf(after) != sentence || inner == "," || inner == "."
        || inner == "!" || inner == "?";
    if (!direct && m_view.lower(after) == ",") {
        const int next = after + 1;
        direct = m_cues.isCue(m_view, next) || m_view.isQuoteMark(next)
            || (m_view.isWord(next) && (m_cues.isCue(m_view, next + 1) || m_cues.isCue(m_view, next + 2)));
    }
    if (direct)
        return Range{quote.firstToken, quote.endToken, model::StatementKind::Direct, q};
    return clause(openToken);
}

int StatementFinder::clauseEnd(int first) const
{
    const int sentence = m_view.sentenceOf(first);
    int last = m_view.sentenceEnd(sentence);
    for (int t = first + 1; t < last; ++t) {
        if (quoteAt(t) >= 0 && !isCloseMark(t))
            continue;
        if (m_view.lower(t) == ";" && quoteAt(first) < 0)
            return t;
        // A gloss or a second attribution ends the clause: ", adding that", ", according to", ", he said".
        if (m_view.lower(t) == "," && t + 1 < last) {
            const CueMatch next = m_cues.matchAt(m_view, t + 1);
            if (next && (next.cue->participle || next.cue->frame == CueFrame::According))
                return t;
            // Glosses the reporter appended: ", which is made by ..." (to the sentence end), ", but did not
            // say ...", ", with UBS analyst David Strauss saying ...".
            const std::string_view word = m_view.lower(t + 1);
            if (word == "which" && PhraseScanner::isAuxiliary(m_view.lower(t + 2))) {
                bool more = false;
                for (int u = t + 2; u < last && !more; ++u)
                    more = m_view.lower(u) == "," && quoteAt(u) < 0;
                if (!more)
                    return t;
            }
            if (word == "but" || word == "and") {
                for (int u = t + 2; u < last && u - t <= 4; ++u)
                    if (PhraseScanner::isNegation(m_view.lower(u)) && (m_cues.isCue(m_view, u + 1) || m_view.lower(u + 1) == "comment"))
                        return t;
            }
            for (int u = t + 1; u < last && u - t <= 6 && !m_view.isPunctuation(u); ++u) {
                const CueMatch later = m_cues.matchAt(m_view, u);
                if (later && later.cue->participle)
                    return t;
            }
            const int phraseEnd = m_phrases.phraseEndingAfter(t + 1, last);
            if (phraseEnd > t + 1 && phraseEnd - t <= 6) {
                const CueMatch cue = m_cues.matchAt(m_view, phraseEnd);
                if (cue && !cue.cue->participle
                    && (cue.end >= last || m_view.isFinalPunctuation(cue.end) || m_view.lower(cue.end) == ","))
                    return t;
            }
        }
    }
    // A quote opened in the clause and closed in a later sentence carries the clause along.
    const int q = quoteAt(last - 1);
    if (q >= 0 && m_quotes[static_cast<std::size_t>(q)].closeToken > last)
        last = m_quotes[static_cast<std::size_t>(q)].closeToken + 1;
    return last;
}

StatementFinder::Range StatementFinder::clause(int first) const
{
    if (!m_view.valid(first) || m_view.sentenceOf(first) < 0)
        return {};
    int end = clauseEnd(first);
    return classify(first, end);
}

StatementFinder::Range StatementFinder::classify(int first, int end) const
{
    // Trim closing punctuation (but keep a closing quotation mark) and a dangling comma.
    while (end > first && m_view.isPunctuation(end - 1) && !isCloseMark(end - 1)
           && m_view.lower(end - 1) != ")")
        --end;
    if (end <= first)
        return {};
    Range range{first, end, model::StatementKind::Indirect, -1};
    const int q = quoteAt(first);
    if (q >= 0 && m_quotes[static_cast<std::size_t>(q)].openToken == first
        && m_quotes[static_cast<std::size_t>(q)].closeToken == end - 1) {
        range.kind = model::StatementKind::Direct;
        range.quote = q;
        return range;
    }
    for (int t = first; t < end; ++t) {
        if (m_view.isQuoteMark(t)) {
            range.kind = model::StatementKind::Mixed;
            break;
        }
    }
    return range;
}

StatementFinder::Range StatementFinder::leftContent(int boundary) const
{
    const int sentence = m_view.sentenceOf(boundary);
    const int first = m_view.sentenceFirst(sentence);
    int mark = -1;
    if (isCloseMark(boundary))
        mark = boundary;
    else if (m_view.lower(boundary) == "," && isCloseMark(boundary - 1))
        mark = boundary - 1;
    else if (m_view.lower(boundary) != ",")
        return {};
    if (mark >= 0) {
        const int q = quoteAt(mark);
        const Quote& quote = m_quotes[static_cast<std::size_t>(q)];
        if (opensClause(quote))
            return Range{quote.firstToken, quote.endToken, model::StatementKind::Direct, q};
        return classify(first, mark + 1);
    }
    int start = first;
    const int q = quoteAt(first);
    if (q >= 0 && m_quotes[static_cast<std::size_t>(q)].openToken < first)
        start = m_quotes[static_cast<std::size_t>(q)].openToken;
    int words = 0;
    for (int t = start; t < boundary; ++t)
        words += m_view.isWord(t) || m_view.isNumber(t);
    if (words < kMinClauseWords)
        return {};
    return classify(start, boundary);
}

void StatementFinder::addQuoteContinuations()
{
    std::vector<bool> used(m_quotes.size(), false);
    for (const StatementCandidate& candidate : m_found) {
        for (std::size_t q = 0; q < m_quotes.size(); ++q) {
            const int open = m_view.start(m_quotes[q].openToken);
            if (static_cast<int>(q) == candidate.quote || (open >= candidate.start - 1 && open < candidate.end))
                used[q] = true;
        }
    }
    for (std::size_t q = 0; q < m_quotes.size(); ++q) {
        const Quote& quote = m_quotes[q];
        if (used[q])
            continue;
        int words = 0;
        for (int t = quote.firstToken; t < quote.endToken; ++t)
            words += m_view.isWord(t) || m_view.isNumber(t);
        if (words < kMinQuoteWords || !opensClause(quote))
            continue;
        // The nearest earlier statement (found by a cue, or a continuation itself) within two paragraphs.
        const int open = m_view.start(quote.openToken);
        const int paragraph = m_view.paragraphOfSentence(m_view.sentenceOf(quote.openToken));
        int source = -1;
        for (std::size_t i = 0; i < m_found.size(); ++i) {
            const StatementCandidate& other = m_found[i];
            if (other.start < open && (source < 0 || other.start > m_found[static_cast<std::size_t>(source)].start))
                source = static_cast<int>(i);
        }
        if (source < 0)
            continue;
        const StatementCandidate& previous = m_found[static_cast<std::size_t>(source)];
        const int previousParagraph = m_view.paragraphOfSentence(
            m_view.sentenceOf(m_view.document().tokenAtOrAfter(previous.start)));
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
            m_found.push_back(candidate);
    }
}

} // namespace sayline::analysis
