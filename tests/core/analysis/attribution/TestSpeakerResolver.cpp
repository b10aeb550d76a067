// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "AttributionTestSupport.h"

using namespace sayline::analysis;
using namespace sayline::analysis::test;
using sayline::model::EntityType;

namespace {

int offsetOf(const std::string& text, const std::string& part, std::size_t from = 0)
{
    return static_cast<int>(text.find(part, from)); // ASCII test texts: bytes = UTF-16 units
}

} // namespace

TEST(SpeakerResolver, resolvesPronounToLastNamedSpeaker)
{
    const auto found = attribute("Fritz Henderson said the process would be quick. He stated that GM remains open.");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[1].speakerText, "He");
    EXPECT_EQ(found[1].speakerName, "Fritz Henderson");
}

TEST(SpeakerResolver, surnameJoinsTheFullName)
{
    const auto found = attribute("China's Foreign Ministry spokesperson Wang Wenbin said that talks went well. "
                                 "\"We are ready,\" Wang said.");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[1].speakerText, "Wang");
    EXPECT_EQ(found[1].speakerName, "Wang Wenbin");
}

TEST(SpeakerResolver, aNameTheEntityStageMissedStaysTheSourceAsWritten)
{
    const EntityList none;
    const auto found = attribute("Jones said the deal was close.", none);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].speakerName, "");
    EXPECT_EQ(found[0].speakerText, "Jones");
    EXPECT_EQ(found[0].sieve, "speaker-in-sentence");
    EXPECT_EQ(found[0].explanation, "named in the sentence: \u201cJones\u201d \u2192 unnamed");
}

TEST(SpeakerResolver, surnameFindsAnEarlierFullName)
{
    const auto found = attribute("President Dmitry Medvedev met bankers. Medvedev said the market needs support.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].speakerName, "Dmitry Medvedev");
}

TEST(SpeakerResolver, usesTheEntityRecognizersMentions)
{
    const std::string text = "Sales fell, the carmaker said. The company said it would cut jobs.";
    EntityList entities;
    EntityRecord carmaker;
    carmaker.type = EntityType::Organization;
    carmaker.name = "General Motors";
    carmaker.mentions.push_back(
        { offsetOf(text, "the carmaker"), offsetOf(text, "the carmaker") + 12, MentionKind::Nominal });
    entities.records.push_back(carmaker);
    const auto found = attribute(text, entities);
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].speakerName, "General Motors");
    // "The company" has no mention: it refers back to the most recent organization.
    EXPECT_EQ(found[1].speakerName, "General Motors");
    EXPECT_EQ(entities.records.size(), 1u);
}

TEST(SpeakerResolver, pronounMentionFromTheRecognizerWins)
{
    const std::string text = "Mary Barra joined GM. \"This is an exciting time,\" she said.";
    EntityList entities;
    EntityRecord barra;
    barra.type = EntityType::Person;
    barra.name = "Mary Barra";
    barra.mentions.push_back({ 0, 10, MentionKind::Name });
    barra.mentions.push_back({ offsetOf(text, "she"), offsetOf(text, "she") + 3, MentionKind::Pronoun });
    entities.records.push_back(barra);
    const auto found = attribute(text, entities);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].speakerName, "Mary Barra");
}

TEST(SpeakerResolver, pronounFallsBackToMostRecentlyMentionedPerson)
{
    const std::string text = "Daniel Akerson will step down. In a message, he said: \"I will leave with pride.\"";
    EntityList entities;
    EntityRecord akerson;
    akerson.type = EntityType::Person;
    akerson.name = "Daniel Akerson";
    akerson.mentions.push_back({ 0, 14, MentionKind::Name });
    entities.records.push_back(akerson);
    const auto found = attribute(text, entities);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].speakerName, "Daniel Akerson");
    EXPECT_EQ(found[0].sieve, "pronoun");
}

TEST(SpeakerResolver, theyContinuesAnUnnamedGroup)
{
    const auto found
        = attribute("Barclays economists said markets are sceptical. They predicted stocks would stay volatile.");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[1].speakerName, "");
    EXPECT_EQ(found[1].speakerText, "Barclays economists");
}

TEST(SpeakerResolver, unnamedSourcesStayUnnamed)
{
    const auto found = attribute("A Romanian official said the border would stay open.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].speakerName, "");
    EXPECT_EQ(found[0].speakerText, "A Romanian official");
}

TEST(SpeakerResolver, leadOfficialIsNamedInTheNextStatement)
{
    const auto found = attribute("The US is the major threat, a senior Chinese official said on Wednesday.\n\n"
                                 "Foreign Ministry spokesperson Wang Wenbin said that the report was alarming.");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].speakerText, "a senior Chinese official");
    EXPECT_EQ(found[0].speakerName, "Wang Wenbin");
}

TEST(SpeakerResolver, aNameWithItsAcronymInParenthesesIsTheNamedOrganization)
{
    const auto found = attribute("General Motors Corporation (GM) announced that it saw a 45% drop in sales. "
                                 "GM said it might need $30 billion.");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].speakerText, "General Motors Corporation (GM)");
    EXPECT_EQ(found[0].speakerName, "General Motors Corporation");
    EXPECT_EQ(found[1].speakerName, "General Motors Corporation"); // the entity stage links the acronym
}

