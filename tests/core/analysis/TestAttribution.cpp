// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "AttributionTestSupport.h"

using namespace sayline::analysis;
using namespace sayline::analysis::test;
using sayline::model::StatementKind;

TEST(Attribution, findsDirectQuoteBeforeSaidAndName)
{
    const auto found = attribute("\"We will fight this decision,\" Smith said.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].content, "We will fight this decision");
    EXPECT_EQ(found[0].kind, StatementKind::Direct);
    EXPECT_EQ(found[0].speakerName, "Smith");
    EXPECT_EQ(found[0].cue, "said");
}

TEST(Attribution, findsDirectQuoteWithInvertedSpeaker)
{
    const auto found = attribute("\u201CThe market is weak,\u201D said the chief strategist of Acme Capital, Ann Lee.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].content, "The market is weak");
    EXPECT_EQ(found[0].speakerName, "Ann Lee");
}

TEST(Attribution, findsQuoteAfterColonAcrossSentences)
{
    const auto found = attribute("Jane Doe said: \"It is late. We must act now.\" The vote is on Friday.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].content, "It is late. We must act now.");
    EXPECT_EQ(found[0].kind, StatementKind::Direct);
    EXPECT_EQ(found[0].speakerName, "Jane Doe");
}

TEST(Attribution, findsQuoteAfterSaidAndComma)
{
    const auto found = attribute("The minister said, \"Prices will fall next year.\"");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].content, "Prices will fall next year.");
    EXPECT_EQ(found[0].speakerText, "The minister");
}

TEST(Attribution, splitsQuoteInterruptedByItsCue)
{
    const auto found = attribute("\"We lost,\" he said, \"but we will be back next season.\"");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].content, "We lost");
    EXPECT_EQ(found[1].content, "but we will be back next season.");
    EXPECT_EQ(found[1].speakerText, "he");
    EXPECT_EQ(found[1].cue, "said");
}

TEST(Attribution, quoteInNewMarksContinuesTheSpeaker)
{
    const auto found = attribute("\"It took too long,\" said Chris Weafer. \"They were afraid of panic selling.\"");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[1].content, "They were afraid of panic selling.");
    EXPECT_EQ(found[1].speakerName, "Chris Weafer");
}

TEST(Attribution, quoteContinuesIntoNextParagraph)
{
    const auto found = attribute("Mary Barra said: \"We have a plan. It is a good plan.\n\n"
                                 "\"We will carry it out in every market we serve.\"\n\nThe shares rose.");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].content, "We have a plan. It is a good plan.");
    EXPECT_EQ(found[1].content, "We will carry it out in every market we serve.");
    EXPECT_EQ(found[1].speakerName, "Mary Barra");
}

