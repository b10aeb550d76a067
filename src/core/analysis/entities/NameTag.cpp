// SPDX-License-Identifier: GPL-3.0-or-later
#include "NameTag.h"

namespace sayline::analysis {
namespace {

constexpr std::array<std::string_view, kNameTagCount> kNames
    = { "O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC" };

} // namespace

std::string_view tagName(NameTag tag)
{
    return kNames[static_cast<std::size_t>(tagIndex(tag))];
}

std::optional<NameTag> tagFromName(std::string_view name)
{
    for (int i = 0; i < kNameTagCount; ++i) {
        if (kNames[static_cast<std::size_t>(i)] == name)
            return tagAt(i);
    }
    return std::nullopt;
}

} // namespace sayline::analysis
