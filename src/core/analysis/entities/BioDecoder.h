// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <vector>

#include "NameTag.h"

namespace sayline::analysis {

/// Tag-to-tag weights: [previous * kNameTagCount + tag], previous kNameTagCount standing for "sentence start".
using TagTransitions = std::array<std::int32_t, (kNameTagCount + 1) * kNameTagCount>;

/// The best well-formed BIO sequence (Viterbi): an I- tag only after a B- or I- tag of the same type, never
/// first. emissions[token * kNameTagCount + tag] scores each tag of each token; ties go to the lower tag, so
/// the result is the same on every run.
std::vector<NameTag> decodeNameTags(std::span<const int> emissions, const TagTransitions& transitions);

} // namespace sayline::analysis
