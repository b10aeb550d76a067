// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatementFinder.h"

#include <algorithm>
#include <map>

#include "QuoteContinuations.h"
#include "analysis/text/Document.h"
#include "analysis/text/TokenView.h"
#include "analysis/text/WordClasses.h"
#include "analysis/text/WorkCounter.h"

namespace sayline::analysis {
StatementFinder::StatementFinder(const TokenView& view, const CueMatcher& cues,
                                 const std::unordered_set<std::string>& sourceNouns,
                                 const std::unordered_set<std::string>& documentNouns)
    : m_view(view)
    , m_cues(cues)
    , m_sourceNouns(sourceNouns)
    , m_documentNouns(documentNouns)
    , m_words(view.words())
    , m_phrases(view)
    , m_content(view, cues)
{
}

std::vector<StatementCandidate> StatementFinder::find()
{
    m_found.clear();
    for (int t = 0; t < m_view.size(); ++t) {
        if (m_content.quoteAt(t) >= 0 || m_view.sentenceOf(t) < 0)
            continue; // attributions nested in a direct quote are not annotated
        const CueMatch match = m_cues.matchAt(m_view, t);
        if (!match)
            continue;
        if (match.cue->frame == CueFrame::According)
            findAccording(match);
        else if (match.cue->participle && !m_words.isAuxiliary(m_view.lower(t - 1)))
            findParticiple(match);
        else
            findAtCue(match);
        t = match.end - 1;
    }
    QuoteContinuations(m_view, m_cues, m_content).addTo(m_found);

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
    std::map<std::pair<int, int>, int> bySpan; // the first statement kept with each span
    for (int index : order) {
        const StatementCandidate& candidate = m_found[static_cast<std::size_t>(index)];
        const auto [same, added]
            = bySpan.try_emplace({ candidate.start, candidate.end }, static_cast<int>(sorted.size()));
        work::add(work::Stage::Statements);
        if (!added) {
            newIndex[static_cast<std::size_t>(index)] = same->second;
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

void StatementFinder::add(const CueMatch& match, int speakerFirst, int speakerEnd, const ContentRange& content,
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
        const Quote& quote = m_content.quotes()[static_cast<std::size_t>(content.quote)];
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
    return m_view.isCapitalized(token) || m_words.isPronoun(word) || m_sourceNouns.contains(std::string(word));
}

int StatementFinder::extendSpeakerLeft(int speakerFirst, int sentenceFirst) const
{
    // "Ralph Crosby, EADS's North America CEO and ex Northrop executive commented": a name before the
    // description, at the start of the clause.
    const int before = speakerFirst - 1;
    const std::string_view word = m_view.lower(before);
    const bool apposition = word == ","
        || (m_words.isDeterminer(m_view.lower(speakerFirst)) && word != "and" && m_view.isCapitalized(before));
    if (!apposition)
        return speakerFirst;
    const int nameLast = word == "," ? before - 1 : before;
    if (!m_view.isCapitalized(nameLast) || m_words.isTimeWord(m_view.lower(nameLast)))
        return speakerFirst;
    const int nameFirst = m_phrases.phraseStartingBefore(nameLast, sentenceFirst);
    if (nameFirst < 0 || nameLast - nameFirst > 4 || (nameFirst == nameLast && nameFirst == sentenceFirst))
        return speakerFirst; // "Plus, other research suggests": one capitalised word opening the sentence
    if (nameFirst == sentenceFirst || m_content.isCloseMark(nameFirst - 1))
        return nameFirst;
    return speakerFirst;
}

int StatementFinder::mainSubjectStart(int first, int limit) const
{
    // Skip an opening adverbial ending in a comma: "In his speech, the Prime Minister ...".
    // A dateline: "WASHINGTON (AP) — The Bureau of Prisons ...".
    const int afterDateline = m_phrases.afterDateline(first, limit);
    if (afterDateline != first)
        return afterDateline;
    if (!m_words.isClauseOpener(m_view.lower(first)))
        return first;
    for (int t = first + 1; t < limit && t - first < 30; ++t)
        if (m_view.lower(t) == ",")
            return t + 1;
    return first;
}

int StatementFinder::mainSubjectEnd(int first, int limit) const
{
    const int start = mainSubjectStart(first, limit);
    const int end = m_phrases.phraseEndingAfter(start, limit);
    for (int t = start; t < end; ++t)
        if (m_view.isWord(t) && isSourceHead(t) && !(t == start && m_words.isDeterminer(m_view.lower(t))))
            return end;
    return -1;
}

bool StatementFinder::isCueUse(const CueMatch& match) const
{
    // An adjective or a noun, not a cue: "the disclosed materials", "149 confirmed orders", "their claims
    // were upheld".
    const std::string_view previous = m_view.lower(match.first - 1);
    const std::string_view next = m_view.lower(match.end);
    if (m_words.isDeterminer(previous) && !m_view.isCapitalized(match.first - 1))
        return false;
    if (m_view.isNumber(match.first - 1) && !m_words.isTimeWord(m_view.lower(match.first - 2)))
        return false;
    if (m_words.isAuxiliary(next) && !afterObjectRelative(match))
        return false;
    return !(next.ends_with("ing") && next.size() > 5 && m_view.isWord(match.end) && !m_view.isCapitalized(match.end)
             && match.cue->frame != CueFrame::Clause);
}

bool StatementFinder::afterObjectRelative(const CueMatch& match) const
{
    // "that rights groups said would ...", "which critics say is ...": a relative pronoun, a few words of a
    // source and the cue, with no punctuation between.
    for (int t = match.first - 2; t >= 0 && match.first - t <= 6; --t) {
        if (m_view.isPunctuation(t))
            return false;
        if (m_words.isRelative(m_view.lower(t))) // one phrase between: never "on that point he stated"
            return t + 1 < match.first && m_phrases.phraseEndingAfter(t + 1, match.first) == match.first;
    }
    return false;
}

int StatementFinder::subjectEndBefore(const CueMatch& match, int first, bool& excluded) const
{
    // Between subject and cue: auxiliaries, adverbs, negation ("has also said", "did not say", "was told"),
    // time adjuncts ("on June 18") and parenthetical adverbs (", however,").
    int left = match.first - 1;
    bool negated = false;
    bool passive = false;
    bool hypothetical = false;
    while (left >= first) {
        const std::string_view word = m_view.lower(left);
        if (m_words.isNegation(word)) {
            negated = true;
        } else if (m_words.isAuxiliary(word)) {
            passive = passive || (m_words.isPassiveAuxiliary(word) && !match.cue->participle);
            // "will announce", "would say": speech that has not happened.
            hypothetical = hypothetical || m_words.isModal(word);
        } else if (!(m_words.isAdverb(word) && !m_view.isCapitalized(left))) {
            const int skipped = m_phrases.skipAdjunctsLeft(left, first);
            if (skipped == left)
                break;
            left = skipped;
            continue;
        }
        --left;
    }
    // "did not comment", "it was announced", "declined to say"
    excluded = negated || passive || hypothetical || m_view.lower(match.first - 1) == "to";
    return left;
}

void StatementFinder::findCoordinated(const CueMatch& match, int first, int left)
{
    // "the Prime Minister applauded SIA and cited its success as ...": the subject of the first verb, or the
    // statement earlier in the sentence ("The agency said ... and concluded that ...").
    const ContentRange right = m_content.rightContent(match, match.end);
    if (!right.valid())
        return;
    if (const int earlier = statementEarlierInSentence(first, match.first); earlier >= 0) {
        add(match, -1, -1, right, earlier);
        return;
    }
    int subjectEnd = mainSubjectEnd(first, left);
    if (subjectEnd > 0 && m_view.lower(subjectEnd) == "," && m_view.isCapitalized(subjectEnd + 1)) {
        // "Queensland's environment minister, Meaghan Scanlon, welcomed the findings and said": the name in
        // apposition belongs to the subject.
        const int nameEnd = m_phrases.phraseEndingAfter(subjectEnd + 1, left);
        if (nameEnd > subjectEnd + 1 && m_view.lower(nameEnd) == "," && m_view.isCapitalized(nameEnd - 1))
            subjectEnd = nameEnd;
    }
    if (subjectEnd > 0)
        add(match, mainSubjectStart(first, left), subjectEnd, right);
}

StatementFinder::Source StatementFinder::sourceBefore(const CueMatch& match, int left, int first) const
{
    Source source;
    const std::string_view leftWord = m_view.lower(left);
    if (left < first)
        return source;
    if (m_words.isRelative(leftWord) && left > first && !m_view.isAllCaps(left)) {
        // "a report ..., which noted that ...": the antecedent is the source.
        int antecedent = left - 1;
        if (m_view.lower(antecedent) == ",")
            --antecedent;
        if (m_view.lower(left - 1) == "," && wordsBeforeComma(match.end)) // "X, who wrote the bill, accused"
            return source;
        source = { m_phrases.phraseStartingBefore(antecedent, first), antecedent + 1 };
        // "The remarks angered Democrats who said ...": the antecedent starts after the main clause's verb.
        const bool restrictive = m_view.lower(left - 1) != ",";
        for (int t = antecedent; restrictive && source.first >= 0 && t > source.first; --t) {
            const std::string_view word = m_view.lower(t);
            if (!m_view.isCapitalized(t) && m_view.lower(t + 1) != "by"
                && (m_words.isPastForm(word) || (word.size() > 4 && word.ends_with("ed")))) {
                source.first = t + 1;
                break;
            }
        }
    } else if (leftWord == ")") {
        // "General Motors (GM) announced".
        int open = left - 1;
        while (open > first && left - open < 6 && m_view.lower(open) != "(")
            --open;
        if (m_view.lower(open) == "(")
            source = { m_phrases.phraseStartingBefore(open - 1, first), left + 1 };
    } else if ((m_view.isWord(left) || m_view.isNumber(left) || leftWord == ".") && !m_content.isMark(left)) {
        source = { m_phrases.phraseStartingBefore(left, first), left + 1 };
    } else if (leftWord == ",") {
        source = sourceBeforeComma(match, left, first);
    }
    if (source.first < 0)
        return {};
    // "Critics in Kyiv", "The Joint Coordination Centre in Istanbul": a place after "in" or "at" belongs to the
    // phrase before it when that phrase opens the clause.
    if (source.first - 2 >= first && (m_view.lower(source.first - 1) == "in" || m_view.lower(source.first - 1) == "at")
        && m_view.isCapitalized(source.first) && m_view.isWord(source.first - 2)) {
        const int head = m_phrases.phraseStartingBefore(source.first - 2, first);
        if (head >= 0 && (head == first || m_view.lower(head - 1) == "," || m_content.isMark(head - 1)))
            source.first = head;
    }
    // "Several senators, including Rand Paul and Ted Cruz, signaled": the examples belong to the phrase before.
    if (m_view.lower(source.first) == "including" && source.first - 2 >= first
        && m_view.lower(source.first - 1) == ",") {
        const int head = m_phrases.phraseStartingBefore(source.first - 2, first);
        if (head >= 0)
            source.first = head;
    }
    if (!m_view.isCapitalized(source.end - 1) && m_view.lower(source.end - 1) != ")")
        source.first = extendSpeakerLeft(source.first, first);
    else if (m_words.isDeterminer(m_view.lower(source.first)))
        source.first = extendSpeakerLeft(source.first, first);
    return source;
}

int StatementFinder::partyTagBefore(int comma) const
{
    // ", R-Calif.,", ", D-N.Y.,", ", I-Vt.,": one capital letter, a hyphen, a state, between two commas.
    for (int c = comma - 3; c >= 0 && comma - c <= 6; --c) {
        if (m_view.lower(c) != ",")
            continue;
        const bool party = m_view.isCapitalized(c + 1) && m_view.lower(c + 1).size() == 1 && m_view.lower(c + 2) == "-";
        for (int t = c + 3; party && t < comma; ++t)
            if (!(m_view.isCapitalized(t) || m_view.lower(t) == "."))
                return -1;
        return party && c + 3 < comma ? c : -1;
    }
    return -1;
}

bool StatementFinder::wordsBeforeComma(int from) const
{
    // The object of a cue in a relative clause set off by commas: "X, who wrote the bill, accused ...". A
    // clause ("who said that ...", "who said the plan failed") or a quotation is content; a bare noun phrase
    // that the closing comma ends is not.
    const int count = m_view.size();
    for (int t = from; t < count && t < from + 12; ++t) {
        const std::string_view word = m_view.lower(t);
        if (word == ",")
            return t > from && !m_phrases.hasVerbSignal(from, t);
        if (m_view.isFinalPunctuation(t) || m_content.isMark(t) || word == "that" || word == ":")
            return false;
    }
    return false;
}

StatementFinder::Source StatementFinder::sourceBeforeComma(const CueMatch& match, int left, int first) const
{
    // "Todd Tiahrt, a Kansas representative, said": name, appositive, cue.
    for (int p = left - 1; p > first && left - p <= 28; --p) {
        // the period of a title's abbreviation ("Rep. Jim Jordan") ends nothing, nor one before a comma
        // ("McCarthy, R-Calif., said")
        const bool abbreviation = m_view.lower(p) == "."
            && ((m_view.isCapitalized(p - 1) && m_view.lower(p - 1).size() <= 4) || m_view.lower(p + 1) == ",");
        if (m_content.quoteAt(p) >= 0 || (m_view.isFinalPunctuation(p) && !abbreviation))
            break;
        if (m_view.lower(p) != ",")
            continue;
        // "Rep. Matt Gaetz, R-Fla., one of his fiercest critics, said": the party and state after the name
        // belong to it; the description after them is the apposition.
        const int tag = partyTagBefore(p);
        const int nameEnd = tag >= 0 ? tag - 1 : p - 1;
        const int nameStart = m_phrases.phraseStartingBefore(nameEnd, first);
        // The appositive: a description, a relative clause ("who hails from ..."), or a participle
        // ("filed in September 2003"); the phrase before it a name or a source noun phrase.
        const std::string_view opener = m_view.lower(p + 1);
        // "filed in September", "speaking on condition of anonymity because he was not authorized ...".
        const bool participle = ((opener.size() > 4 && (opener.ends_with("ed") || opener.ends_with("ing")))
                                 || (m_words.isPastForm(opener) && m_view.lower(p + 2) == "by")) // "led by"
            && !m_view.isCapitalized(p + 1);
        // "a frog expert at Griffith University who was not involved in the research", "a lawyer for the
        // companies that brought the case": a description whose own relative clause holds the verb.
        int descriptionEnd = left;
        for (int t = p + 2; t < left; ++t) {
            const std::string_view word = m_view.lower(t);
            if (word == "who" || word == "which"
                || (m_words.isRelative(word) && m_view.isWord(t - 1) && !m_view.isCapitalized(t - 1))) {
                descriptionEnd = t;
                break;
            }
        }
        // "a lobby group based in Brussels": a reduced relative clause holds no verb of the description either.
        descriptionEnd = m_phrases.reducedRelativeStart(p + 1, descriptionEnd);
        const bool appositive = (opener == "who" || opener == "which" || opener == "whose" || participle
                                 || !m_phrases.hasVerbSignal(p + 1, descriptionEnd))
            && (m_view.isWord(p + 1) || m_view.isNumber(p + 1));
        bool named = m_view.isCapitalized(nameEnd) || (participle && isSourceHead(p - 1));
        for (int t = nameStart; participle && !named && t >= 0 && t < p; ++t)
            named = m_view.isCapitalized(t) && t > first; // "Republicans on the committee, led by X, accused"
        if (participle && !named && nameStart == first && m_view.isCapitalized(first)
            && !m_words.isDeterminer(m_view.lower(first)))
            named = true;
        const bool relativeOpener = opener == "who" || opener == "which" || opener == "whose";
        if (!named && relativeOpener && nameStart >= 0) {
            // "two people close to the campaign, who spoke on condition of anonymity, said", "The union, which
            // represents most controllers, said": a source noun or a name in the phrase before the relative
            // clause. "The mayor, who was elected last year, said": "who" itself says the phrase is a person.
            for (int t = nameStart; t < p && !named; ++t)
                named = m_sourceNouns.contains(std::string(m_view.lower(t)))
                    || (t > nameStart && m_view.isCapitalized(t));
            named = named || (opener == "who" && m_view.isWord(p - 1) && !m_words.isPronoun(m_view.lower(p - 1)));
        }
        if (nameStart >= 0 && appositive && named) {
            const int before = nameStart - 1;
            // "The official, who spoke on condition of anonymity, said": the source is the phrase before the
            // relative clause.
            if (nameStart == first || m_view.lower(before) == "," || m_content.isMark(before)
                || m_words.isAdjunctStart(m_view.lower(before)) || m_view.lower(before) == "but")
                return { nameStart, relativeOpener ? p : left };
        }
        break;
    }
    // "Peter Boockvar an equity strategist for Miller Tabak, commented:", "The chief of the company, Mark
    // Chandler, explained", "Another automaker, General Motors (GM), announced": the phrase before the comma.
    const std::string_view next = m_view.lower(match.end);
    int nameEnd = left - 1;
    if (m_view.lower(nameEnd) == ")") {
        int open = nameEnd - 1;
        while (open > first && nameEnd - open < 6 && m_view.lower(open) != "(")
            --open;
        nameEnd = m_view.lower(open) == "(" ? open - 1 : nameEnd;
    }
    if ((next == ":" || m_content.isMark(match.end) || m_view.isCapitalized(nameEnd)) && nameEnd >= first
        && m_view.isWord(nameEnd)) {
        int start = m_phrases.phraseStartingBefore(nameEnd, first);
        if (start >= 0)
            start = extendSpeakerLeft(start, first);
        if (start >= 0 && (start == first || m_view.lower(start - 1) == "," || m_content.isCloseMark(start - 1)))
            return { start, left };
    }
    return {};
}

StatementFinder::Source StatementFinder::sourceAfter(const CueMatch& match, int left, int first, int last) const
{
    // Inverted: "...," said Wang. / ..., said the ministry.
    if (!(left < first || m_view.lower(left) == "," || m_content.isCloseMark(left)))
        return {};
    const int end = m_phrases.phraseEndingAfter(match.end, last);
    int tail = end;
    if ((m_view.lower(tail) == "who" || m_view.lower(tail) == "whose") && end > match.end) {
        // "...," said a professor from the University of Michigan who specializes in bankruptcy.
        tail = last;
        while (tail > end && (m_view.isFinalPunctuation(tail - 1) || m_content.isMark(tail - 1)))
            --tail;
    }
    if (m_view.lower(tail) == ",") {
        // An appositive running to the sentence end: ", said Todd Tiahrt, a Kansas representative."
        const int appositiveEnd = m_phrases.phraseEndingAfter(tail + 1, last);
        if (appositiveEnd > tail + 1 && (appositiveEnd >= last || m_view.isFinalPunctuation(appositiveEnd)))
            tail = appositiveEnd;
    }
    const bool closes = tail >= last || m_view.isFinalPunctuation(tail) || m_view.lower(tail) == ","
        || m_words.isAdjunctStart(m_view.lower(tail));
    const std::string_view opener = m_view.lower(match.end);
    bool phraseOpens = m_words.isDeterminer(opener) || m_words.isPronoun(opener);
    for (int t = match.end; t < end && !phraseOpens; ++t)
        phraseOpens = m_view.isCapitalized(t); // "claims writer John Ostrower"
    if (end > match.end && closes && phraseOpens && !m_words.isAdjunctStart(opener) && !m_words.isTimeWord(opener)
        && (!m_words.isPronoun(opener) || (end == match.end + 1 && m_content.isCloseMark(left))))
        return { match.end, tail };
    return {};
}

bool StatementFinder::isSource(const CueMatch& match, const Source& source, int first) const
{
    const std::string_view person = m_view.lower(source.first);
    if (source.end - source.first == 1 && (person == "i" || person == "we" || person == "you"))
        return false; // the writer's own narration, not an attribution
    // A source is a name, a pronoun, a known source noun, a plural or a determined noun phrase; a bare
    // adjective or noun is not ("sticky notes, ...").
    const std::string_view headWord = m_view.lower(source.end - 1);
    bool sourceLike = m_words.isDeterminer(person) && source.end - source.first > 1;
    sourceLike = sourceLike || (headWord.size() > 3 && headWord.back() == 's' && !headWord.ends_with("ss"));
    for (int t = source.first; t < source.end && !sourceLike; ++t)
        sourceLike = m_view.isWord(t) && isSourceHead(t) && !(t == first && m_words.isDeterminer(m_view.lower(t)));
    if (!sourceLike)
        return false;
    return match.cue->frame != CueFrame::Document
        || m_documentNouns.contains(std::string(m_view.lower(m_phrases.headOf(source.first, source.end))));
}

void StatementFinder::findAtCue(const CueMatch& match)
{
    const int sentence = m_view.sentenceOf(match.first);
    const int first = m_view.sentenceFirst(sentence);
    const int last = m_view.sentenceEnd(sentence);
    if (!isCueUse(match))
        return;
    bool excluded = false;
    const int left = subjectEndBefore(match, first, excluded);
    if (excluded)
        return;
    if (left >= first && (m_view.lower(left) == "and" || m_view.lower(left) == "but") && left == match.first - 1) {
        findCoordinated(match, first, left);
        return;
    }
    Source source = sourceBefore(match, left, first);
    const bool inverted = source.first < 0;
    if (inverted)
        source = sourceAfter(match, left, first, last);
    if (source.first < 0 || source.end <= source.first || !isSource(match, source, first))
        return;
    // "said in a statement read outside court that ...": a document inside another cue's adjunct is no source.
    if (!inverted && match.cue->frame == CueFrame::Document && source.first - 1 >= first
        && m_view.lower(source.first - 1) == "in")
        return;
    addContents(match, source, inverted, left, first);
}

bool StatementFinder::inRelativeClause(const CueMatch& match, int first) const
{
    // "Trump, who had privately called the bill "mean," praised ...": the cue follows ", who" and at most an
    // auxiliary and an adverb.
    for (int t = match.first - 1; t > first && match.first - t <= 3; --t) {
        const std::string_view word = m_view.lower(t);
        if (word == "who" || word == "which")
            return m_view.lower(t - 1) == ",";
        if (!m_words.isAuxiliary(word) && !word.ends_with("ly"))
            return false;
    }
    return false;
}

ContentRange StatementFinder::relativeClauseContent(const ContentRange& content) const
{
    // The relative clause ends at its closing comma, also one inside a closing quotation mark ("mean,"), when
    // the main clause's verb follows ("..., praised the effort", "..., was published", "..., takes effect"); a
    // comma before an apposition ("(TAO), a department under ...") stays inside.
    auto verbAt = [this](int t) {
        const std::string_view word = m_view.lower(t);
        return m_view.isWord(t) && !m_view.isCapitalized(t) && !m_words.isDeterminer(word)
            && (m_words.isAuxiliary(word) || m_words.isPastForm(word) || (word.size() > 4 && word.ends_with("ed"))
                || (word.size() > 3 && word.ends_with("s") && !word.ends_with("ss")));
    };
    for (int t = content.first + 1; t < content.end; ++t) {
        const bool comma = m_view.lower(t) == ",";
        if (comma && m_content.quoteAt(t) < 0 && verbAt(t + 1))
            return m_content.classify(content.first, t);
        if (m_content.isCloseMark(t) && m_view.lower(t - 1) == "," && t + 1 < content.end && verbAt(t + 1))
            return m_content.classify(content.first, t + 1);
    }
    return content;
}

void StatementFinder::addContents(const CueMatch& match, const Source& source, bool inverted, int left, int first)
{
    ContentRange right = inverted ? ContentRange {} : m_content.rightContent(match, match.end);
    const int boundary = inverted ? left : source.first - 1;
    const int after = inverted ? source.end : match.end;
    ContentRange before
        = boundary >= first && m_content.endsClause(match, after) ? m_content.leftContent(boundary) : ContentRange {};
    // "Since then, he says, the plane has flown ...", "As the minister said, the plan is dead.": a
    // parenthetical attribution takes the clause after it when the words before are a fragment.
    const bool asClause = boundary >= first && m_view.lower(boundary) == "as"
        && (boundary == first || m_view.lower(boundary - 1) == ",");
    if (!right.valid() && m_view.lower(after) == "," && boundary >= first
        && (m_view.lower(boundary) == "," || asClause)) {
        const bool weakBefore = !before.valid() || !m_phrases.hasVerbSignal(before.first, before.end)
            || m_view.lower(before.end - 1) == "but" || m_view.lower(before.end - 1) == "and";
        const ContentRange rest = m_content.clause(after + 1);
        if (weakBefore && rest.valid() && m_phrases.hasVerbSignal(rest.first, rest.end)) {
            // "Republicans, he added, had shown interest": the words before are the clause's subject and the rest
            // opens with its verb; the content is the whole clause, the attribution inside it.
            const std::string_view opener = m_view.lower(rest.first);
            const bool verbFirst = m_words.isAuxiliary(opener) || m_words.isModal(opener) || m_words.isPastForm(opener)
                || (opener.size() > 4 && opener.ends_with("ed"));
            const int subject = m_phrases.afterDateline(first, boundary);
            const bool subjectOnly = !asClause && m_view.lower(boundary) == "," && boundary - subject >= 1
                && boundary - subject <= 6 && m_view.isCapitalized(subject) && m_content.quoteAt(subject) < 0
                && !m_phrases.hasVerbSignal(subject, boundary);
            right = verbFirst && subjectOnly ? m_content.classify(subject, rest.end) : rest;
            before = ContentRange {};
        }
    }
    if (right.valid() && !inverted && (inRelativeClause(match, first) || afterObjectRelative(match)))
        right = relativeClauseContent(right);
    // "a move that rights groups said would make it harder to vote", "which analysts said was a sign of
    // weakness": the source and cue sit inside an object relative clause; the content is the clause's verb
    // phrase, up to the comma that closes it.
    if (!right.valid() && !inverted && source.first - 1 >= first && m_words.isRelative(m_view.lower(source.first - 1))
        && !match.cue->participle
        && (m_words.isAuxiliary(m_view.lower(match.end)) || m_words.isModal(m_view.lower(match.end)))) {
        const ContentRange rest = m_content.clause(match.end);
        if (rest.valid())
            right = relativeClauseContent(rest);
    }
    if (right.valid()) {
        if (before.valid() && before.quote >= 0 && m_content.isCloseMark(boundary))
            add(match, source.first, source.end, before); // "A," he said, "B."
        add(match, source.first, source.end, right);
    } else if (before.valid()) {
        add(match, source.first, source.end, before);
    }
}

void StatementFinder::findParticiple(const CueMatch& match)
{
    const int sentence = m_view.sentenceOf(match.first);
    const int first = m_view.sentenceFirst(sentence);
    int left = match.first - 1;
    while (left > first && m_words.isAdverb(m_view.lower(left)) && !m_view.isCapitalized(left))
        --left;
    const std::string_view word = m_view.lower(left);
    const ContentRange right = m_content.rightContent(match, match.end);
    if (!right.valid() || left < first)
        return;
    if ((m_view.isWord(left) || m_view.isNumber(left)) && word != "and" && word != "while"
        && !m_documentNouns.contains(std::string(word))) {
        // "with UBS analyst David Strauss saying ...", "Analysts predicting ...".
        // A lower-case head needs a clear content ("the number of people claiming benefits" is no source).
        const int speakerFirst = m_phrases.phraseStartingBefore(left, first);
        // "with a senior official telling reporters that ...": "that" after the object is as clear.
        const bool clear = right.quote >= 0 || m_view.lower(match.end) == "that"
            || (right.first > match.end && m_view.lower(right.first - 1) == "that") || m_view.isCapitalized(left)
            || (speakerFirst >= 0 && m_view.isCapitalized(speakerFirst) && speakerFirst == first);
        if (speakerFirst >= 0 && isSourceHead(left) && clear)
            add(match, speakerFirst, left + 1, right);
        return;
    }
    // The speaker of "..., saying ..." is the subject of the main clause: a statement earlier in the sentence.
    if (const int earlier = statementEarlierInSentence(first, match.first); earlier >= 0) {
        add(match, -1, -1, right, earlier);
        return;
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
    while (last > match.end && (m_view.isFinalPunctuation(last - 1) || m_content.isMark(last - 1)))
        --last;
    const int speakerEnd = m_phrases.phraseEndingAfter(match.end, last);
    if (speakerEnd <= match.end)
        return;
    const std::string_view before = m_view.lower(match.first - 1);
    const bool opening = match.first == first || before == "," || before == "but" || before == "and";
    const std::string_view after = m_view.lower(speakerEnd);
    if (opening && after == ",") {
        // According to X, CONTENT. "According to X, chief economist at ING, markets had ...": a description of
        // the source before the clause.
        const int appositiveEnd = appositiveAfterSource(speakerEnd + 1, last);
        const int sourceEnd = appositiveEnd > 0 ? appositiveEnd : speakerEnd;
        const ContentRange content = m_content.clause(sourceEnd + 1);
        if (content.valid())
            add(match, match.end, sourceEnd, content);
        return;
    }
    if (opening && speakerEnd < last && m_view.isWord(speakerEnd)) {
        // "According to a paper published in Nature on Monday, the team found ...": the source runs to the comma.
        for (int t = speakerEnd; t < last && t - match.end <= 20; ++t) {
            if (m_words.isAuxiliary(m_view.lower(t)) || m_content.isMark(t))
                break;
            if (m_view.lower(t) == ",") {
                const ContentRange content = m_content.clause(t + 1);
                if (content.valid())
                    add(match, match.end, t, content);
                return;
            }
        }
        // "..., which, according to The New York Times is near a five-year high."
        const ContentRange content = m_content.clause(speakerEnd);
        if (content.valid() && m_phrases.hasVerbSignal(content.first, content.end))
            add(match, match.end, speakerEnd, content);
        return;
    }
    // CONTENT, according to X. / X reports CONTENT according to Y. After a comma the whole clause is the content,
    // an attribution inside it too ("X told aides that ..., according to a person familiar with ...": nested
    // attributions are annotated at both levels).
    int start = m_phrases.afterDateline(first, match.first);
    const bool wholeClause = m_view.lower(match.first - 1) == ",";
    for (int t = match.first - 1; t > first && !wholeClause; --t) {
        const CueMatch inner = m_cues.matchAt(m_view, t);
        if (inner && inner.cue->frame != CueFrame::According && m_content.quoteAt(t) < 0) {
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
    add(match, match.end, speakerEnd, m_content.classify(start, end));
}

int StatementFinder::appositiveAfterSource(int from, int last) const
{
    // A description that ends at a comma and holds no verb, with a clause after it: "chief economist at ING
    // in Frankfurt," / "a professor of law at Yale,". Never an adjunct ("on Monday,") or a subordinate clause.
    const std::string_view opener = m_view.lower(from);
    if (!m_view.isWord(from) || m_view.isCapitalized(from) || m_words.isAdjunctStart(opener)
        || m_words.isClauseOpener(opener) || m_words.isSubordinator(opener) || m_words.isPronoun(opener)
        || m_words.isTimeWord(opener))
        return -1;
    for (int t = from + 1; t < last && t - from <= 12; ++t) {
        if (m_content.isMark(t) || m_view.isFinalPunctuation(t))
            return -1;
        if (m_view.lower(t) != ",")
            continue;
        // not "one user on Weibo, which is ..., posted": a relative clause after the comma makes it a subject
        const ContentRange rest = m_content.clause(t + 1);
        if (m_words.isRelative(m_view.lower(t + 1))
            || m_phrases.hasVerbSignal(from, m_phrases.reducedRelativeStart(from, t)) || !rest.valid()
            || !m_phrases.hasVerbSignal(rest.first, rest.end))
            return -1;
        return t;
    }
    return -1;
}

int StatementFinder::statementEarlierInSentence(int sentenceFirst, int cueFirst) const
{
    for (int i = static_cast<int>(m_found.size()) - 1; i >= 0; --i) {
        const StatementCandidate& other = m_found[static_cast<std::size_t>(i)];
        if (other.cueFirst >= sentenceFirst && other.cueFirst < cueFirst)
            return i;
        if (other.cueFirst < sentenceFirst)
            break;
    }
    return -1;
}

} // namespace sayline::analysis
