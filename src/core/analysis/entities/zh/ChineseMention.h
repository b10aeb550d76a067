// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

#include "model/Entity.h"

namespace sayline::analysis::zh {

/// A name found in Chinese text by one rule, before overlaps are resolved and mentions are grouped into
/// entities. Offsets are UTF-16 units into Document::text().
struct ChineseMention
{
    int start = 0;
    int end = 0;
    model::EntityType type = model::EntityType::Misc;
    std::u16string key; ///< what groups mentions into one entity: the canonical name (世卫组织 → 世界卫生组织)
    int priority = 0; ///< at equal length, the higher wins
    const char* rule = ""; ///< the rule that found it ("dot-name", "lexicon", ...), for tests and tracing

    int length() const { return end - start; }
};

using ChineseMentions = std::vector<ChineseMention>;

} // namespace sayline::analysis::zh
