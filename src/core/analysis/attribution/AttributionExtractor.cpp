// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttributionExtractor.h"

#include <algorithm>
#include <map>

#include "CueMatcher.h"
#include "SpeakerResolver.h"
#include "StatementFinder.h"
#include "analysis/claims/ClaimClassifier.h"
#include "analysis/lexicon/Lexicons.h"
#include "analysis/text/Document.h"
#include "analysis/text/TokenView.h"

namespace sayline::analysis {
namespace {

/// Entities mentioned inside [start, end), the speaker excluded: most mentions first, then first seen.
std::vector<int> entitiesInside(const EntityList& entities, int start, int end, int speaker)
{
    std::map<int, std::pair<int, int>> counts; // entity -> (mentions, first offset)
    for (std::size_t i = 0; i < entities.records.size(); ++i) {
        if (static_cast<int>(i) == speaker)
            continue;
        for (const MentionRecord& mention : entities.records[i].mentions) {
            if (mention.start >= start && mention.end <= end) {
                auto [it, inserted] = counts.try_emplace(static_cast<int>(i), 0, mention.start);
                ++it->second.first;
                it->second.second = std::min(it->second.second, mention.start);
            }
        }
    }
    std::vector<int> about;
    for (const auto& entry : counts)
        about.push_back(entry.first);
    std::sort(about.begin(), about.end(), [&counts](int a, int b) {
        const auto& ca = counts.at(a);
        const auto& cb = counts.at(b);
        return ca.first != cb.first ? ca.first > cb.first : ca.second < cb.second;
    });
    return about;
}

} // namespace

AttributionExtractor::AttributionExtractor(const Lexicons& lexicons)
    : m_cues(std::make_unique<CueMatcher>(lexicons))
    , m_speakers(std::make_unique<SpeakerResolver>(lexicons))
    , m_claims(std::make_unique<ClaimClassifier>(lexicons))
{
    for (const LexiconEntry& entry : lexicons.entries("source-nouns"))
        if (!entry.empty()) {
            m_sourceNouns.insert(entry[0]);
            if (entry.size() >= 2 && entry[1] == "document")
                m_documentNouns.insert(entry[0]);
        }
}

AttributionExtractor::~AttributionExtractor() = default;

std::vector<StatementRecord> AttributionExtractor::extract(const Document& document, EntityList& entities) const
{
    const TokenView view(document);
    StatementFinder finder(view, *m_cues, m_sourceNouns, m_documentNouns);
    const std::vector<StatementCandidate> candidates = finder.find();

    std::vector<StatementRecord> statements;
    std::vector<int> recordOf(candidates.size(), -1);
    statements.reserve(candidates.size());
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
        } else if (candidate.speakerFirst >= 0) {
            const ResolvedSpeaker speaker
                = m_speakers->resolve(view, candidate.speakerFirst, candidate.speakerEnd, entities, statements);
            record.speaker = speaker.entity;
            record.speakerText = speaker.text;
            record.speakerStart = speaker.start;
            record.speakerEnd = speaker.end;
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
        const int first = document.tokenAtOrAfter(candidate.start);
        const int end = document.tokenAtOrAfter(candidate.end - 1) + 1;
        const model::ClaimType hint = candidate.cue ? candidate.cue->claim : model::ClaimType::Assertion;
        record.claimType = m_claims->classify(hint, view, first, end);
        recordOf[i] = static_cast<int>(statements.size());
        statements.push_back(std::move(record));
    }
    m_speakers->resolveLeadNominal(view, statements, entities);
    for (StatementRecord& record : statements)
        record.about = entitiesInside(entities, record.start, record.end, record.speaker);
    return statements;
}

} // namespace sayline::analysis
