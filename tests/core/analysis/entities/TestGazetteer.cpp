// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "EntityTestSupport.h"
#include "analysis/entities/NameTokens.h"

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

TEST(Gazetteer, aTokenRangeIsKnownExactlyWhenItsWholeNormalisedTextIsKnown)
{
    // NameTokens::known answers most ranges from the first word and the number of words alone
    // (nameLengthsStartingWith); every answer must be the one of looking the whole normalised text up.
    using namespace sayline::analysis;
    const Document document(
        "The United States and the U.S. Army met in New York City\u00A0on Monday. UNITED NATIONS officials, the "
        "European  Union\u2019s envoy and Bank of  America\u2019s chief left Washington,\nD.C. for the\tUnited "
        "Kingdom; the Macbook maker, NASDAQ and the New York Stock Exchange said so.");
    const NameTokens tokens(document, gazetteer());
    int known = 0;
    for (int a = 0; a < tokens.count(); ++a) {
        for (int b = a + 1; b <= std::min(tokens.count(), a + 8); ++b) {
            const KnownName* expected = gazetteer().knownName(tokens.nameText(a, b));
            EXPECT_EQ(tokens.known(a, b), expected) << a << ".." << b;
            known += expected != nullptr;
        }
    }
    EXPECT_GE(known, 8);
    EXPECT_EQ(gazetteer().nameLengthsStartingWith(u"zzyzxq"), 0U);
    EXPECT_NE(gazetteer().nameLengthsStartingWith(u"NEW") & Gazetteer::wordCountBit(2), 0U); // "New York", any case
}
