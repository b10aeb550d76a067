// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "Span.h"

namespace sayline::model {

enum class StatementKind
{
    Direct,
    Indirect,
    Mixed,
};

enum class ClaimType
{
    Assertion,
    Accusation,
    Demand,
    Denial,
    Prediction,
    Statistic,
    Other,
};

const char* toString(StatementKind kind);
const char* toString(ClaimType type);
std::optional<StatementKind> statementKindFromString(const std::string& text);
std::optional<ClaimType> claimTypeFromString(const std::string& text);

/// How the analysis found a statement's speaker: the attribution sieve that decided and why, in words a reader
/// can check ("pronoun “he” → Wang Wenbin, previous sentence"). Both empty when not known.
struct SpeakerAttribution
{
    std::string sieve;       ///< the deciding sieve: "speaker-in-sentence", "pronoun", "news-lead", ...
    std::string explanation; ///< one line, English

    bool operator==(const SpeakerAttribution&) const = default;
};

/// One attributed statement: who said it (speaker), how (cue), and what (content span).
struct Statement
{
    std::string id;                     ///< "S1", "S2", ...
    std::optional<std::string> speaker; ///< entity id, or nullopt when the source is unnamed
    std::string speakerText;            ///< the source as written at the cue
    std::optional<Span> speakerSpan;    ///< where speakerText stands in the body, if it does
    std::string cue;                    ///< "said", "according to", "noted", ...
    std::optional<Span> cueSpan;
    StatementKind kind = StatementKind::Indirect;
    std::string content;                ///< exactly body[span]
    Span span;                          ///< code point span of the content
    ClaimType claimType = ClaimType::Assertion;
    std::vector<std::string> about;     ///< entity ids the statement is about
    SpeakerAttribution attribution;     ///< how the speaker was found (an extra field of the contract)
};

} // namespace sayline::model