TEST(Attribution, findsIndirectSpeechWithThat)
{
    const auto found = attribute("Ford Motor Company said on Tuesday that its sales rose 43% in February.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].content, "its sales rose 43% in February");
    EXPECT_EQ(found[0].kind, StatementKind::Indirect);
    EXPECT_EQ(found[0].speakerName, "Ford Motor Company");
}

TEST(Attribution, findsIndirectSpeechWithoutThat)
{
    const auto found = attribute("Analysts said the contract had been awarded on price.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].content, "the contract had been awarded on price");
    EXPECT_EQ(found[0].speakerText, "Analysts");
    EXPECT_EQ(found[0].speakerName, "");
}

TEST(Attribution, findsContentBeforeTheCue)
{
    const auto found = attribute("The economy will recover next year, a senior official said on Wednesday.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].content, "The economy will recover next year");
    EXPECT_EQ(found[0].speakerText, "a senior official");
}

TEST(Attribution, toldReportersTakesTheClauseAfterTheObject)
{
    const auto found = attribute("The mayor told reporters on Monday that the bridge would reopen.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].content, "the bridge would reopen");
}

TEST(Attribution, urgedTakesObjectAndInfinitive)
{
    const auto found = attribute("Wang urged the US to stop its malicious operations.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].content, "the US to stop its malicious operations");
}

TEST(Attribution, calledOnIsOneCue)
{
    const auto found = attribute("Senator Kaufman called on Congress to investigate the sell-off.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].cue, "called on");
    EXPECT_EQ(found[0].content, "Congress to investigate the sell-off");
    EXPECT_EQ(found[0].speakerName, "Kaufman");
}

TEST(Attribution, deniedWithGerund)
{
    const auto found = attribute("The Air Force denied creating jobs was a factor.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].content, "creating jobs was a factor");
}

TEST(Attribution, notedWithContentNounBeforeThat)
{
    const auto found = attribute("Wang noted the report's revelation that the agency had built new tools.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].content, "the agency had built new tools");
}

TEST(Attribution, describedAsGivesSmallClause)
{
    const auto found = attribute("Henderson described the events of today as a \"defining moment\" for the firm.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].content, "the events of today as a \"defining moment\" for the firm");
    EXPECT_EQ(found[0].kind, StatementKind::Mixed);
}

TEST(Attribution, mixedWhenIndirectContentHoldsAQuote)
{
    const auto found = attribute("This shows that the US is creating an \"internet secret theft axis\", Wang said.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].content, "This shows that the US is creating an \"internet secret theft axis\"");
    EXPECT_EQ(found[0].kind, StatementKind::Mixed);
}

TEST(Attribution, accordingToBeforeAndAfterTheContent)
{
    const auto found = attribute("According to the Associated Press, claims rose 15,000 last week. "
                                 "Sales fell sharply in March, according to the company.");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].content, "claims rose 15,000 last week");
    EXPECT_EQ(found[0].speakerName, "Associated Press");
    EXPECT_EQ(found[0].cue, "According to");
    EXPECT_EQ(found[1].content, "Sales fell sharply in March");
    EXPECT_EQ(found[1].speakerText, "the company");
}

TEST(Attribution, institutionalSourcesAreUnnamed)
{
    const auto found = attribute("The major targets include China and Iran, the media report said. "
                                 "The report also noted that the tools were handed over.");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].speakerText, "the media report");
    EXPECT_EQ(found[0].speakerName, "");
    EXPECT_EQ(found[1].speakerText, "The report");
    EXPECT_EQ(found[1].content, "the tools were handed over");
}

TEST(Attribution, relativeClauseTakesItsAntecedentAsSource)
{
    const auto found = attribute("He commented on a recent report by security media, which noted that attacks rose.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].speakerText, "a recent report by security media");
    EXPECT_EQ(found[0].content, "attacks rose");
}

TEST(Attribution, statementOfADocument)
{
    const auto found = attribute("A statement from the ministry read: \"We regret the incident.\"");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].content, "We regret the incident.");
    EXPECT_EQ(found[0].speakerText, "A statement from the ministry");
}

TEST(Attribution, participleTakesTheMainSpeaker)
{
    const auto found = attribute("Norm Dicks said he was shocked, adding that the decision was wrong.");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].content, "he was shocked");
    EXPECT_EQ(found[1].content, "the decision was wrong");
    EXPECT_EQ(found[1].speakerName, "Norm Dicks");
}

TEST(Attribution, appositiveStaysInTheSpeakerPhrase)
{
    const auto found = attribute("Todd Tiahrt, a Kansas representative, said the tanker should be American.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].speakerText, "Todd Tiahrt, a Kansas representative");
    EXPECT_EQ(found[0].speakerName, "Todd Tiahrt");
}

TEST(Attribution, titlesAreNotPartOfTheName)
{
    const auto found = attribute("Finance Minister Alexei Kudrin announced that 500 billion rubles would be infused.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].speakerName, "Alexei Kudrin");
    EXPECT_EQ(found[0].speakerText, "Finance Minister Alexei Kudrin");
}

TEST(Attribution, negatedSpeechIsNotAStatement)
{
    EXPECT_TRUE(attribute("The company did not say whether jobs would be cut.").empty());
    EXPECT_TRUE(attribute("The spokesman declined to say when the plant would close.").empty());
}

TEST(Attribution, passiveWithoutSourceIsNotAStatement)
{
    EXPECT_TRUE(attribute("It was announced that the plant would close.").empty());
    EXPECT_TRUE(attribute("Wang was asked to comment on the report.").empty());
}

TEST(Attribution, beliefsAreNotStatements)
{
    EXPECT_TRUE(attribute("Investors believe that prices will fall.").empty());
    EXPECT_TRUE(attribute("The board hopes the deal will close soon.").empty());
}

TEST(Attribution, nounPhraseContentIsNotAStatement)
{
    EXPECT_TRUE(attribute("Airbus announced 10,000 job cuts over the next four years.").empty());
    EXPECT_TRUE(attribute("Apple announced the iPhone.").empty());
}

TEST(Attribution, attributionInsideAQuoteIsNotAStatement)
{
    const auto found = attribute("\"They said no, and that was it,\" the professor said.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].speakerText, "the professor");
}

TEST(Attribution, adjectiveFormsOfCuesAreNotCues)
{
    EXPECT_TRUE(attribute("Based on the disclosed materials, agencies took part in the operations.").empty());
    EXPECT_TRUE(attribute("The United States House passed the bill.").empty());
}
