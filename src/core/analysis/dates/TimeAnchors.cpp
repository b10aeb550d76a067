// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimeAnchors.h"

#include <cstdlib>
#include <string>

#include "TimeScanner.h"
#include "TimexContext.h"
#include "TimexNormalizer.h"

namespace sayline::analysis {
namespace {

bool isDayValue(const std::string& value)
{
    return value.size() == 10 && value[4] == '-' && value[7] == '-' && value.find('W') == std::string::npos;
}

} // namespace

std::size_t anchorTimes(std::vector<TimexMatch>& matches, const std::vector<TimeToken>& tokens,
                        const TimexNormalizer& normalizer)
{
    auto sentenceOf = [&](std::size_t k) { return tokens[static_cast<std::size_t>(matches[k].first)].sentence; };
    std::size_t examined = 0;
    std::size_t sentenceBegin = 0; // the first match in the sentence of match m
    std::size_t scanned = 0; // matches before sentenceBegin already checked for a day
    std::ptrdiff_t lastDayBefore = -1; // the last day among them
    for (std::size_t m = 0; m < matches.size(); ++m) {
        const int sentence = sentenceOf(m);
        while (sentenceOf(sentenceBegin) != sentence)
            ++sentenceBegin;
        for (; scanned < sentenceBegin; ++scanned) {
            if (isDayValue(matches[scanned].value))
                lastDayBefore = static_cast<std::ptrdiff_t>(scanned);
        }
        TimexMatch& time = matches[m];
        if (!time.value.empty())
            continue;
        // A day in another, earlier sentence is worth less than any in the same one; of those only the last
        // can win. Ties go to the earlier match.
        const TimexMatch* anchor = nullptr;
        int bestDistance = 0;
        auto consider = [&](const TimexMatch& other, int distance) {
            ++examined;
            if (!anchor || distance < bestDistance) {
                anchor = &other;
                bestDistance = distance;
            }
        };
        if (lastDayBefore >= 0) {
            const TimexMatch& other = matches[static_cast<std::size_t>(lastDayBefore)];
            consider(other, 100000 + (time.first - other.first));
        }
        // ICU may end a sentence after "a.m.": a day right after a clock time still counts as its own (not
        // after a part of the day: "by mid-afternoon. On Friday, ..." is another sentence's day).
        const bool clock = time.timeOfDay.size() > 1 && time.timeOfDay[1] >= '0' && time.timeOfDay[1] <= '9';
        for (std::size_t k = sentenceBegin; k < matches.size(); ++k) {
            const TimexMatch& other = matches[k];
            const bool same = sentenceOf(k) == sentence || (clock && k > m && other.first - time.end <= 3);
            if (!same)
                break; // later matches are further away still
            if (k != m && isDayValue(other.value))
                consider(other, std::abs(other.first - time.first));
        }
        time.value = (anchor ? anchor->value : normalizer.dayOffset(0)) + time.timeOfDay;
    }
    return examined;
}

} // namespace sayline::analysis
