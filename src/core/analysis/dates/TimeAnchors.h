// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <vector>

namespace sayline::analysis {

struct TimeToken;
struct TimexMatch;
class TimexNormalizer;

/// Gives a date to the times of day that name none ("at 10 a.m."): the nearest day in the same sentence (or a
/// day written right after the time), else the last day mentioned before the sentence, else the reference date.
/// matches are in text order. Returns how many candidate days it looked at: a time looks only at the matches
/// of its own (bounded) sentence, so the work grows with the text, not with its square.
std::size_t anchorTimes(std::vector<TimexMatch>& matches, const std::vector<TimeToken>& tokens,
                        const TimexNormalizer& normalizer);

} // namespace sayline::analysis
