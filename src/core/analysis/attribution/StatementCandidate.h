// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CueMatcher.h"
#include "model/Statement.h"

namespace sayline::analysis {

/// A statement found in the text before its speaker is resolved.
struct StatementCandidate
{
    int speakerFirst = -1; ///< tokens of the source phrase [speakerFirst, speakerEnd); -1 when inherited
    int speakerEnd = -1;
    int cueFirst = -1; ///< tokens of the cue; -1 when the statement has no cue of its own
    int cueEnd = -1;
    const Cue* cue = nullptr;
    int start = 0; ///< UTF-16 span of the content
    int end = 0;
    model::StatementKind kind = model::StatementKind::Indirect;
    int quote = -1; ///< the quote that is the content of a direct statement
    int inheritFrom = -1; ///< candidate whose speaker (and cue) this one continues
};

} // namespace sayline::analysis
