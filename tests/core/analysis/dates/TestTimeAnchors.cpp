// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <vector>

#include "analysis/dates/TimeAnchors.h"
#include "analysis/dates/TimeScanner.h"
#include "analysis/dates/TimexContext.h"
#include "analysis/dates/TimexNormalizer.h"

using namespace sayline::analysis;

namespace {

/// count sentences of ten tokens; in every sentence a time at token 2 and, when withDays, a day at token 6.
struct Sentences
{
    std::vector<TimeToken> tokens;
    std::vector<TimexMatch> matches;
};

Sentences makeSentences(int count, bool withDays)
{
    Sentences made;
    for (int s = 0; s < count; ++s) {
        for (int t = 0; t < 10; ++t) {
            TimeToken token;
            token.start = (s * 10 + t) * 5;
            token.end = token.start + 4;
            token.sentence = s;
            made.tokens.push_back(token);
        }
        TimexMatch time = makeMatch(s * 10 + 2, s * 10 + 3, "time", "");
        time.timeOfDay = "T10:00";
        made.matches.push_back(time);
        if (withDays)
            made.matches.push_back(makeMatch(s * 10 + 6, s * 10 + 7, "date", "2020-01-" + std::to_string(10 + s % 20)));
    }
    return made;
}

} // namespace

TEST(TimeAnchors, aTimeTakesTheDayOfItsOwnSentence)
{
    Sentences made = makeSentences(3, true);
    const TimexNormalizer normalizer(CivilDate { 2022, 6, 15 });
    anchorTimes(made.matches, made.tokens, normalizer);
    EXPECT_EQ(made.matches[0].value, "2020-01-10T10:00");
    EXPECT_EQ(made.matches[2].value, "2020-01-11T10:00");
    EXPECT_EQ(made.matches[4].value, "2020-01-12T10:00");
}

TEST(TimeAnchors, aTimeWithoutADayInItsSentenceTakesTheLastDayBefore)
{
    Sentences made = makeSentences(2, true);
    made.matches.erase(made.matches.begin() + 3); // the second sentence names no day
    const TimexNormalizer normalizer(CivilDate { 2022, 6, 15 });
    anchorTimes(made.matches, made.tokens, normalizer);
    EXPECT_EQ(made.matches[2].value, "2020-01-10T10:00");
}

TEST(TimeAnchors, aTimeWithNoDayAnywhereTakesTheReferenceDate)
{
    Sentences made = makeSentences(1, false);
    const TimexNormalizer normalizer(CivilDate { 2022, 6, 15 });
    anchorTimes(made.matches, made.tokens, normalizer);
    EXPECT_EQ(made.matches[0].value, "2022-06-15T10:00");
}

TEST(TimeAnchors, theWorkGrowsWithTheNumberOfTimesNotItsSquare)
{
    // 20,000 sentences each with a time and a day: every time looks at its own sentence and the last day before.
    Sentences made = makeSentences(20000, true);
    const TimexNormalizer normalizer(CivilDate { 2022, 6, 15 });
    const std::size_t examined = anchorTimes(made.matches, made.tokens, normalizer);
    EXPECT_LE(examined, 2u * 20000u);
    EXPECT_EQ(made.matches[made.matches.size() - 2].value, made.matches.back().value + "T10:00");
}
