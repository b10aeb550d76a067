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

TEST(Attribution, quoteEndingInQuestionOrExclamationMarkKeepsItsCueAfterIt)
{
    const auto asked = attribute("\u201CIs this a fair deal?\u201D she asked. Nobody answered.");
    ASSERT_EQ(asked.size(), 1u);
    EXPECT_EQ(asked[0].content, "Is this a fair deal?");
    EXPECT_EQ(asked[0].cue, "asked");

    const auto tweeted = attribute("\"We will win this race!\" Jane Roe tweeted before the vote.");
    ASSERT_EQ(tweeted.size(), 1u);
    EXPECT_EQ(tweeted[0].content, "We will win this race!");
    EXPECT_EQ(tweeted[0].speakerName, "Jane Roe");
    EXPECT_EQ(tweeted[0].cue, "tweeted");
}

TEST(Attribution, exclaimedQuoteFollowedByNarrationIsNoStatement)
{
    EXPECT_TRUE(attribute("\"Fire!\" The crowd ran to the exits.").empty());
}

TEST(Attribution, sourceWithTwoRolesJoinedByAndIsOnePerson)
{
    const auto found = attribute("\"We found water,\" lead researcher and space agency scientist Ann Lee said.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].speakerText, "lead researcher and space agency scientist Ann Lee");
    EXPECT_EQ(found[0].speakerName, "Ann Lee");
}

TEST(Attribution, verbBeforeAndStaysOutOfTheSource)
{
    const auto found = attribute("Prices rose and analyst John Smith said the market was weak.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].speakerText, "analyst John Smith");
    EXPECT_EQ(found[0].content, "the market was weak");
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

TEST(Attribution, aCueWithABareObjectInARelativeClauseIsNoStatement)
{
    const auto found
        = attribute("Senator Anna Kerrow of Ohio, who wrote the bill, accused the majority of protecting lobbyists.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].content, "the majority of protecting lobbyists");
    EXPECT_NE(found[0].speakerText.find("Kerrow"), std::string::npos) << found[0].speakerText;
}

TEST(Attribution, aRelativeClauseWithAClauseAfterItsCueIsAStatement)
{
    const auto found = attribute("The senator, who said the bill would pass, left early.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].content.rfind("the bill would pass", 0), 0u) << found[0].content;
}

TEST(Attribution, pollsAndStudiesShowAndFind)
{
    const auto found = attribute("Polls show that most voters favor limits. The study found that turnout fell.");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].speakerText, "Polls");
    EXPECT_EQ(found[0].content, "most voters favor limits");
    EXPECT_EQ(found[1].speakerText, "The study");
    EXPECT_EQ(found[1].content, "turnout fell");
}

TEST(Attribution, aPersonWhoFoundSomethingMadeNoStatement)
{
    EXPECT_TRUE(attribute("The hikers found that the trail was closed.").empty());
}

TEST(Attribution, expressedDoubtsAndQuestionedWhetherReportAClause)
{
    const auto found = attribute("Some senators expressed doubts that the bill could pass. Senator Lee questioned "
                                 "whether the program worked. Others expressed concern over the plan.");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].content, "the bill could pass");
    EXPECT_EQ(found[1].content, "the program worked");
}

TEST(Attribution, aContrastingClauseWithItsOwnSourceEndsTheContent)
{
    const auto found = attribute(
        "The governor insisted the cuts were necessary, while union leaders maintained that jobs would go.");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].content, "the cuts were necessary");
    EXPECT_EQ(found[1].content, "jobs would go");
}

TEST(Attribution, calledAnObjectSomethingIsAStatement)
{
    const auto found = attribute("The minority leader called it an attempt to silence critics. The mayor called the "
                                 "police. He called a press conference. It was what he called a \"new start\".");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].content, "it an attempt to silence critics");
    EXPECT_EQ(found[0].speakerText, "The minority leader");
}

TEST(Attribution, aSourceCloseToSomeoneIsAnUnnamedSourceNotThatPerson)
{
    const auto found
        = attribute("Donald Trump hired a manager. A source close to Mr. Trump said the role had "
                    "shrunk. But two people close to the campaign, who spoke on the condition of "
                    "anonymity, said it was over. Officials familiar with the talks said a deal was near.");
    ASSERT_EQ(found.size(), 3u);
    EXPECT_EQ(found[0].speakerText, "A source close to Mr. Trump");
    EXPECT_EQ(found[0].speakerName, "");
    EXPECT_EQ(found[1].speakerText.rfind("two people close to the campaign", 0), 0u) << found[1].speakerText;
    EXPECT_EQ(found[1].content, "it was over");
    EXPECT_EQ(found[2].speakerText, "Officials familiar with the talks");
    EXPECT_EQ(found[2].speakerName, "");
}

