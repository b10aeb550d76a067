// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChineseAttributionExtractor.h"

#include <algorithm>
#include <numeric>

#include "ChineseCueFinder.h"
#include "ChineseSourcePhrase.h"
#include "ChineseSpeakerSieve.h"
#include "ChineseStatementFinder.h"
#include "analysis/entities/MentionSpans.h"
#include "analysis/text/Document.h"
#include "analysis/text/zh/ChineseText.h"

namespace sayline::analysis::zh {

ChineseAttributionExtractor::ChineseAttributionExtractor(const Lexicons& lexicons, const ChineseGazetteer& gazetteer)
    : m_gazetteer(gazetteer)
    , m_cues(std::make_unique<ChineseCueFinder>(lexicons, gazetteer))
    , m_sources(std::make_unique<ChineseSourcePhrase>(lexicons, gazetteer))
{
    // The order is the order of trust: a name in the phrase first, the phrase as written last.
    m_sieves.push_back(std::make_unique<ChineseNamedPersonSieve>());
    m_sieves.push_back(std::make_unique<ChinesePronounSieve>());
    m_sieves.push_back(std::make_unique<ChineseNominalSieve>());
    m_sieves.push_back(std::make_unique<ChineseTitleSieve>());
    m_sieves.push_back(std::make_unique<ChinesePartySieve>());
    m_sieves.push_back(std::make_unique<ChineseNamedBodySieve>());
    m_sieves.push_back(std::make_unique<ChineseUnnamedSourceSieve>());
    m_sieves.push_back(std::make_unique<ChinesePhraseSieve>());
}

ChineseAttributionExtractor::~ChineseAttributionExtractor() = default;

std::vector<StatementRecord> ChineseAttributionExtractor::extract(const ChineseText& text, const EntityList& entities,
                                                                  std::vector<ChineseAttributionTrace>* trace) const
{
    const std::vector<ChineseStatementCandidate> candidates
        = ChineseStatementFinder(text, entities, *m_cues, *m_sources, m_gazetteer).find();

    const MentionSpans spans(entities);
    // Speakers in text order of the cue, so that a pronoun finds the speakers before it.
    std::vector<SpeakerDecision> speakers(candidates.size());
    std::vector<SpeakerDecision> earlier;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const ChineseStatementCandidate& candidate = candidates[i];
        const int from = candidate.continues >= 0 ? candidate.continues : candidate.sameSourceAs;
        if (from >= 0) {
            speakers[i] = speakers[static_cast<std::size_t>(from)];
            speakers[i].sieve = candidate.continues >= 0 ? "continuation" : "same-subject";
        } else {
            const SpeakerQuery query { text, entities, spans, m_gazetteer, *m_sources, candidate.source, earlier };
            for (const auto& sieve : m_sieves)
                if (std::optional<SpeakerDecision> decided = sieve->decide(query)) {
                    speakers[i] = std::move(*decided);
                    break;
                }
        }
        earlier.push_back(speakers[i]);
    }

    std::vector<std::size_t> order(candidates.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&candidates](std::size_t a, std::size_t b) { return candidates[a].start < candidates[b].start; });
    std::vector<StatementRecord> statements;
    for (const std::size_t i : order) {
        const ChineseStatementCandidate& candidate = candidates[i];
        const SpeakerDecision& speaker = speakers[i];
        const ChineseStatementCandidate* owner = &candidate; // a continuation reports the cue of the quote it continues
        while (owner->continues >= 0)
            owner = &candidates[static_cast<std::size_t>(owner->continues)];
        const ChineseStatementCandidate& cueOwner = *owner;
        // one statement per content span (two cues over one clause keep the first)
        const bool duplicate
            = std::any_of(statements.begin(), statements.end(), [&candidate](const StatementRecord& s) {
                  return s.start == candidate.start && s.end == candidate.end;
              });
        if (duplicate || candidate.end <= candidate.start)
            continue;
        StatementRecord record;
        record.speaker = speaker.entity;
        record.speakerText = speaker.text;
        record.speakerStart = speaker.start;
        record.speakerEnd = speaker.end;
        record.cueStart = cueOwner.cueStart;
        record.cueEnd = cueOwner.cueEnd;
        record.cue = cueOwner.cueStart >= 0 ? toUtf8(text.slice(cueOwner.cueStart, cueOwner.cueEnd)) : std::string();
        record.cueClaim = cueOwner.cue ? cueOwner.cue->claim : model::ClaimType::Assertion;
        record.kind = candidate.kind;
        record.start = candidate.start;
        record.end = candidate.end;
        statements.push_back(std::move(record));
        if (trace)
            trace->push_back({ candidate.pattern, speaker.sieve });
    }
    return statements;
}

} // namespace sayline::analysis::zh
