// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include "StatementRecord.h"
#include "analysis/entities/EntityList.h"

namespace sayline::analysis {

class CueMatcher;
class Lexicons;
class SpeakerResolver;
class TokenView;

/// The attribution stage: finds attributed statements (direct quotes, indirect speech, "according to",
/// institutional sources) and resolves their speakers against the entities.
/// Cue tables are built once here; extract() is const and thread-safe.
class AttributionExtractor
{
public:
    explicit AttributionExtractor(const Lexicons& lexicons);
    ~AttributionExtractor();
    AttributionExtractor(const AttributionExtractor&) = delete;
    AttributionExtractor& operator=(const AttributionExtractor&) = delete;

    /// Statements in text order, their speakers proposed from the entity stage's entities and mentions
    /// (its coreference owns pronouns, descriptions and the news lead); entities is never changed.
    std::vector<StatementRecord> extract(const TokenView& view, const EntityList& entities) const;

private:
    std::unique_ptr<CueMatcher> m_cues;
    std::unique_ptr<SpeakerResolver> m_speakers;
    std::unordered_set<std::string> m_sourceNouns;
    std::unordered_set<std::string> m_documentNouns;
};

} // namespace sayline::analysis
