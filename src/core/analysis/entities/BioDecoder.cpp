// SPDX-License-Identifier: GPL-3.0-or-later
#include "BioDecoder.h"

#include <limits>

namespace sayline::analysis {

std::vector<NameTag> decodeNameTags(std::span<const int> emissions, const TagTransitions& transitions)
{
    const auto tokens = static_cast<int>(emissions.size() / kNameTagCount);
    std::vector<NameTag> out(static_cast<std::size_t>(tokens), NameTag::Outside);
    if (tokens == 0)
        return out;
    constexpr long long kImpossible = std::numeric_limits<long long>::min() / 4;
    std::vector<long long> best(static_cast<std::size_t>(tokens) * kNameTagCount, kImpossible);
    std::vector<signed char> back(static_cast<std::size_t>(tokens) * kNameTagCount, -1);
    auto at = [](int token, int tag) { return static_cast<std::size_t>(token) * kNameTagCount + tag; };
    auto weight = [&transitions](int previous, int tag) {
        return static_cast<long long>(transitions[static_cast<std::size_t>(previous * kNameTagCount + tag)]);
    };
    for (int tag = 0; tag < kNameTagCount; ++tag) {
        if (mayFollow(std::nullopt, tagAt(tag)))
            best[at(0, tag)] = weight(kNameTagCount, tag) + emissions[at(0, tag)];
    }
    for (int token = 1; token < tokens; ++token) {
        for (int tag = 0; tag < kNameTagCount; ++tag) {
            for (int previous = 0; previous < kNameTagCount; ++previous) {
                if (best[at(token - 1, previous)] == kImpossible || !mayFollow(tagAt(previous), tagAt(tag)))
                    continue;
                const long long score = best[at(token - 1, previous)] + weight(previous, tag);
                if (score > best[at(token, tag)]) {
                    best[at(token, tag)] = score;
                    back[at(token, tag)] = static_cast<signed char>(previous);
                }
            }
            if (best[at(token, tag)] != kImpossible)
                best[at(token, tag)] += emissions[at(token, tag)];
        }
    }
    int tag = 0;
    for (int candidate = 1; candidate < kNameTagCount; ++candidate) {
        if (best[at(tokens - 1, candidate)] > best[at(tokens - 1, tag)])
            tag = candidate;
    }
    for (int token = tokens - 1; token >= 0; --token) {
        out[static_cast<std::size_t>(token)] = tagAt(tag);
        if (token > 0)
            tag = back[at(token, tag)];
    }
    return out;
}

} // namespace sayline::analysis
