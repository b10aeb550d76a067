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
    EntityList entities;
    const auto found = attribute("China's Foreign Ministry spokesperson Wang Wenbin said that talks went well. "
                                 "\"We are ready,\" Wang said.",
                                 entities);
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[1].speakerName, "Wang Wenbin");
    ASSERT_EQ(entities.records.size(), 1u);
    EXPECT_EQ(entities.records[0].type, EntityType::Person);
    EXPECT_EQ(entities.records[0].aliases, std::vector<std::string>{"Wang"});
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
    carmaker.mentions.push_back({offsetOf(text, "the carmaker"), offsetOf(text, "the carmaker") + 12,
                                 MentionKind::Nominal});
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
    barra.mentions.push_back({0, 10, MentionKind::Name});
    barra.mentions.push_back({offsetOf(text, "she"), offsetOf(text, "she") + 3, MentionKind::Pronoun});
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
    akerson.mentions.push_back({0, 14, MentionKind::Name});
    entities.records.push_back(akerson);
    const auto found = attribute(text, entities);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].speakerName, "Daniel Akerson");
    // The pronoun became a mention of the entity.
    EXPECT_EQ(entities.records[0].mentions.size(), 2u);
    EXPECT_EQ(entities.records[0].mentions[1].kind, MentionKind::Pronoun);
}

TEST(SpeakerResolver, theyContinuesAnUnnamedGroup)
{
    const auto found = attribute("Barclays economists said markets are sceptical. They predicted stocks would stay volatile.");
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

TEST(SpeakerResolver, acronymInParenthesesBecomesAnAlias)
{
    EntityList entities;
    const auto found = attribute("General Motors Corporation (GM) announced that it saw a 45% drop in sales. "
                                 "GM said it might need $30 billion.",
                                 entities);
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].speakerName, "General Motors Corporation");
    EXPECT_EQ(found[1].speakerName, "General Motors Corporation");
    ASSERT_EQ(entities.records.size(), 1u);
    EXPECT_EQ(entities.records[0].type, EntityType::Organization);
}
