// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntityList.h"

#include <algorithm>

namespace sayline::analysis {

int EntityList::entityAt(int start, int end) const
{
    int best = -1;
    int bestOverlap = 0;
    for (std::size_t i = 0; i < records.size(); ++i) {
        for (const MentionRecord& mention : records[i].mentions) {
            const int overlap = std::min(end, mention.end) - std::max(start, mention.start);
            if (overlap > bestOverlap) {
                bestOverlap = overlap;
                best = static_cast<int>(i);
            }
        }
    }
    return best;
}

} // namespace sayline::analysis
