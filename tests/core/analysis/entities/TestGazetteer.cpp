// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "EntityTestSupport.h"

using sayline::analysis::test::gazetteer;

TEST(Gazetteer, monthAndWeekdayNamesFromTheDateLexiconsAreNeverNames)
{
    for (const char16_t* word : { u"January", u"Sept", u"Dec", u"Monday", u"Sunday" }) {
        EXPECT_TRUE(gazetteer().isNeverName(word));
        EXPECT_TRUE(gazetteer().isCommonWord(word));
    }
    EXPECT_FALSE(gazetteer().isNeverName(u"May")); // a given name and a modal verb
    EXPECT_TRUE(gazetteer().isCommonWord(u"May")); // but no name at the start of a sentence
    EXPECT_FALSE(gazetteer().isNeverName(u"Sun")); // a newspaper, a company
    EXPECT_FALSE(gazetteer().isNeverName(u"january")); // names are written with a capital
}

TEST(Gazetteer, smallWordsOfNamesAreLookedUpAsWritten)
{
    EXPECT_TRUE(gazetteer().isNameParticle(u"van"));
    EXPECT_TRUE(gazetteer().isNameConnector(u"van")); // a particle joins a name too
    EXPECT_TRUE(gazetteer().isNameConnector(u"of"));
    EXPECT_FALSE(gazetteer().isNameParticle(u"of"));
    EXPECT_TRUE(gazetteer().keepsPeriodInName(u"St"));
    EXPECT_FALSE(gazetteer().keepsPeriodInName(u"st"));
    EXPECT_EQ(gazetteer().pronounGender(u"herself"), 'f');
    EXPECT_EQ(gazetteer().pronounGender(u"it"), 0);
}
