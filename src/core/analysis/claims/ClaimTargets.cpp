// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClaimTargets.h"

#include <algorithm>
#include <map>

namespace sayline::analysis {

std::vector<int> entitiesInside(const MentionSpans& spans, int start, int end, int speaker)
{
    std::map<int, std::pair<int, int>> counts; // entity -> (mentions, first offset)
    spans.forEachInside(start, end, [&](int entity, int mentionStart) {
        if (entity == speaker)
            return;
        auto [it, inserted] = counts.try_emplace(entity, 0, mentionStart);
        ++it->second.first;
        it->second.second = std::min(it->second.second, mentionStart);
    });
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
