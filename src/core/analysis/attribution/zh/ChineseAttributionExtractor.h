// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <vector>

#include "analysis/attribution/StatementRecord.h"
#include "analysis/entities/EntityList.h"

namespace sayline::analysis {

class Lexicons;

namespace zh {

class ChineseCueFinder;
class ChineseGazetteer;
class ChineseSourcePhrase;
class ChineseSpeakerSieve;
class ChineseText;

/// How one Chinese statement was found and who decided its speaker, for tests and for tracing a wrong answer.
struct ChineseAttributionTrace
{
    const char* pattern = ""; ///< the form of ChineseStatementFinder ("quote-cue", "cue-clause", …)
    const char* sieve = ""; ///< the speaker sieve that decided ("named-person", "pronoun", …, "same-subject")
};

/// The attribution stage for Chinese text (docs/analysis-chinese.md): statements by their form around a
/// reporting verb (ChineseStatementFinder) and their speakers by ordered sieves (ChineseSpeakerSieve). The
/// entity list is only read: a pronoun or description that names a speaker is not added to it as a mention
/// (the entity list holds names); the statement points at the entity it resolves to.
class ChineseAttributionExtractor
{
public:
    ChineseAttributionExtractor(const Lexicons& lexicons, const ChineseGazetteer& gazetteer);
    ~ChineseAttributionExtractor();
    ChineseAttributionExtractor(const ChineseAttributionExtractor&) = delete;
    ChineseAttributionExtractor& operator=(const ChineseAttributionExtractor&) = delete;

    /// Statements in text order; trace (when given) gets one entry per statement.
    std::vector<StatementRecord> extract(const ChineseText& text, const EntityList& entities,
                                         std::vector<ChineseAttributionTrace>* trace = nullptr) const;

private:
    const ChineseGazetteer& m_gazetteer;
    std::unique_ptr<ChineseCueFinder> m_cues;
    std::unique_ptr<ChineseSourcePhrase> m_sources;
    std::vector<std::unique_ptr<ChineseSpeakerSieve>> m_sieves;
};

} // namespace zh
} // namespace sayline::analysis