TEST(Attribution, aDurationAdjunctMayStandBeforeThat)
{
    const auto found = attribute("Her aides have insisted for days that she followed the rules.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].content, "she followed the rules");
}

TEST(Attribution, aRefusalToSpeakAfterButEndsTheContent)
{
    const auto found = attribute(
        "The department has said it will review the emails, but a spokeswoman declined to say how long it would take.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].content, "it will review the emails");
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

TEST(Attribution, adjunctsBetweenSourceAndCueAreSkipped)
{
    const auto found = attribute("In an interview with CNN on Sunday, Obama said the war would end. "
                                 "The ministry, in a statement, said that the talks failed. "
                                 "The agency on June 18 called on Congress to act.");
    ASSERT_EQ(found.size(), 3u);
    EXPECT_EQ(found[0].speakerText, "Obama");
    EXPECT_EQ(found[1].speakerText, "The ministry");
    EXPECT_EQ(found[1].content, "the talks failed");
    EXPECT_EQ(found[2].speakerText, "The agency");
}

TEST(Attribution, parentheticalAttributionTakesTheClauseAfterIt)
{
    const auto found = attribute("Since then, he says, the plane has flown for thirty hours.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].content, "the plane has flown for thirty hours");
}

TEST(Attribution, sourceAfterAQuoteWithoutCue)
{
    const auto found = attribute("\"Buyers are scarce this spring,\" Jesse Toprak, an analyst for Edmunds.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].speakerName, "Jesse Toprak");
    EXPECT_EQ(found[0].cue, "");
}

TEST(Attribution, spokeAboutWithColonAndQuote)
{
    const auto found
        = attribute("Spokeswoman Jennifer Chelune spoke about the incident: \"We don't know what caused it.\"");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].content, "We don't know what caused it.");
    EXPECT_EQ(found[0].speakerName, "Jennifer Chelune");
}

TEST(Attribution, coordinatedCueContinuesTheStatementBefore)
{
    const auto found = attribute("The agency said Monday its researchers examined hibernation and concluded that it "
                                 "could shrink spacecraft.");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[1].content, "it could shrink spacecraft");
    EXPECT_EQ(found[1].speakerText, "The agency");
}

TEST(Attribution, datelineIsNotContent)
{
    const auto found = attribute("DUBAI, United Arab Emirates \u2014 Emirates finalized a deal for 30 jets, "
                                 "executives of both companies announced Wednesday.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].content, "Emirates finalized a deal for 30 jets");
}

TEST(Attribution, writersOwnNarrationIsNotAStatement)
{
    EXPECT_TRUE(
        attribute("I wrote a long rant about this last year when it was apparent that Apple had changed.").empty());
}

TEST(Attribution, invertedSourceWithRelativeClause)
{
    const auto found = attribute("\"They said no. That's it,\" said a professor from the University of Michigan who "
                                 "specializes in bankruptcy.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].content, "They said no. That's it");
    EXPECT_EQ(found[0].speakerText, "a professor from the University of Michigan who specializes in bankruptcy");
    EXPECT_EQ(found[0].speakerName, "");
}

TEST(Attribution, abbreviationBeforeANameDoesNotEndTheSentence)
{
    const auto found = attribute("He said it was a question for the U.S. Treasury, adding that he expected it to take "
                                 "years.");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[1].content, "he expected it to take years");
    EXPECT_EQ(found[1].speakerText, "He");
}

TEST(Attribution, participleAppositiveBetweenSourceAndCue)
{
    const auto found = attribute("Apple Corps' latest suit, filed in September 2003, claims that the company "
                                 "violated the agreement.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].content, "the company violated the agreement");
    EXPECT_EQ(found[0].speakerText, "Apple Corps' latest suit, filed in September 2003");
}

TEST(Attribution, nameWithAcronymAfterADescription)
{
    const auto found = attribute("Another automaker, General Motors (GM), announced that it seeks $16.6 billion.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].speakerName, "General Motors");
}

TEST(Attribution, participleAfterALongOpeningClause)
{
    const auto found = attribute("When the Air Force selected Los Angeles based Northrop Grumman on February 29 to "
                                 "build the aircraft, Boeing challenged the award in a formal protest, claiming the "
                                 "evaluation was skewed.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].speakerName, "Boeing");
}

TEST(Attribution, toldTakesTheAddresseeThenTheClause)
{
    const auto found = attribute("Hawk Sawyer told lawmakers no evidence supports anything other than suicide. "
                                 "Sasse told Hawk Sawyer, repeatedly calling for an explanation of what failed.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].content, "no evidence supports anything other than suicide");
}

TEST(Attribution, plainVerbUseOfWroteIsNoStatement)
{
    EXPECT_TRUE(attribute("She wrote hundreds of songs that summer and sent 12 of them to a lawyer.").empty());
}

TEST(Attribution, bareComplementMustLookLikeAClause)
{
    EXPECT_TRUE(attribute("He said goodbye to his family.").empty());
    EXPECT_TRUE(attribute("The report said nothing about the costs of the plan.").empty());
    EXPECT_EQ(attribute("Medvedev said the market needs support.").size(), 1u);
}

TEST(Attribution, asSourceSaidTakesTheFollowingClause)
{
    const auto found = attribute("As the minister said, the plan is dead.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].content, "the plan is dead");
    EXPECT_EQ(found[0].speakerText, "the minister");
}

TEST(Attribution, wireCopyAttributions)
{
    const auto found = attribute("\"We are deeply saddened,\" the family said in a statement released Tuesday.\n\n"
                                 "\"It is not true,\" Jones said of the allegations.\n\n"
                                 "Smith, who spoke on condition of anonymity because he was not authorized to "
                                 "discuss the matter, said the deal was close.");
    ASSERT_EQ(found.size(), 3u);
    EXPECT_EQ(found[0].speakerText, "the family");
    EXPECT_EQ(found[1].speakerName, "Jones");
    // A lone surname opening the sentence is no entity of the entity stage: the source stays as written, without
    // its relative clause.
    EXPECT_EQ(found[2].speakerText, "Smith");
    EXPECT_EQ(found[2].content, "the deal was close");
}

TEST(Attribution, contentKeepsAClosingPercentSign)
{
    const auto found = attribute("The union demanded that wages rise by 10%.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].content, "wages rise by 10%");
}

TEST(Attribution, presentPluralCuesAndNoFutureSpeech)
{
    const auto found = attribute("Critics argue that the law, passed last year, is flawed. Supporters, however, insist "
                                 "it works. The company will announce that it is closing plants.");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].content, "the law, passed last year, is flawed");
    EXPECT_EQ(found[1].content, "it works");
}

TEST(Attribution, oddInputsGiveNoStatementsAndNoCrash)
{
    EXPECT_TRUE(attribute("").empty());
    EXPECT_TRUE(attribute("\"").empty());
    EXPECT_TRUE(attribute("said").empty());
    EXPECT_TRUE(attribute("\u201D\u201C said , \" according to").empty());
    EXPECT_NO_THROW(attribute("\"A,\" he said, \"\n\n\"\n\n, said\n\naccording to X, \"Y\" said Z \u201C"));
}

TEST(Attribution, thatCommaQuoteIsDirect)
{
    const auto found = attribute("In a statement, SIA said that, \"The delays are disappointing.\"");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].content, "The delays are disappointing.");
    EXPECT_EQ(found[0].kind, StatementKind::Direct);
}

TEST(Attribution, wireDatelineWithHyphenIsNotContent)
{
    const auto found = attribute("LONDON (Reuters) - British inflation rose to 3.2% in March, official data showed.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].content, "British inflation rose to 3.2% in March");
}

TEST(Attribution, quotedTitleInTheWritersSentenceIsNoContinuation)
{
    const auto found = attribute("Smith said the song was a hit. \"Let It Be Again\" topped the charts in May.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].content, "the song was a hit");
}

TEST(Attribution, britishSingleQuotes)
{
    const auto found = attribute("'It is over,' said the chairman, Sir John Smith. 'We have lost the vote.'");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].content, "It is over");
    EXPECT_EQ(found[0].kind, StatementKind::Direct);
    EXPECT_EQ(found[0].speakerName, "John Smith");
    EXPECT_EQ(found[1].content, "We have lost the vote.");
    EXPECT_EQ(found[1].speakerName, "John Smith");
}

TEST(Attribution, announcedPlansToIsAStatementButNotAnObject)
{
    const auto found = attribute("EADS announced plans to shift much production to the US. "
                                 "Airbus announced 10,000 job cuts.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].content, "plans to shift much production to the US");
}

TEST(Attribution, aCoordinatedClauseWithItsOwnSourceAndCueEndsTheContent)
{
    const auto found = attribute("Sen. Ana Velmor of Maine said she had serious concerns about the plan, and Sen. "
                                 "Dan Hoth of Nevada insisted that he would not vote for it.");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].content, "she had serious concerns about the plan");
    EXPECT_EQ(found[1].content, "he would not vote for it");
}

TEST(Attribution, aCueInsideARelativeClauseTakesTheClauseUpToItsClosingComma)
{
    const auto found
        = attribute("The president, who had privately called the House bill \"mean,\" praised the Senate effort.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].content.rfind("the House bill", 0), 0u);
    EXPECT_EQ(found[0].content.find("praised"), std::string::npos);
}

TEST(Attribution, examplesAfterIncludingBelongToTheSourceBeforeThem)
{
    const auto found = attribute("Several conservative senators, including Ron Pall of Kentucky and Ted Crane of "
                                 "Texas, signaled they could not support the measure.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].speakerText.rfind("Several conservative senators", 0), 0u);
    EXPECT_EQ(found[0].content, "they could not support the measure");
}

TEST(Attribution, beliefsAreNoStatements)
{
    EXPECT_TRUE(attribute("The president believes the plan will bring down costs.").empty());
    EXPECT_TRUE(attribute("Analysts think prices will rise, and the bank hopes demand will recover.").empty());
}

TEST(Attribution, aLongParticipleAppositiveSitsBetweenTheSourceAndItsCue)
{
    const auto found
        = attribute("A senior administration official, speaking on condition of anonymity because he "
                    "was not authorized to discuss the matter, said the department was reviewing the law.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].speakerText.rfind("A senior administration official", 0), 0u);
    EXPECT_EQ(found[0].content, "the department was reviewing the law");
}

TEST(Attribution, aQuoteAfterAColonBelongsToTheNamedSubjectBeforeIt)
{
    const auto found = attribute("Governor Dorn said the law was fair.\n\nAnna Velmor, the former candidate, put it "
                                 "bluntly in an interview: \"This is a step backwards for all of us.\"");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[1].content, "This is a step backwards for all of us.");
    EXPECT_EQ(found[1].speakerText, "Anna Velmor");
}

TEST(Attribution, aSourceAndCueInsideAnObjectRelativeClauseReportTheClausesVerbPhrase)
{
    const auto found = attribute("The governor signed the law, a move that rights groups said would make it harder "
                                 "to vote. The law, which critics say is unconstitutional, takes effect in July.");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].speakerText, "rights groups");
    EXPECT_EQ(found[0].content, "would make it harder to vote");
    EXPECT_EQ(found[1].speakerText, "critics");
    EXPECT_EQ(found[1].content, "is unconstitutional");
}

TEST(Attribution, aDemonstrativeThatIsNoRelativePronounBeforeTheSource)
{
    const auto found = attribute(
        "Expanding on that point he stated that he expected the company to grow, and that costs would fall.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].content, "he expected the company to grow, and that costs would fall");
}

TEST(Attribution, aSecondCueOfTheSameSubjectAfterAndEndsTheFirstContent)
{
    const auto found = attribute("Jeffries called the bill \"a victory for the American people\" and said Democrats "
                                 "had forced Republicans to retreat. He said the firm hired 20 people and announced "
                                 "a new plant in Ohio.");
    ASSERT_EQ(found.size(), 3u);
    EXPECT_EQ(found[0].content, "the bill \"a victory for the American people\"");
    EXPECT_EQ(found[1].content, "Democrats had forced Republicans to retreat");
    EXPECT_EQ(found[2].content, "the firm hired 20 people and announced a new plant in Ohio");
    const auto named
        = attribute("Paul tweeted that the bill \"does not repeal the law\" and called it \"Obamacare Lite.\"");
    ASSERT_EQ(named.size(), 2u);
    EXPECT_EQ(named[0].content, "the bill \"does not repeal the law\"");
}

TEST(Attribution, anAdjunctSetOffByCommasMayStandBetweenTheCueAndThat)
{
    const auto found = attribute("Dorn has repeatedly claimed, without evidence, that the election was rigged.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].content, "the election was rigged");
}

TEST(Attribution, aGlossLikeAClaimTheGovernorRejectsEndsTheContent)
{
    const auto found = attribute("Critics argue the law violates the First Amendment, a claim the governor rejects.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].content, "the law violates the First Amendment");
}

TEST(Attribution, aRestrictiveRelativesAntecedentStartsAfterTheMainVerb)
{
    const auto found = attribute("The remarks angered Democrats who said they were racist. A report released by the "
                                 "agency, which noted that costs rose, was published.");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].speakerText, "Democrats");
    EXPECT_EQ(found[1].speakerText, "A report released by the agency");
    EXPECT_EQ(found[1].content, "costs rose");
}

TEST(Attribution, aStatementReleasedBySomeoneMayStandBetweenTheCueAndThat)
{
    const auto found = attribute("The spokesman, Andrew Bales, said in a statement released by the campaign that the "
                                 "attacks were desperate.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].content, "the attacks were desperate");
}

TEST(Attribution, quotedAsSayingIsACueWithItsSubjectAsSource)
{
    const auto found = attribute("Cornell was quoted as saying the party could not win without young voters.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].speakerText, "Cornell");
    EXPECT_EQ(found[0].content, "the party could not win without young voters");
}

TEST(Attribution, anAppositionOpenedByAnIrregularParticipleWithBySitsBetweenSourceAndCue)
{
    const auto found = attribute("Republicans, led by Jim Jordell, said the administration ignored the crisis.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].speakerText.rfind("Republicans", 0), 0u);
}

TEST(Attribution, aDescriptionWithItsOwnRelativeClauseSitsBetweenTheNameAndTheCue)
{
    const auto found = attribute("Professor Jean-Marc Herault, a frog expert at Velmont University who was not "
                                 "involved in the research, called the discovery \"remarkable\".");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].speakerText.rfind("Professor Jean-Marc Herault", 0), 0u);
}

TEST(Attribution, aDescriptionWhoseRelativeClauseOpensWithThatSitsBetweenTheNameAndTheCue)
{
    const auto found = attribute("Tomas Verhaal, a lawyer for the ferry operators that brought the case, argued that "
                                 "the rule gave the ministry too much power.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].speakerText.rfind("Tomas Verhaal", 0), 0u);
    EXPECT_EQ(found[0].content, "the rule gave the ministry too much power");
}

TEST(Attribution, theIngFormOfEveryCommonCueTakesTheMainSubjectAsSpeaker)
{
    for (const char* cue : { "suggesting", "confirming", "insisting", "conceding", "complaining", "maintaining" }) {
        const std::string text = std::string("Judge Orla Brennick went further, ") + cue
            + " that the old rule had been a muddle from the start.";
        const auto found = attribute(text);
        ASSERT_EQ(found.size(), 1u) << cue;
        EXPECT_EQ(found[0].speakerText, "Judge Orla Brennick") << cue;
        EXPECT_EQ(found[0].content, "the old rule had been a muddle from the start") << cue;
    }
}

TEST(Attribution, aSecondCueJoinedByButIsAStatementOfTheSameSubject)
{
    for (const char* joint : { " but insisted", ", but warned" }) {
        const std::string text = std::string("The harbour master said the talks were going well") + joint
            + " that any deal must include new money.";
        const auto found = attribute(text);
        ASSERT_EQ(found.size(), 2u) << joint;
        EXPECT_EQ(found[0].content, "the talks were going well") << joint;
        EXPECT_EQ(found[1].content, "any deal must include new money") << joint;
        EXPECT_EQ(found[1].speakerText, "The harbour master") << joint;
    }
}

TEST(Attribution, aCoordinatedClauseWhoseSourceOpensWithAModifierEndsTheContent)
{
    const auto found = attribute("A group of senators said they were close to a deal, but conservative Republicans "
                                 "in the House warned that any agreement would fail.");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].content, "they were close to a deal");
    EXPECT_EQ(found[1].content, "any agreement would fail");
}

TEST(Attribution, aBareDayBetweenTheCueAndTheClauseIsNoContent)
{
    const auto found = attribute("Officials said Tuesday they were close to a deal. The mayor said yesterday the "
                                 "plan had failed. The analyst said March sales were weak.");
    ASSERT_EQ(found.size(), 3u);
    EXPECT_EQ(found[0].content, "they were close to a deal");
    EXPECT_EQ(found[1].content, "the plan had failed");
    EXPECT_EQ(found[2].content, "March sales were weak");
}

TEST(Attribution, anAdjunctAfterTheCueOfAQuoteIsNoSecondStatement)
{
    const auto found = attribute("\"We inherited a stretched department,\" Dorrance said during a news conference at "
                                 "the town hall.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].content, "We inherited a stretched department");
}

TEST(Attribution, aQuotedObjectOfAPrepositionAfterTheCueIsNoStatement)
{
    EXPECT_TRUE(attribute("Chancellor Imke Vorland warned against \"a spiral of protectionism\".").empty());
}

TEST(Attribution, theSourceOfAnUnnamedSpeakerStopsBeforeItsRelativeClause)
{
    const auto found = attribute("The official, who spoke on condition of anonymity to discuss the plan, said the "
                                 "tariffs would rise.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].speakerText, "The official");
}

TEST(Attribution, aPossessiveAfterAPrepositionStaysInsideTheSourceOfAccordingTo)
{
    const auto found = attribute("The minister will resign next month, according to two people familiar with her "
                                 "plans.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].speakerText, "two people familiar with her plans");
    EXPECT_EQ(found[0].content, "The minister will resign next month");
}

TEST(Attribution, withASourceTellingReportersThatIsAParticipleStatement)
{
    const auto found = attribute("The agency defended its plan, with a senior official telling reporters that the "
                                 "move was needed to protect jobs.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].speakerText, "a senior official");
    EXPECT_EQ(found[0].content, "the move was needed to protect jobs");
}

TEST(Attribution, aNameParticleInsideTheSourceKeepsTheWholeSource)
{
    const auto found = attribute("Climate scientist Joao Mendes of the Federal University of Rio Verde do Sul told "
                                 "reporters that the drought would last.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].speakerText.rfind("Climate scientist Joao Mendes", 0), 0u) << found[0].speakerText;
}

TEST(Attribution, speechCuesOfPoliticalReportingTakeAClause)
{
    for (const char* cue : { "charged", "bragged", "disputed", "projected", "underscored", "protested", "implied" }) {
        const std::string text = std::string("The harbour committee ") + cue + " that the ferry plan would cost jobs.";
        const auto found = attribute(text);
        ASSERT_EQ(found.size(), 1u) << cue;
        EXPECT_EQ(found[0].content, "the ferry plan would cost jobs") << cue;
    }
    // a present-tense "promises" of a thing is no speech
    EXPECT_TRUE(attribute("The new ferry promises increased comfort as it is the first of its kind.").empty());
}

TEST(Attribution, oneResidentAfterTheCueIsTheSourceAndAskedNotToBeNamedSaysNothing)
{
    const auto found = attribute("\"It is a disgrace,\" said one resident, who asked not to be named.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].speakerText.rfind("one resident", 0), 0u) << found[0].speakerText;
    EXPECT_EQ(found[0].content, "It is a disgrace");
}

TEST(Attribution, theUnionIsAUnionNotTheMostRecentOrganization)
{
    const auto found = attribute("Speaking to Brennick Radio, the organiser explained the route. The union claims the "
                                 "plan will cost 2,000 jobs, a figure the company disputes.");
    ASSERT_FALSE(found.empty());
    const auto& claim = found.back();
    EXPECT_EQ(claim.speakerText, "The union");
    EXPECT_EQ(claim.speakerName, "");
    EXPECT_EQ(claim.content, "the plan will cost 2,000 jobs");
}

TEST(Attribution, wentOnToSayIsACue)
{
    const auto found = attribute("The organiser went on to say that more than 5,000 people were expected.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].content, "more than 5,000 people were expected");
}

TEST(Attribution, aClauseBeforeACommaAndAccordingToIsWholeWithTheAttributionInsideIt)
{
    const auto found = attribute("The chief of staff told aides that the order had to move quickly, according to a "
                                 "person familiar with the discussions.");
    bool whole = false;
    for (const auto& statement : found)
        whole = whole || statement.content == "The chief of staff told aides that the order had to move quickly";
    EXPECT_TRUE(whole);
}

TEST(Attribution, aParentheticalAttributionAfterTheSubjectKeepsTheWholeClause)
{
    const auto found = attribute("Republicans, he added, had shown interest. Since then, she says, the plane has "
                                 "flown twice.");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].content, "Republicans, he added, had shown interest");
    EXPECT_EQ(found[1].content, "the plane has flown twice");
}

TEST(Attribution, anAdverbMayStandBetweenTheCueAndThat)
{
    const auto found = attribute("Aides said privately that the president had been alarmed.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].content, "the president had been alarmed");
}

TEST(Attribution, aDocumentInsideAnotherCuesAdjunctIsNoSource)
{
    const auto found = attribute("Her son, Imre, said in a statement read outside court that the family had been "
                                 "\"destroyed\" by the death.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].speakerText, "Imre");
    EXPECT_EQ(found[0].content, "the family had been \"destroyed\" by the death");
}

TEST(Attribution, describedXAsAQuoteKeepsTheObject)
{
    const auto found = attribute("A neighbour described Mr Ravel as \"the kindest man on the street\".");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].content, "Mr Ravel as \"the kindest man on the street\"");
}

TEST(Attribution, sheAfterAnUnnamedSpokeswomanContinuesHerNotTheLastNamedPerson)
{
    const auto found = attribute("Conrad Hoskel said the frog was rare. A spokeswoman for the department said "
                                 "officials would review the paper. \"We take these findings seriously,\" she said.");
    ASSERT_EQ(found.size(), 3u);
    EXPECT_EQ(found[2].speakerName, "");
    EXPECT_EQ(found[2].speakerText, "A spokeswoman for the department");
}

TEST(Attribution, aDescriptionWithACapitalisedModifierIsNotAnotherRecentOrganization)
{
    const auto found = attribute("Velmora Holdings sold the site. The Talvoran environment department said it would "
                                 "consider listing the species.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].speakerName, "");
}

TEST(Attribution, theVerbOfABareContentMustBeInItsFirstClause)
{
    EXPECT_TRUE(attribute("In 2010, the company recalled millions of vehicles over braking problems, and its "
                          "president apologised before Congress.")
                    .empty());
    const auto found = attribute("The Japanese automaker said the fault was fixed, and no crash was reported.");
    ASSERT_EQ(found.size(), 1u);
}

TEST(Attribution, aPlaceAfterInSaysWhereTheSourceIsNotWhoItIs)
{
    const auto found = attribute("The Joint Velmor Centre in Istanbul, which inspects the ships, said exports had "
                                 "risen. Critics in Kyiv, however, argue that the inspections slow exports.");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].speakerName, "Joint Velmor Centre");
    EXPECT_EQ(found[1].speakerName, "");
    EXPECT_EQ(found[1].speakerText, "Critics in Kyiv");
}

TEST(Attribution, aParticipleAppositionDescribesTheSourceAndNamesNoSpeaker)
{
    const auto found = attribute("The Velmoran Union mission, led by former president Uhuru Kentara, urged candidates "
                                 "to settle disputes peacefully.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_NE(found[0].speakerName, "Uhuru Kentara");
}

TEST(Attribution, callingAsAParticipleNamesLikeCalled)
{
    const auto found = attribute("\"We will challenge it in court,\" Obra told supporters, calling the vote \"the most "
                                 "controversial election\" in the country's history. He has been calling a press "
                                 "conference every week.");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[1].cue, "calling");
    EXPECT_EQ(found[1].speakerName, "Obra");
}

TEST(Attribution, aWhoseClauseBetweenTheSourceAndTheCueIsAnApposition)
{
    const auto found = attribute("Attorney General Keith Ellwood, whose office prosecuted the case, called the "
                                 "sentence \"one of the longest\" ever given.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].speakerName, "Keith Ellwood");
}

TEST(Attribution, anAdjectiveInEdAfterADeterminerStaysInTheAdjunctBeforeThat)
{
    const auto found = attribute("Yoon said in a televised statement that he would \"never give up\".");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].content, "he would \"never give up\"");
}

TEST(Attribution, aCommonNounSourceBeforeARelativeClauseSetOffByCommasIsTheSource)
{
    const auto found = attribute("The mayor, who was elected last year, said the city would not raise taxes. The "
                                 "union, which represents most drivers, said the strike would go on.");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].speakerText, "The mayor");
    EXPECT_EQ(found[0].content, "the city would not raise taxes");
    EXPECT_EQ(found[1].speakerText, "The union");
}

TEST(Attribution, aReducedRelativeClauseInAnAppositionIsNoVerb)
{
    const auto found = attribute("Velmor Watch, a lobby group based in Brussels, said the walkout would cost "
                                 "millions. A survey released last month by the Kestrel Foundation found that most "
                                 "adults support the plan.");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].speakerName, "Velmor Watch");
    EXPECT_EQ(found[1].speakerName, "Kestrel Foundation");
    EXPECT_EQ(found[1].content, "most adults support the plan");
    const auto timed = attribute("A survey published on Monday found that voters are split.");
    ASSERT_EQ(timed.size(), 1u);
    EXPECT_EQ(timed[0].content, "voters are split");
}

TEST(Attribution, aSourceCloseToSomeoneAfterTheContentIsTheWholePhrase)
{
    const auto found = attribute("Arlen Vosk is expected to announce a new party soon, a source close to him told "
                                 "the Velmor Herald.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].speakerText, "a source close to him");
    EXPECT_EQ(found[0].content, "Arlen Vosk is expected to announce a new party soon");
}

TEST(Attribution, aDescriptionOfTheSourceAfterAccordingToIsNotContent)
{
    const auto found = attribute("According to Tessa Marlowe, chief economist at Kestrel Bank in Velmor, markets had "
                                 "expected the plan to pass. According to the Velmor Post, one reader, who lives in "
                                 "Arlen, wrote that the plan was unfair.");
    ASSERT_GE(found.size(), 1u);
    EXPECT_EQ(found[0].speakerName, "Tessa Marlowe");
    EXPECT_EQ(found[0].content, "markets had expected the plan to pass");
    for (const auto& statement : found) // "one reader, who lives in Arlen," is the subject of the next clause
        EXPECT_FALSE(statement.content.starts_with("who lives")) << statement.content;
}

TEST(Attribution, aContrastingClauseWhoseSourceDeclinedToCommentEndsTheContent)
{
    const auto found = attribute("Sen. Tom Arlen said he wanted to see the final text first, while aides to Sen. "
                                 "Mara Velk declined to comment.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].content, "he wanted to see the final text first");
}

TEST(Attribution, aTitleBeforeAnAppositiveNameIsThatPersonsNotAnEarlierMinisters)
{
    const auto found = attribute("Velmor's Environment Minister, Mara Velk, told reporters the rules would change. "
                                 "The country's Foreign Minister, Tomas Brandt, said the talks had failed.");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].speakerName, "Mara Velk");
    EXPECT_EQ(found[1].speakerName, "Tomas Brandt");
}

TEST(Attribution, anOrganizationNamedBeforeItsNounIsTheSpeaker)
{
    const auto found = attribute("Flights were cancelled across Velmor. The VCTA union, which represents most "
                                 "controllers, said the strike would continue.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].speakerName, "VCTA");
}

TEST(Attribution, theUniversityIsTheUniversityNamedBefore)
{
    const auto found = attribute("Researchers from Kestrel University found a new frog, the university announced "
                                 "on Tuesday.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].speakerName, "Kestrel University");
}

TEST(Attribution, aNameInAppositionBelongsToTheSubjectOfACoordinatedCue)
{
    const auto found = attribute("Velmor's environment minister, Mara Velk, welcomed the findings and said the "
                                 "government would fund further surveys.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].speakerName, "Mara Velk");
}

TEST(Attribution, aNationalityBeforeACompanyNounStillFindsTheCompanyButNotAGovernment)
{
    const auto company = attribute("Kestrel Motor Corporation will recall 1.2 million cars. The Japanese carmaker "
                                   "said it knew of no injuries.");
    ASSERT_EQ(company.size(), 1u);
    EXPECT_EQ(company[0].speakerName, "Kestrel Motor Corporation");
    const auto government = attribute("Kestrel Motor Corporation will cut jobs. The Dutch government said it would "
                                      "help suppliers.");
    ASSERT_EQ(government.size(), 1u);
    EXPECT_EQ(government[0].speakerName, "");
}

TEST(Attribution, aPartyAndStateTagAfterTheNameBelongsToTheSource)
{
    const auto found = attribute("Speaker Tom Arlen, R-Calif., said the bill was \"the responsible thing to do,\" "
                                 "even as conservatives in his party threatened to oust him. Rep. Mara Velk, D-N.Y., "
                                 "one of his fiercest critics, said she would vote against it.");
    ASSERT_GE(found.size(), 2u);
    EXPECT_EQ(found[0].speakerName, "Tom Arlen");
    EXPECT_EQ(found[0].content, "the bill was \"the responsible thing to do,\"");
    EXPECT_EQ(found.back().speakerName, "Mara Velk");
    EXPECT_EQ(found.back().content, "she would vote against it");
}

TEST(Attribution, membersOfAPartyInABodyAreAnUnnamedGroupNotTheBody)
{
    const auto found = attribute("Senate Democrats said the bill would pass. The Senate will vote on Friday.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].speakerText, "Senate Democrats");
    EXPECT_EQ(found[0].speakerName, "");
}
