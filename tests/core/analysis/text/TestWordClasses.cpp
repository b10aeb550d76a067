// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "AttributionTestSupport.h"
#include "analysis/text/WordClasses.h"

using sayline::analysis::test::wordClasses;

TEST(WordClasses, timeWordsAreTheFullMonthAndWeekdayNamesOfTheTimeLexicons)
{
    EXPECT_TRUE(wordClasses().isTimeWord("june"));
    EXPECT_TRUE(wordClasses().isTimeWord("may"));
    EXPECT_TRUE(wordClasses().isTimeWord("wednesday"));
    EXPECT_FALSE(wordClasses().isTimeWord("jan")); // also a given name
    EXPECT_FALSE(wordClasses().isTimeWord("mondays"));
}

TEST(WordClasses, aWordMayBelongToSeveralClasses)
{
    EXPECT_TRUE(wordClasses().isPronoun("her"));
    EXPECT_TRUE(wordClasses().isDeterminer("her"));
    EXPECT_TRUE(wordClasses().isAuxiliary("was"));
    EXPECT_TRUE(wordClasses().isPassiveAuxiliary("was"));
    EXPECT_FALSE(wordClasses().isPassiveAuxiliary("will"));
    EXPECT_TRUE(wordClasses().isModal("will"));
}

TEST(WordClasses, negationsAndAdverbsFollowTheirSpellingBesideTheLists)
{
    EXPECT_TRUE(wordClasses().isNegation("never"));
    EXPECT_TRUE(wordClasses().isNegation("didn't"));
    EXPECT_TRUE(wordClasses().isAdverb("also"));
    EXPECT_TRUE(wordClasses().isAdverb("strongly"));
    EXPECT_FALSE(wordClasses().isAdverb("family")); // en-ly-nouns
}

TEST(WordClasses, functionWordsNeverStartANameOrASource)
{
    for (const char* word : { "the", "he", "is", "when", "said" })
        EXPECT_TRUE(wordClasses().isFunctionWord(word)) << word;
    EXPECT_FALSE(wordClasses().isFunctionWord("ministry"));
}
