// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChineseStatementFinder.h"

#include <algorithm>

#include "analysis/entities/EntityList.h"
#include "analysis/entities/zh/ChineseGazetteer.h"
#include "analysis/text/zh/ChineseText.h"

namespace sayline::analysis::zh {
namespace {

constexpr int shortestClause = 5; ///< Han characters of content without punctuation after the cue (表示怀疑 is none)

int hanCount(const ChineseText& text, int start, int end)
{
    int count = 0;
    for (int i = start; i < end; ++i)
        count += isHan(text.at(i)) ? 1 : 0;
    return count;
}

bool isDash(const ChineseText& text, int i)
{
    return (text.at(i) == u'-' && text.at(i + 1) == u'-') || (text.at(i) == u'\u2014' && text.at(i + 1) == u'\u2014');
}

const ChineseCueWord& accordingCue()
{
    static const ChineseCueWord cue { u"\u636E", model::ClaimType::Assertion, CueFrame::Clause, false, false, false };
    return cue;
}

const ChineseCueWord& colonCue()
{
    static const ChineseCueWord cue { u"\uFF1A", model::ClaimType::Assertion, CueFrame::Clause, false, false, false };
    return cue;
}

} // namespace

ChineseStatementFinder::ChineseStatementFinder(const ChineseText& text, const EntityList& entities,
                                               const ChineseCueFinder& cues, const ChineseSourcePhrase& sources,
                                               const ChineseGazetteer& gazetteer)
    : m_text(text)
    , m_entities(entities)
    , m_spans(entities)
    , m_cues(cues)
    , m_sources(sources)
    , m_gazetteer(gazetteer)
{
}

int ChineseStatementFinder::clauseStart(int sentenceStart, int end) const
{
    for (int i = end - 1; i >= sentenceStart; --i) {
        if (m_text.quoteAt(i) >= 0 && !isClosingQuote(m_text.at(i)))
            continue;
        const char16_t c = m_text.at(i);
        if (isClauseMark(c) || isSentenceEnd(c) || isClosingQuote(c) || isDash(m_text, i - 1))
            return i + 1;
    }
    return sentenceStart;
}

bool ChineseStatementFinder::isCueAt(const std::vector<ChineseCue>& cues, int i) const
{
    return std::any_of(cues.begin(), cues.end(), [i](const ChineseCue& cue) { return cue.start == i; });
}

int ChineseStatementFinder::contentEnd(int start, int sentenceEnd, const std::vector<ChineseCue>& cues) const
{
    const std::u16string_view text = m_text.text();
    for (int i = start; i < sentenceEnd; ++i) {
        if (const int quote = m_text.quoteOpeningAt(i); quote >= 0) {
            i = m_text.quotes()[static_cast<std::size_t>(quote)].close;
            continue;
        }
        const char16_t c = m_text.at(i);
        if (c == u'\uFF1B' || c == u';' || isDash(m_text, i) || isSentenceEnd(c))
            return i;
        if (c == u'\uFF0C' || c == u',') {
            int next = i + 1;
            // a short subject of its own (…，他还说，… / …，卢比奥则表示…)
            if (const int pronoun = m_gazetteer.wordAt(text, next, "pronoun"); pronoun > 0)
                next += pronoun;
            else if (const int mention = mentionEndAt(m_spans, next); mention > next && mention - next <= 8)
                next = mention;
            next += m_gazetteer.wordAt(text, next, "coordinator");
            next += m_gazetteer.wordAt(text, next, "adverb");
            if (isCueAt(cues, next) || m_gazetteer.wordAt(text, i + 1, "gloss") > 0)
                return i;
            // …，美国财政部会后发表声明称，…: the next clause is a source and a cue that reports a clause of its own
            int clauseEnd = i + 1;
            while (clauseEnd < sentenceEnd && !isClauseMark(m_text.at(clauseEnd))
                   && !isSentenceEnd(m_text.at(clauseEnd)) && m_text.quoteOpeningAt(clauseEnd) < 0)
                ++clauseEnd;
            if (isClauseMark(m_text.at(clauseEnd)))
                for (const ChineseCue& cue : cues)
                    if (cue.end == clauseEnd && cue.start > i + 1
                        && m_sources.read(m_text, m_spans, i + 1, cue.start).valid())
                        return i;
        }
    }
    return sentenceEnd;
}

void ChineseStatementFinder::setContent(ChineseStatementCandidate& candidate, int start, int end) const
{
    while (end > start
           && (isSentenceEnd(m_text.at(end - 1)) || isClauseMark(m_text.at(end - 1)) || m_text.at(end - 1) == u' ')
           && m_text.quoteAt(end - 1) < 0)
        --end;
    while (start < end && m_text.at(start) == u' ')
        ++start;
    const int quote = m_text.quoteOpeningAt(start);
    if (quote >= 0 && m_text.quotes()[static_cast<std::size_t>(quote)].close == end - 1) {
        int inner = end - 1;
        while (inner > start + 1 && isClauseMark(m_text.at(inner - 1)))
            --inner; // “…，”X说: the quoted words without the comma
        candidate.start = start + 1;
        candidate.end = inner;
        candidate.kind = model::StatementKind::Direct;
        return;
    }
    candidate.start = start;
    candidate.end = end;
    bool quoted = false;
    for (int i = start; i < end && !quoted; ++i)
        quoted = m_text.quoteOpeningAt(i) >= 0;
    candidate.kind = quoted ? model::StatementKind::Mixed : model::StatementKind::Indirect;
}

void ChineseStatementFinder::according(int sentenceStart, int sentenceEnd, const std::vector<ChineseCue>& cues,
                                       std::vector<ChineseStatementCandidate>& out) const
{
    for (int p = sentenceStart; p < sentenceEnd; ++p) {
        if (p > sentenceStart && !isClauseMark(m_text.at(p - 1)))
            continue;
        const bool full = m_text.startsWith(p, u"\u6839\u636E"); // 根据
        if (!full && !(m_text.at(p) == u'\u636E' && m_text.at(p + 1) != u'\u6089')) // 据, not 据悉
            continue;
        const int sourceStart = p + (full ? 2 : 1);
        int comma = sourceStart;
        while (comma < sentenceEnd && !isClauseMark(m_text.at(comma)) && !isSentenceEnd(m_text.at(comma)))
            ++comma;
        if (comma >= sentenceEnd || comma - sourceStart > 40 || !isClauseMark(m_text.at(comma)))
            continue;
        // 据 X 报道，…: the source ends at its verb; 根据 X，…: X must be a document or a source
        int sourceEnd = comma;
        const ChineseCue* verb = nullptr;
        for (const ChineseCue& cue : cues)
            if (cue.start > sourceStart && cue.end == comma)
                verb = &cue;
        const bool sourceless = std::any_of(cues.begin(), cues.end(), [sourceStart, comma](const ChineseCue& cue) {
            return cue.start == sourceStart && cue.end == comma;
        });
        if (sourceless)
            continue; // 据报道，…: reportedly, with no source
        if (verb)
            sourceEnd = verb->start;
        else if (!m_sources.endsWithSource(m_text, sourceEnd) && m_spans.entityAt(sourceEnd - 1, sourceEnd) < 0)
            continue;
        ChineseStatementCandidate candidate;
        setContent(candidate, comma + 1, contentEnd(comma + 1, sentenceEnd, cues));
        if (candidate.end <= candidate.start)
            continue;
        candidate.cueStart = p;
        candidate.cueEnd = verb ? verb->end : sourceStart;
        candidate.cue = verb ? verb->word : &accordingCue();
        candidate.source = { sourceStart, sourceEnd };
        candidate.pattern = "according";
        out.push_back(candidate);
    }
}

void ChineseStatementFinder::transcriptAnswer(std::size_t first, std::vector<ChineseStatementCandidate>& out) const
{
    // 郑明远：我们注意到…  — a person's name and a colon open the paragraph: the rest of it is theirs
    const std::vector<ChineseSentence>& sentences = m_text.sentences();
    const ChineseSentence& sentence = sentences[first];
    const int name = mentionEndAt(m_spans, sentence.start);
    const int entity = m_spans.entityAt(sentence.start, name);
    if (name < 0 || entity < 0 || m_entities.records[static_cast<std::size_t>(entity)].type != model::EntityType::Person
        || (m_text.at(name) != u'\uFF1A' && m_text.at(name) != u':'))
        return;
    std::size_t last = first;
    while (last + 1 < sentences.size() && sentences[last + 1].paragraph == sentence.paragraph)
        ++last;
    ChineseStatementCandidate candidate;
    setContent(candidate, name + 1, sentences[last].end);
    if (candidate.end <= candidate.start)
        return;
    candidate.kind = model::StatementKind::Direct;
    candidate.cueStart = name;
    candidate.cueEnd = name + 1;
    candidate.cue = &colonCue();
    candidate.source = { sentence.start, name };
    candidate.pattern = "transcript";
    out.push_back(candidate);
}

std::vector<ChineseStatementCandidate> ChineseStatementFinder::find() const
{
    const std::vector<ChineseCue> cues = m_cues.find(m_text);
    std::vector<ChineseStatementCandidate> out;
    const std::vector<ChineseSentence>& sentences = m_text.sentences();
    for (std::size_t n = 0; n < sentences.size(); ++n) {
        const ChineseSentence& sentence = sentences[n];
        if (n == 0 || sentences[n - 1].paragraph != sentence.paragraph)
            transcriptAnswer(n, out);
        const std::size_t firstOfSentence = out.size();
        std::vector<ChineseCue> inSentence;
        for (const ChineseCue& cue : cues)
            if (cue.start >= sentence.start && cue.end <= sentence.end)
                inSentence.push_back(cue);

        for (const ChineseCue& cue : inSentence) {
            const int clause = clauseStart(sentence.start, cue.start);
            ChineseStatementCandidate candidate;
            candidate.cueStart = cue.start;
            candidate.cueEnd = cue.end;
            candidate.cue = cue.word;
            candidate.source = m_sources.read(m_text, m_spans, clause, cue.start);

            // “…，”X 说。 — a quotation right before the clause of the cue, opening a clause itself.
            int closing = clause - 1;
            if (isClauseMark(m_text.at(closing)) && isClosingQuote(m_text.at(closing - 1)))
                --closing;
            const int before = isClosingQuote(m_text.at(closing)) ? m_text.quoteClosingAt(closing) : -1;
            const char16_t afterCue = m_text.at(cue.end);
            if (before >= 0 && candidate.source.valid()
                && (isSentenceEnd(afterCue) || isClauseMark(afterCue) || cue.end >= sentence.end)) {
                const Quote& quote = m_text.quotes()[static_cast<std::size_t>(before)];
                const int opener = quote.open - 1;
                // “…。”他还指出，CLAUSE: a finished quotation, and the cue reports the clause after it
                const bool clauseAfter = isSentenceEnd(m_text.at(quote.close - 1)) && isClauseMark(afterCue)
                    && cue.end + 1 < sentence.end && m_text.quoteOpeningAt(cue.end + 1) < 0;
                if (!clauseAfter
                    && (quote.open == sentence.start || isClauseMark(m_text.at(opener))
                        || isSentenceEnd(m_text.at(opener)))) {
                    setContent(candidate, quote.open, quote.close + 1);
                    candidate.pattern = "quote-cue";
                    out.push_back(candidate);
                    // …X 说，“…”: the quotation goes on after the cue
                    const int next = isClauseMark(afterCue) ? cue.end + 1 : -1;
                    if (next > 0 && m_text.quoteOpeningAt(next) >= 0) {
                        const Quote& rest = m_text.quotes()[static_cast<std::size_t>(m_text.quoteOpeningAt(next))];
                        ChineseStatementCandidate second = candidate;
                        setContent(second, rest.open, rest.close + 1);
                        second.sameSourceAs = static_cast<int>(out.size()) - 1;
                        out.push_back(second);
                    }
                    continue;
                }
            }

            if (!candidate.source.valid()) {
                // no subject of its own (…，并重申…): the speaker of the sentence's earlier statement, or its subject
                if (out.size() > firstOfSentence)
                    candidate.sameSourceAs = static_cast<int>(out.size()) - 1;
                else
                    candidate.source = m_sources.read(m_text, m_spans, sentence.start, cue.start);
                if (candidate.sameSourceAs < 0 && !candidate.source.valid())
                    continue;
            }
            if (candidate.source.valid()) {
                const std::string kind = m_sources.sourceKindEndingAt(m_text, candidate.source.end);
                if (kind == "agreement")
                    continue; // 备忘录说: wording of an agreement
                if (cue.word->frame == CueFrame::Document && kind != "document" && kind != "media")
                    continue;
            }

            int start = cue.end;
            if (cue.word->frame == CueFrame::Object) {
                // 告诉 Y，CONTENT
                int comma = start;
                while (comma < sentence.end && comma - start < 20 && !isClauseMark(m_text.at(comma))
                       && !isSentenceEnd(m_text.at(comma)))
                    ++comma;
                if (comma >= sentence.end || !isClauseMark(m_text.at(comma)))
                    continue;
                start = comma;
            } else if (cue.word->frame == CueFrame::Call) {
                // 将 A 称为 B: the content runs from A to the end of B
                int object = -1;
                for (int k = cue.start - 1; k >= clause; --k)
                    if (m_text.at(k) == u'\u5C06' || m_text.at(k) == u'\u628A') { // 将 把
                        object = k;
                        break;
                    }
                if (object < 0)
                    continue;
                if (candidate.source.valid() && candidate.source.end > object)
                    candidate.source = m_sources.read(m_text, m_spans, clause, object);
                setContent(candidate, object + 1, contentEnd(cue.end, sentence.end, inSentence));
                candidate.pattern = "call";
                out.push_back(candidate);
                continue;
            }
            const bool marked = isClauseMark(m_text.at(start)) || m_text.at(start) == u'\uFF1A';
            const int contentStart = marked ? start + 1 : start;
            if (const int quote = m_text.quoteOpeningAt(contentStart); quote >= 0 && marked) {
                // X 说：“…” — the quotation, and only it, when the sentence ends with it
                const Quote& q = m_text.quotes()[static_cast<std::size_t>(quote)];
                int after = q.close + 1;
                while (after < sentence.end && (isSentenceEnd(m_text.at(after)) || m_text.at(after) == u' '))
                    ++after;
                if (after >= sentence.end) {
                    setContent(candidate, q.open, q.close + 1);
                    candidate.pattern = m_text.at(start) == u'\uFF1A' ? "cue-colon-quote" : "cue-quote";
                    out.push_back(candidate);
                    continue;
                }
            }
            const int end = contentEnd(contentStart, sentence.end, inSentence);
            if (!marked && hanCount(m_text, contentStart, end) < shortestClause)
                continue; // 表示怀疑, 宣布了一项协议: no reported clause
            if (!marked && m_text.at(contentStart) == u'\u4E86') // 了
                continue;
            setContent(candidate, contentStart, end);
            if (candidate.end <= candidate.start)
                continue;
            candidate.pattern = "cue-clause";
            out.push_back(candidate);
        }
        according(sentence.start, sentence.end, inSentence, out);

        // “…” alone after a statement: the same speaker goes on.
        const int quote = m_text.quoteOpeningAt(sentence.start);
        if (out.size() == firstOfSentence && quote >= 0 && !out.empty()) {
            const Quote& q = m_text.quotes()[static_cast<std::size_t>(quote)];
            int after = q.close + 1;
            while (after < sentence.end && (isSentenceEnd(m_text.at(after)) || m_text.at(after) == u' '))
                ++after;
            const ChineseStatementCandidate& last = out.back();
            const int lastSentence = m_text.sentenceAt(last.start);
            const int thisSentence = m_text.sentenceAt(sentence.start);
            const bool near = lastSentence >= 0
                && m_text.sentences()[static_cast<std::size_t>(lastSentence)].paragraph + 1 >= sentence.paragraph
                && thisSentence - lastSentence <= 2;
            if (after >= sentence.end && near) {
                ChineseStatementCandidate candidate;
                setContent(candidate, q.open, q.close + 1);
                candidate.continues = static_cast<int>(out.size()) - 1;
                candidate.pattern = "continuation";
                out.push_back(candidate);
            }
        }
    }
    return out;
}

} // namespace sayline::analysis::zh
