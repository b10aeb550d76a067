// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClaimTargets.h"

#include <algorithm>
#include <map>

namespace sayline::analysis {

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

} // namespace sayline::analysis
