// SPDX-License-Identifier: GPL-3.0-or-later
// Every statement records the attribution sieve that decided its speaker and explains it in one line.
#include <gtest/gtest.h>

#include "AttributionTestSupport.h"

using namespace sayline::analysis;
using namespace sayline::analysis::test;
using sayline::model::EntityType;

TEST(SpeakerSieves, aNameAtTheCueIsTheSpeakerInTheSentence)
{
    const auto found = attribute("Fritz Henderson said the process would be quick.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].sieve, "speaker-in-sentence");
    EXPECT_EQ(found[0].explanation, "named in the sentence: \u201cFritz Henderson\u201d");
}

TEST(SpeakerSieves, aPronounNamesItsAntecedentAndWhereItStands)
{
    const auto found = attribute("Fritz Henderson said the process would be quick. He stated that GM remains open.");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[1].sieve, "pronoun");
    EXPECT_EQ(found[1].explanation, "pronoun \u201cHe\u201d \u2192 Fritz Henderson, previous sentence");
}

TEST(SpeakerSieves, aSourceBeforeAColonIsTheColonSieve)
{
    const auto found = attribute("Mary Barra said: \"We have a plan.\"");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].speakerName, "Mary Barra");
    EXPECT_EQ(found[0].sieve, "colon");
}

TEST(SpeakerSieves, accordingToANameIsTheAccordingToSieve)
{
    const auto found = attribute("According to Reuters, the talks failed on Monday.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].sieve, "according-to");
    EXPECT_EQ(found[0].explanation, "according to \u201cReuters\u201d \u2192 Reuters");
}

TEST(SpeakerSieves, aDefiniteDescriptionIsTheNominalSieve)
{
    EntityList entities;
    EntityRecord gm;
    gm.type = EntityType::Organization;
    gm.name = "General Motors";
    gm.mentions.push_back({ 0, 14, MentionKind::Name });
    entities.records.push_back(gm);
    const auto found = attribute("General Motors cut jobs. The company said sales fell.", entities);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].speakerName, "General Motors");
    EXPECT_EQ(found[0].sieve, "nominal");
    EXPECT_EQ(found[0].explanation, "description \u201cThe company\u201d \u2192 General Motors, previous sentence");
}

TEST(SpeakerSieves, aDocumentIsAnInstitutionalSource)
{
    const auto found = attribute("The report said sales fell sharply.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].speakerName, "");
    EXPECT_EQ(found[0].sieve, "institution");
}

TEST(SpeakerSieves, theLeadsUnnamedOfficialIsTheNewsLeadSieve)
{
    const auto found = attribute("The US is the major threat, a senior Chinese official said on Wednesday.\n\n"
                                 "Foreign Ministry spokesperson Wang Wenbin said that the report was alarming.");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].speakerName, "Wang Wenbin");
    EXPECT_EQ(found[0].sieve, "news-lead");
    EXPECT_EQ(found[0].explanation,
              "news lead \u201ca senior Chinese official\u201d \u2192 Wang Wenbin, next sentence");
    EXPECT_EQ(found[1].sieve, "speaker-in-sentence");
}

TEST(SpeakerSieves, anUnnamedSpeakerLaterInTheArticleIsNoNewsLead)
{
    const auto found = attribute("Cases doubled in a week, the ministry said.\n\n"
                                 "A government spokesperson said ministers were keeping the data under review.\n\n"
                                 "\"This is not over,\" warned Professor Nils Fergard of Velmorth College.");
    ASSERT_EQ(found.size(), 3u);
    EXPECT_EQ(found[1].speakerName, "");
    EXPECT_EQ(found[1].speakerText, "A government spokesperson");
    EXPECT_NE(found[1].sieve, "news-lead");
}

TEST(SpeakerSieves, aQuoteGoingOnInTheNextParagraphIsAContinuedQuote)
{
    const auto found = attribute("Mary Barra said: \"We have a plan. It is a good plan.\n\n"
                                 "\"We will carry it out in every market we serve.\"\n\nThe shares rose.");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[1].sieve, "continued-quote");
    EXPECT_EQ(found[1].explanation, "continued quote \u2192 Mary Barra, as the quote in the previous paragraph");
}

TEST(SpeakerSieves, aSecondCueOfTheSentenceSharesTheFirstOnesSieve)
{
    const auto found = attribute("The agency said Monday its researchers examined hibernation and concluded that it "
                                 "could shrink spacecraft.");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[1].sieve, found[0].sieve);
    EXPECT_NE(found[1].sieve, "continued-quote");
}

TEST(SpeakerSieves, aPluralSourceStaysUnnamed)
{
    const auto found = attribute("Analysts said prices would rise.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].speakerName, "");
    EXPECT_EQ(found[0].sieve, "unnamed-source");
    EXPECT_EQ(found[0].explanation, "unnamed source \u201cAnalysts\u201d");
}
