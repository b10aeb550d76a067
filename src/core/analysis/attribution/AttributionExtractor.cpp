// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttributionExtractor.h"

#include "CueMatcher.h"
#include "SpeakerResolver.h"
#include "StatementFinder.h"
#include "analysis/lexicon/Lexicons.h"
#include "analysis/text/Document.h"
#include "analysis/text/TokenView.h"

namespace sayline::analysis {
namespace {

/// The sieves in the order they are tried: a continued quote keeps its speaker; a pronoun's antecedent; then a
/// name the sentence gives, through a colon or "according to" before any other; a description's referent; a
/// document or institution; the news lead (resolveLeadNominal, after all statements); else an unnamed source.
/// The source phrase's own rule (SpeakerResolver) is refined by the frame the phrase stands in.
SpeakerSieve sieveFor(const TokenView& view, const StatementCandidate& candidate, SpeakerSieve phraseRule)
{
    if (phraseRule != SpeakerSieve::SpeakerInSentence)
        return phraseRule;
    if (opensAfterColon(view, candidate))
        return SpeakerSieve::Colon;
    if (candidate.cue && candidate.cue->frame == CueFrame::According)
        return SpeakerSieve::AccordingTo;
    return phraseRule;
}

} // namespace

AttributionExtractor::AttributionExtractor(const Lexicons& lexicons)
    : m_cues(std::make_unique<CueMatcher>(lexicons))
    , m_speakers(std::make_unique<SpeakerResolver>(lexicons))
{
    for (const LexiconEntry& entry : lexicons.entries("en-source-nouns"))
        if (!entry.empty()) {
            m_sourceNouns.insert(entry[0]);
            if (entry.size() >= 2 && entry[1] == "document")
                m_documentNouns.insert(entry[0]);
        }
}

AttributionExtractor::~AttributionExtractor() = default;

std::vector<StatementRecord> AttributionExtractor::extract(const TokenView& view, const EntityList& entities) const
{
    const Document& document = view.document();
    StatementFinder finder(view, *m_cues, m_sourceNouns, m_documentNouns);
    const std::vector<StatementCandidate> candidates = finder.find();

    std::vector<StatementRecord> statements;
    std::vector<int> recordOf(candidates.size(), -1);
    statements.reserve(candidates.size());
    SpeakerIndex index(view, entities, statements); // takes in each statement pushed below
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const StatementCandidate& candidate = candidates[i];
        StatementRecord record;
        if (candidate.inheritFrom >= 0) {
            const int source = recordOf[static_cast<std::size_t>(candidate.inheritFrom)];
            if (source < 0)
                continue;
            const StatementRecord& from = statements[static_cast<std::size_t>(source)];
            record.speaker = from.speaker;
            record.speakerText = from.speakerText;
            record.speakerStart = from.speakerStart;
            record.speakerEnd = from.speakerEnd;
            record.cue = from.cue;
            record.cueStart = from.cueStart;
            record.cueEnd = from.cueEnd;
            // A quote going on without a cue of its own continues the quote; a second cue of the sentence
            // ("said ... and concluded that") shares the speaker the first one's sieve decided.
            record.sieve = candidate.cueFirst < 0 ? SpeakerSieve::ContinuedQuote : from.sieve;
            record.continues = candidate.cueFirst < 0 ? source : from.continues;
        } else if (candidate.speakerFirst >= 0) {
            const ResolvedSpeaker speaker
                = m_speakers->resolve(view, candidate.speakerFirst, candidate.speakerEnd, index);
            record.speaker = speaker.entity;
            record.speakerText = speaker.text;
            record.speakerStart = speaker.start;
            record.speakerEnd = speaker.end;
            record.sieve = sieveFor(view, candidate, speaker.sieve);
        } else {
            continue;
        }
        if (candidate.cueFirst >= 0) {
            record.cueStart = view.start(candidate.cueFirst);
            record.cueEnd = view.end(candidate.cueEnd - 1);
            record.cue = document.utf8(record.cueStart, record.cueEnd);
        }
        record.kind = candidate.kind;
        record.start = candidate.start;
        record.end = candidate.end;
        record.cueClaim = candidate.cue ? candidate.cue->claim : model::ClaimType::Assertion;
        recordOf[i] = static_cast<int>(statements.size());
        statements.push_back(std::move(record));
    }
    for (StatementRecord& record : statements) {
        const StatementRecord* continued
            = record.continues >= 0 ? &statements[static_cast<std::size_t>(record.continues)] : nullptr;
        record.explanation = explainSpeaker(view, index.spans(), record, record.sieve, continued);
    }
    return statements;
}

} // namespace sayline::analysis