TEST(SpeakerResolver, honorificsAndTitlesAreStripped)
{
    const auto found = attribute("Mr. Smith said the plan was fine. Apple Inc. CEO Steve Jobs said it was great.");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].speakerName, "Smith");
    EXPECT_EQ(found[1].speakerName, "Steve Jobs");
    EXPECT_EQ(found[1].speakerText, "Apple Inc. CEO Steve Jobs");
}

TEST(SpeakerResolver, descriptionWithANameInItsPrepositionStaysUnnamed)
{
    const auto found = attribute("A spokesman for Boeing said the plane was safe. "
                                 "A statement from Apple Computer said the case was closed.");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].speakerName, "");
    EXPECT_EQ(found[0].speakerText, "A spokesman for Boeing");
    EXPECT_EQ(found[1].speakerName, "Apple Computer");
}

TEST(SpeakerResolver, personalNameAfterTheOrganizationOfADescription)
{
    const auto found = attribute("\"Spring shows signs of hope,\" said the chairman of Chrysler LLC Jim Press.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].speakerName, "Jim Press");
}

TEST(SpeakerResolver, clauseOpenersAreNotPartOfNames)
{
    const auto found
        = attribute("When Margaret Hamilton joined, she was young. Hamilton said \"He loved that computer.\"");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].speakerName, "Margaret Hamilton");
}

TEST(SpeakerResolver, contractionsAreNoSources)
{
    EXPECT_TRUE(attribute("Let's say the sale is not a merger.").empty());
}

TEST(SpeakerResolver, possessorIsNotTheSource)
{
    const std::string text = "New York's chief medical examiner concluded that he hanged himself.";
    EntityList entities;
    EntityRecord city;
    city.type = EntityType::Location;
    city.name = "New York";
    city.mentions.push_back({ 0, 8, MentionKind::Name });
    entities.records.push_back(city);
    const auto found = attribute(text, entities);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].speakerName, "");
    EXPECT_EQ(found[0].speakerText, "New York's chief medical examiner");
}

TEST(SpeakerResolver, personBeforeOfOrganization)
{
    const auto found = attribute("\"We changed the design,\" comments Robin Biesbroek of the CDF.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].speakerName, "Robin Biesbroek");
}

TEST(SpeakerResolver, personalPronounIgnoresAnOrganizationMention)
{
    const std::string text = "\"It is symbolic,\" said Jan Techau of the Marshall Fund. They expect little, he said.";
    // The recognizer's entities, with "he" wrongly given to the organization.
    EntityList entities = recognise(text);
    for (EntityRecord& record : entities.records)
        std::erase_if(record.mentions, [&](const MentionRecord& m) { return m.start == offsetOf(text, "he said"); });
    EntityRecord fund;
    fund.type = EntityType::Organization;
    fund.name = "Marshall Fund";
    fund.mentions.push_back(
        { offsetOf(text, "Marshall Fund"), offsetOf(text, "Marshall Fund") + 13, MentionKind::Name });
    fund.mentions.push_back({ offsetOf(text, "he said"), offsetOf(text, "he said") + 2, MentionKind::Pronoun });
    entities.records.push_back(fund);
    const auto found = attribute(text, entities);
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].speakerName, "Jan Techau");
    EXPECT_EQ(found[1].speakerName, "Jan Techau");
}

TEST(SpeakerResolver, acronymsThatSpellFunctionWordsAreNames)
{
    const auto found = attribute("\"The new normal is here,\" the WHO said. The WHO said that cases rose.");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].speakerName, "WHO");
    EXPECT_EQ(found[1].content, "cases rose");
}

TEST(SpeakerResolver, definiteGroupAndTheyReferBackToAPluralSource)
{
    const auto found = attribute("Citing people familiar with the situation, the paper reported that he was ousted. "
                                 "The sources claimed that he clashed with the board. "
                                 "They said the decision was made in June.");
    ASSERT_EQ(found.size(), 3u);
    EXPECT_EQ(found[1].speakerText, "people familiar with the situation");
    EXPECT_EQ(found[2].speakerText, "people familiar with the situation");
}

TEST(SpeakerResolver, trailingDateIsNoAppositiveName)
{
    const auto found = attribute("According to a statement released by the ministry on Sunday, the talks will resume.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].speakerName, "");
    EXPECT_EQ(found[0].speakerText, "a statement released by the ministry on Sunday");
}

TEST(SpeakerResolver, theyContinuesTheUnnamedSourceOfTheStatementBefore)
{
    const std::string text = "Analysts at the bank said demand was weak.\n\nThey also said that Apple had cut orders.";
    EntityList entities;
    EntityRecord apple;
    apple.type = EntityType::Organization;
    apple.name = "Apple";
    apple.mentions.push_back({ offsetOf(text, "They"), offsetOf(text, "They") + 4, MentionKind::Pronoun });
    entities.records.push_back(apple);
    const auto found = attribute(text, entities);
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[1].speakerName, "");
    EXPECT_EQ(found[1].speakerText, "Analysts at the bank");
}
