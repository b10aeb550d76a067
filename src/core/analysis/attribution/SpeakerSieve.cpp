// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpeakerSieve.h"

#include "StatementCandidate.h"
#include "StatementRecord.h"
#include "analysis/entities/MentionSpans.h"
#include "analysis/text/Document.h"
#include "analysis/text/TokenView.h"

namespace sayline::analysis {
namespace {

constexpr const char* kArrow = " \u2192 ";

std::string quoted(const std::string& text)
{
    return "\u201c" + text + "\u201d";
}

int sentenceAtOffset(const TokenView& view, int offset)
{
    return view.sentenceOf(view.document().tokenAtOrAfter(offset));
}

/// "same sentence", "previous sentence", "3 sentences earlier", "next sentence", "2 sentences later".
std::string distance(int from, int to)
{
    const int gap = from - to;
    if (gap == 0)
        return "same sentence";
    if (gap == 1)
        return "previous sentence";
    if (gap == -1)
        return "next sentence";
    return gap > 0 ? std::to_string(gap) + " sentences earlier" : std::to_string(-gap) + " sentences later";
}

/// Where the speaker entity is named nearest before the source phrase (else nearest after it), as a distance
/// in sentences; "" when it has no name mention outside the phrase.
std::string whereNamed(const TokenView& view, const MentionSpans& spans, const StatementRecord& record)
{
    // A mention ending before the phrase or starting after it never overlaps it.
    const auto [before, after] = spans.namedAround(record.speaker, record.speakerStart, record.speakerEnd);
    const int at = before >= 0 ? before : after;
    if (at < 0 || record.speakerStart < 0)
        return {};
    return distance(sentenceAtOffset(view, record.speakerStart), sentenceAtOffset(view, at));
}

std::string speakerName(const EntityList& entities, const StatementRecord& record)
{
    if (record.speaker >= 0 && record.speaker < static_cast<int>(entities.records.size()))
        return entities.records[static_cast<std::size_t>(record.speaker)].name;
    return "unnamed";
}

} // namespace

const char* toString(SpeakerSieve sieve)
{
    switch (sieve) {
    case SpeakerSieve::ContinuedQuote:
        return "continued-quote";
    case SpeakerSieve::Colon:
        return "colon";
    case SpeakerSieve::AccordingTo:
        return "according-to";
    case SpeakerSieve::Pronoun:
        return "pronoun";
    case SpeakerSieve::SpeakerInSentence:
        return "speaker-in-sentence";
    case SpeakerSieve::Nominal:
        return "nominal";
    case SpeakerSieve::Institution:
        return "institution";
    case SpeakerSieve::NewsLead:
        return "news-lead";
    case SpeakerSieve::UnnamedSource:
        return "unnamed-source";
    }
    return "unnamed-source";
}

std::string explainSpeaker(const TokenView& view, const MentionSpans& spans, const StatementRecord& record,
                           SpeakerSieve sieve, const StatementRecord* continued)
{
    const EntityList& entities = spans.entities();
    const std::string speaker = speakerName(entities, record);
    const std::string phrase = quoted(record.speakerText);
    auto placed = [&](std::string line) {
        if (record.speaker < 0)
            return line;
        const std::string where = whereNamed(view, spans, record);
        return where.empty() ? line : line + ", " + where;
    };
    switch (sieve) {
    case SpeakerSieve::ContinuedQuote: {
        std::string line = "continued quote" + std::string(kArrow) + speaker;
        if (continued) {
            const int paragraph = view.paragraphOfSentence(sentenceAtOffset(view, record.start));
            const int earlier = view.paragraphOfSentence(sentenceAtOffset(view, continued->start));
            line += paragraph == earlier ? ", as the quote before it"
                : paragraph - earlier == 1
                ? ", as the quote in the previous paragraph"
                : ", as the quote " + std::to_string(paragraph - earlier) + " paragraphs earlier";
        }
        return line;
    }
    case SpeakerSieve::Colon:
        return "source before a colon " + phrase + kArrow + speaker;
    case SpeakerSieve::AccordingTo:
        return "according to " + phrase + kArrow + speaker;
    case SpeakerSieve::Pronoun:
        return placed("pronoun " + phrase + kArrow + speaker);
    case SpeakerSieve::SpeakerInSentence:
        return record.speakerText == speaker ? "named in the sentence: " + phrase
                                             : "named in the sentence: " + phrase + kArrow + speaker;
    case SpeakerSieve::Nominal:
        return placed("description " + phrase + kArrow + speaker);
    case SpeakerSieve::Institution:
        return "institutional source " + phrase + kArrow + speaker;
    case SpeakerSieve::NewsLead:
        return placed("news lead " + phrase + kArrow + speaker);
    case SpeakerSieve::UnnamedSource:
        return "unnamed source " + phrase;
    }
    return {};
}

bool opensAfterColon(const TokenView& view, const StatementCandidate& candidate)
{
    if (candidate.speakerFirst < 0)
        return false;
    int t = view.document().tokenAtOrAfter(candidate.start) - 1;
    while (t > candidate.speakerFirst && view.isQuoteMark(t))
        --t;
    return t >= candidate.speakerEnd && view.is(t, ":");
}

} // namespace sayline::analysis
