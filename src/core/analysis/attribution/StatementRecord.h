// SPDX-License-Identifier: GPL-3.0-or-later
// What the attribution stage hands the later stages. Offsets are UTF-16 units into Document::text().
#pragma once

#include <string>
#include <vector>

#include "SpeakerSieve.h"
#include "model/Statement.h"

namespace sayline::analysis {

/// One attributed statement: its content, its speaker (an entity or an unnamed source) and its cue.
struct StatementRecord
{
    int speaker = -1; ///< index into EntityList::records, or -1 for an unnamed source
    std::string speakerText; ///< the source as written at the cue
    int speakerStart = -1; ///< UTF-16 span of speakerText, -1 when not in the body
    int speakerEnd = -1;
    std::string cue;
    int cueStart = -1;
    int cueEnd = -1;
    model::StatementKind kind = model::StatementKind::Indirect;
    int start = 0; ///< UTF-16 span of the content
    int end = 0;
    model::ClaimType cueClaim = model::ClaimType::Assertion; ///< the claim type the cue implies (en-reporting-cues)
    SpeakerSieve sieve = SpeakerSieve::UnnamedSource; ///< the attribution sieve that decided the speaker
    int continues = -1; ///< for a continued quote: the index of the statement it continues
    std::string explanation; ///< explainSpeaker(): why this speaker, in one line
};

} // namespace sayline::analysis
