// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentFinder.h"

#include <algorithm>

#include "analysis/text/TokenView.h"
#include "analysis/text/WordClasses.h"

namespace sayline::analysis {
namespace {

constexpr int kMaxObjectLength = 7;
constexpr int kMaxAdjunctLength = 10;
constexpr int kMinClauseWords = 2;

} // namespace

ContentFinder::ContentFinder(const TokenView& view, const CueMatcher& cues)
    : m_view(view)
    , m_cues(cues)
    , m_words(view.words())
    , m_phrases(view)
    , m_quotes(QuoteFinder::find(view))
    , m_quoteOf(QuoteFinder::tokenQuotes(view, m_quotes))
{
}

int ContentFinder::quoteAt(int token) const
{
    return m_view.valid(token) ? m_quoteOf[static_cast<std::size_t>(token)] : -1;
}

bool ContentFinder::isMark(int token) const
{
    if (m_view.isQuoteMark(token))
        return true;
    const int q = quoteAt(token);
    return q >= 0
        && (m_quotes[static_cast<std::size_t>(q)].openToken == token
            || m_quotes[static_cast<std::size_t>(q)].closeToken == token);
}

bool ContentFinder::isCloseMark(int token) const
{
    const int q = quoteAt(token);
    return q >= 0 && m_quotes[static_cast<std::size_t>(q)].closeToken == token;
}

bool ContentFinder::opensClause(const Quote& quote) const
{
    const int before = quote.openToken - 1;
    const int sentence = m_view.sentenceOf(quote.openToken);
    if (sentence >= 0 && m_view.sentenceFirst(sentence) == quote.openToken)
        return true;
    const std::string_view word = m_view.lower(before);
    return word == ":" || word == "," || word == "(" || m_view.isFinalPunctuation(before) || isCloseMark(before);
}

bool ContentFinder::endsClause(const CueMatch& match, int after) const
{
    // The attribution closes its clause: nothing, a comma, or an adjunct ("on Wednesday", "in a statement",
    // an object for "told") follows before the sentence ends.
    const int last = m_view.sentenceEnd(m_view.sentenceOf(match.first));
    if (after >= last || m_view.isFinalPunctuation(after) || m_view.lower(after) == "," || isMark(after))
        return true;
    const std::string_view word = m_view.lower(after);
    if (!m_words.isAdjunctStart(word) && !m_words.isTimeWord(word) && match.cue->frame != CueFrame::Object
        && word != "of") // "Jones said of the allegations."
        return false;
    for (int t = after; t < last && t - after < 10; ++t) {
        if (m_view.isFinalPunctuation(t) || m_view.lower(t) == ",")
            return true;
        if (m_view.lower(t) == "that" || m_words.isAuxiliary(m_view.lower(t)) || isMark(t))
            return false;
    }
    return last - after < 10;
}

ContentRange ContentFinder::rightContent(const CueMatch& match, int from) const
{
    const int sentence = m_view.sentenceOf(match.first);
    const int last = m_view.sentenceEnd(sentence);
    const CueFrame frame = match.cue->frame;
    int t = m_phrases.skipParentheticalRight(from, last);
    // "said Tuesday they were close", "said yesterday the plan had failed": a bare day before the clause's subject.
    const std::string_view day = m_view.lower(t);
    if (m_words.isBareDay(day) && t + 1 < last
        && (m_words.isPronoun(m_view.lower(t + 1)) || m_words.isDeterminer(m_view.lower(t + 1))))
        ++t;
    from = t;
    const auto opensContent = [this](int token) {
        const std::string_view word = m_view.lower(token);
        return word == "that" || word == ":" || (isMark(token) && !isCloseMark(token))
            || (word == "," && isMark(token + 1) && !isCloseMark(token + 1));
    };
    // "claimed, without evidence, that ...": an adjunct set off by commas before "that".
    if (m_view.lower(t) == "," && !isMark(t + 1)) {
        for (int u = t + 1; u < last && u - t <= kMaxAdjunctLength + 1; ++u) {
            const std::string_view word = m_view.lower(u);
            if (m_view.isFinalPunctuation(u) || isMark(u) || m_words.isAuxiliary(word) || m_cues.isCue(m_view, u))
                break;
            if (word == ",") {
                if (m_view.lower(u + 1) == "that")
                    t = u + 1;
                break;
            }
        }
    }
    // An object or an adjunct may stand before "that" or the quote: "told reporters on Monday that". (Not for a
    // joint frame: in "described Mr X as \"...\"" the quote is the predicate.)
    if (!opensContent(t) && frame != CueFrame::Joint) {
        const bool objectFrame = frame == CueFrame::Object;
        const int limit = std::min(last, t + (objectFrame ? kMaxObjectLength + kMaxAdjunctLength : kMaxAdjunctLength));
        const bool adjunct = m_words.isAdjunctStart(m_view.lower(t)) || m_view.isCapitalized(t)
            || m_words.isAdverb(m_view.lower(t)) // "said privately that"
            || (m_view.lower(t) == "for" && m_words.isTimeNoun(m_view.lower(t + 1))); // "insisted for days that"
        for (int u = t; u < limit; ++u) {
            const std::string_view word = m_view.lower(u);
            // a verb: the "that" belongs to another clause; but "in a statement released by the campaign that"
            // nor "in a televised statement that": an -ed adjective after a determiner
            const bool participle = u > t && word.size() > 4 && word.ends_with("ed") && !m_view.isCapitalized(u)
                && !(m_view.lower(u + 1) == "by" || m_view.lower(u + 1) == "on")
                && !m_words.isDeterminer(m_view.lower(u - 1));
            // "said in a statement read outside court that": a document's cue inside the adjunct
            const CueMatch inner = m_cues.matchAt(m_view, u);
            const bool documentCue
                = inner && inner.cue->frame == CueFrame::Document && u > t && m_words.isAdjunctStart(m_view.lower(t));
            if (m_view.isFinalPunctuation(u) || m_words.isAuxiliary(word) || (inner && !documentCue) || participle)
                break;
            // "warned against \"a spiral of protectionism\"": a quoted object of a preposition is no content.
            if (u == t + 1 && isMark(u) && m_words.isNonClauseStart(m_view.lower(t))
                && !m_words.isAdjunctStart(m_view.lower(t)))
                return {};
            if (opensContent(u)) {
                const bool thatNoun = m_view.lower(u) == "that" && m_words.isThatNoun(m_view.lower(u - 1));
                if (objectFrame || adjunct || thatNoun)
                    t = u;
                break;
            }
            if (m_view.lower(u) == "," || isMark(u))
                break;
        }
    }
    const std::string_view word = m_view.lower(t);
    if (word == "that") {
        int next = t + 1;
        if (m_view.lower(next) == "," && isMark(next + 1)) // said that, "The delays ..."
            ++next;
        return isMark(next) && !isCloseMark(next) ? quoteContent(next) : clause(t + 1);
    }
    if (word == ":" || word == ",") {
        if (isMark(t + 1))
            return quoteContent(t + 1);
        return word == ":" ? clause(t + 1) : ContentRange {};
    }
    if (isMark(t) && !isCloseMark(t))
        return quoteContent(t);
    if (t != from)
        return {};
    if (frame == CueFrame::Joint) {
        const std::string_view joint = match.cue->joint;
        // "who asked not to be named", "asked to speak": no object before the joint, nothing said of anyone
        if (m_view.lower(t) == joint || m_words.isNegation(m_view.lower(t)))
            return {};
        for (int u = t + 1; u < last && u - t < 12; ++u) {
            if (m_view.lower(u) == joint)
                return clause(t);
            if (m_view.isPunctuation(u) && m_view.lower(u) != "'" && m_view.lower(u) != "-")
                break;
        }
        return {};
    }
    if (frame == CueFrame::Naming) {
        // "called it an attempt to silence critics", "called the ruling \"a disgrace\"": an object, then a
        // predicate noun phrase that opens with "a"/"an" or a quotation.
        // "what he called a \"New GM\"" names no object: nothing was said about anything.
        const std::string_view opener = m_view.lower(t);
        if (opener == "a" || opener == "an" || isMark(t))
            return {};
        const int object = m_phrases.phraseEndingAfter(t, last);
        if (object <= t || object >= last)
            return {};
        const std::string_view next = m_view.lower(object);
        if (next == "a" || next == "an" || (isMark(object) && !isCloseMark(object)))
            return clause(t);
        return {};
    }
    if (frame == CueFrame::According || !(m_view.isWord(t) || m_view.isNumber(t)))
        return {};
    const std::string_view start = m_view.lower(t);
    if (start == "to" && m_view.isWord(t + 1) && !m_view.isCapitalized(t + 1)
        && !m_words.isDeterminer(m_view.lower(t + 1)) && match.cue->infinitive)
        return clause(t); // "claims to possess the trademark"
    if (!m_view.isCapitalized(t) && m_words.isNonClauseStart(start))
        return {};
    // "told lawmakers no evidence supports ...": the addressee first, then the clause.
    if (frame == CueFrame::Object) {
        const int object = m_phrases.phraseEndingAfter(t, last);
        const std::string_view next = m_view.lower(object);
        const bool clauseStarts = object > t && object < last
            && (m_words.isDeterminer(next) || m_words.isPronoun(next) || m_view.isCapitalized(object) || next == "no"
                || m_view.isNumber(object));
        if (object > t && !clauseStarts && !m_words.isAuxiliary(next))
            return {}; // "told Hawk Sawyer, repeatedly calling for ...": no content
        if (clauseStarts) {
            const ContentRange rest = clause(object);
            if (rest.valid() && m_phrases.hasVerbSignal(rest.first, rest.end))
                return rest;
            return {};
        }
    }
    // A bare clause: "said the contract had been awarded". A noun phrase alone is no statement.
    const ContentRange content = clause(t);
    if (!content.valid())
        return {};
    const bool pronounSubject = m_words.isPronoun(start) || start == "there";
    // Say-type cues take a bare clause when it opens like a subject ("said the market needs support"), not
    // "said goodbye to his family" or "said nothing about costs".
    const bool subjectLike
        = (m_words.isDeterminer(start) || m_view.isCapitalized(t) || m_view.isNumber(t)) && start != "no";
    int words = 0;
    for (int u = content.first; u < content.end; ++u)
        words += m_view.isWord(u) || m_view.isNumber(u);
    // The verb belongs to the first clause: "recalled millions of vehicles over faults, and its president
    // apologised" is an object and another clause.
    int firstClauseEnd = content.end;
    for (int u = content.first + 1; u + 1 < content.end; ++u) {
        if (m_view.lower(u) == "," && quoteAt(u) < 0
            && (m_view.lower(u + 1) == "and" || m_view.lower(u + 1) == "but")) {
            firstClauseEnd = u;
            break;
        }
    }
    if (pronounSubject || m_phrases.hasVerbSignal(content.first, firstClauseEnd)
        || (match.cue->bareClause && words >= 3 && !m_words.isTimeWord(start) && subjectLike))
        return content;
    return {};
}

ContentRange ContentFinder::quoteContent(int openToken) const
{
    const int q = quoteAt(openToken);
    if (q < 0)
        return {};
    const Quote& quote = m_quotes[static_cast<std::size_t>(q)];
    if (quote.closeToken < 0)
        return ContentRange { quote.firstToken, quote.endToken, model::StatementKind::Direct, q };
    // Direct when nothing but punctuation or a new attribution follows the closing mark in its sentence.
    const int sentence = m_view.sentenceOf(quote.closeToken);
    const int last = m_view.sentenceEnd(sentence);
    int after = quote.closeToken + 1;
    while (after < last && m_view.isPunctuation(after) && m_view.lower(after) != ",")
        ++after;
    // A quote that ends on its own punctuation ("...is history," and ...) is a complete utterance.
    const std::string_view inner = m_view.lower(quote.closeToken - 1);
    bool direct = after >= last || m_view.sentenceOf(after) != sentence || inner == "," || inner == "." || inner == "!"
        || inner == "?";
    if (!direct && m_view.lower(after) == ",") {
        const int next = after + 1;
        direct = m_cues.isCue(m_view, next) || isMark(next)
            || (m_view.isWord(next) && (m_cues.isCue(m_view, next + 1) || m_cues.isCue(m_view, next + 2)));
    }
    if (direct)
        return ContentRange { quote.firstToken, quote.endToken, model::StatementKind::Direct, q };
    return clause(openToken);
}

bool ContentFinder::contrastWithOwnSource(int comma, int last) const
{
    // ", while union leaders maintained that ...", ", while aides to Sen. Kyrsten Sinema declined to comment",
    // ", even as hardline conservatives threatened to oust him": a contrasting clause with a source of its own.
    const std::string_view word = m_view.lower(comma + 1);
    const bool evenAs = word == "even" && m_view.lower(comma + 2) == "as";
    if (!(word == "while" || word == "whereas" || word == "as" || evenAs))
        return false;
    for (int u = comma + (evenAs ? 3 : 2); u < last && u - comma <= 10; ++u) {
        const bool abbreviation = m_view.lower(u) == "." && m_words.continuesAfterPeriod(m_view.lower(u - 1));
        if (m_view.isPunctuation(u) && !abbreviation)
            break;
        const CueMatch later = m_cues.matchAt(m_view, u);
        if (later && !later.cue->participle)
            return true;
        if (m_words.isRefusal(m_view.lower(u)) && m_view.lower(u + 1) == "to"
            && (m_cues.isCue(m_view, u + 2) || m_view.lower(u + 2) == "comment"))
            return true;
    }
    return false;
}

int ContentFinder::clauseEnd(int first) const
{
    const int sentence = m_view.sentenceOf(first);
    int last = m_view.sentenceEnd(sentence);
    for (int t = first + 1; t < last; ++t) {
        if (quoteAt(t) >= 0 && !isCloseMark(t))
            continue;
        if (m_view.lower(t) == ";" && quoteAt(first) < 0)
            return t;
        // "called the bill "a victory" and said Democrats had ...", "said the talks went well but insisted that
        // ...": a second cue of the same subject.
        if ((m_view.lower(t) == "and" || m_view.lower(t) == "but") && t + 2 < last && quoteAt(t) < 0) {
            const CueMatch next = m_cues.matchAt(m_view, t + 1);
            if (next && !next.cue->participle && next.end < last
                && (m_view.lower(next.end) == "that" || m_view.lower(next.end) == ":" || isMark(next.end)
                    || next.cue->frame == CueFrame::Naming || next.cue->frame == CueFrame::Joint
                    || m_phrases.hasVerbSignal(next.end, std::min(last, next.end + 8))))
                return t;
        }
        // "... thing to do," even as conservatives threatened ...: the comma inside the closing quote.
        if (isCloseMark(t) && m_view.lower(t - 1) == "," && t + 1 < last && contrastWithOwnSource(t, last))
            return t + 1;
        // A gloss or a second attribution ends the clause: ", adding that", ", according to", ", he said".
        if (m_view.lower(t) == "," && t + 1 < last) {
            const CueMatch next = m_cues.matchAt(m_view, t + 1);
            if (next && (next.cue->participle || next.cue->frame == CueFrame::According))
                return t;
            // Glosses the reporter appended: ", which is made by ..." (to the sentence end), ", but did not
            // say ...", ", with UBS analyst David Strauss saying ...".
            const std::string_view word = m_view.lower(t + 1);
            if (word == "which" && m_words.isAuxiliary(m_view.lower(t + 2))) {
                bool more = false;
                for (int u = t + 2; u < last && !more; ++u)
                    more = m_view.lower(u) == "," && quoteAt(u) < 0;
                if (!more)
                    return t;
            }
            if (word == "but" || word == "and") {
                // ", and Sen. Dean Heller of Nevada insisted that ...": a coordinated clause with a source and a
                // cue of its own.
                const int sourceEnd = m_phrases.phraseEndingAfter(t + 2, last);
                const std::string_view opener = m_view.lower(t + 2);
                bool sourceLike = !m_words.isRelative(opener)
                    && (m_view.isCapitalized(t + 2) || m_words.isDeterminer(opener) || m_words.isPronoun(opener));
                // ", but conservative Republicans in the House warned that ...": a modifier before a name.
                for (int u = t + 3; !sourceLike && u < sourceEnd && u - t <= 4 && m_view.isWord(u - 1); ++u)
                    sourceLike = m_view.isCapitalized(u) && !m_words.isRelative(opener);
                // ", but warned that ...": the same subject, a second cue.
                const CueMatch own = m_cues.matchAt(m_view, t + 2);
                if (own && !own.cue->participle && own.end < last
                    && (m_view.lower(own.end) == "that" || m_view.lower(own.end) == ":" || isMark(own.end)))
                    return t;
                // not "and that operating both ... would result"
                if (sourceLike && sourceEnd > t + 2 && sourceEnd - t <= 10) {
                    // "Republicans in the House warned": a prepositional phrase closes the source.
                    int cueAt = sourceEnd;
                    const std::string_view preposition = m_view.lower(sourceEnd);
                    if ((preposition == "in" || preposition == "on" || preposition == "from")
                        && !m_cues.isCue(m_view, sourceEnd)) {
                        const int inner = m_phrases.phraseEndingAfter(sourceEnd + 1, last);
                        if (inner > sourceEnd + 1 && inner - t <= 12)
                            cueAt = inner;
                    }
                    const CueMatch cue = m_cues.matchAt(m_view, cueAt);
                    if (cue && !cue.cue->participle && cue.end < last
                        && (m_view.lower(cue.end) == "that" || m_view.lower(cue.end) == ","))
                        return t;
                }
                for (int u = t + 2; u < last && u - t <= 4; ++u) {
                    if (m_words.isNegation(m_view.lower(u))
                        && (m_cues.isCue(m_view, u + 1) || m_view.lower(u + 1) == "comment"))
                        return t;
                    // ", but a spokeswoman declined to say ..."
                    if (m_words.isRefusal(m_view.lower(u)) && m_view.lower(u + 1) == "to"
                        && (m_cues.isCue(m_view, u + 2) || m_view.lower(u + 2) == "comment"))
                        return t;
                }
            }
            // ", a claim the governor rejects", ", a figure the company disputes": the reporter's gloss on the content.
            if ((word == "a" || word == "an") && m_words.isThatNoun(m_view.lower(t + 2)))
                return t;
            if ((word == "a" || word == "an") && t + 3 < last && m_view.isWord(t + 2) && !m_view.isCapitalized(t + 2)
                && (m_words.isDeterminer(m_view.lower(t + 3)) || m_view.isCapitalized(t + 3))) {
                for (int u = t + 4; u < last && u - t <= 7; ++u) {
                    if (m_view.isPunctuation(u))
                        break;
                    if (m_cues.isCue(m_view, u))
                        return t;
                }
            }
            if (contrastWithOwnSource(t, last))
                return t;
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

ContentRange ContentFinder::clause(int first) const
{
    if (!m_view.valid(first) || m_view.sentenceOf(first) < 0)
        return {};
    int end = clauseEnd(first);
    return classify(first, end);
}

ContentRange ContentFinder::classify(int first, int end) const
{
    // Trim closing punctuation (but keep a closing quotation mark) and a dangling comma.
    auto trailing = [this](int token) {
        const std::string_view text = m_view.lower(token);
        return text == "." || text == "," || text == ";" || text == ":" || text == "!" || text == "?" || text == "-"
            || text == "\u2014" || text == "\u2013" || (isMark(token) && !isCloseMark(token));
    };
    while (end > first && trailing(end - 1))
        --end;
    if (end <= first)
        return {};
    ContentRange range { first, end, model::StatementKind::Indirect, -1 };
    const int q = quoteAt(first);
    if (q >= 0 && m_quotes[static_cast<std::size_t>(q)].openToken == first
        && m_quotes[static_cast<std::size_t>(q)].closeToken == end - 1) {
        range.kind = model::StatementKind::Direct;
        range.quote = q;
        return range;
    }
    for (int t = first; t < end; ++t) {
        if (isMark(t)) {
            range.kind = model::StatementKind::Mixed;
            break;
        }
    }
    return range;
}

ContentRange ContentFinder::leftContent(int boundary) const
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
            return ContentRange { quote.firstToken, quote.endToken, model::StatementKind::Direct, q };
        return classify(first, mark + 1);
    }
    // A dateline is no content: "DUBAI, United Arab Emirates — Emirates finalized a deal ...".
    int start = std::min(m_phrases.afterDateline(first, boundary), boundary);
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

} // namespace sayline::analysis
