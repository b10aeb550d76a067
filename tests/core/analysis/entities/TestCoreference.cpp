// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "EntityTestSupport.h"

using namespace sayline::analysis;
using sayline::analysis::test::Recognised;
using sayline::model::EntityType;

TEST(Coreference, surnameJoinsTheFullName)
{
    const Recognised r("Mary Barra was appointed chief executive. Barra said the company would grow.");
    const EntityRecord* barra = r.named("Mary Barra");
    ASSERT_NE(barra, nullptr);
    EXPECT_EQ(barra->type, EntityType::Person);
    EXPECT_EQ(r.mentions(*barra, MentionKind::Name), (std::vector<std::string> { "Mary Barra", "Barra" }));
    EXPECT_EQ(barra->aliases, std::vector<std::string> { "Barra" });
    EXPECT_EQ(r.entities().records.size(), 1u);
}

TEST(Coreference, surnameBeforeTheFullNameStillJoins)
{
    const Recognised r("Kowalczyk spoke first. Later, analyst Adam Kowalczyk said prices would fall.");
    const EntityRecord* jan = r.named("Adam Kowalczyk");
    ASSERT_NE(jan, nullptr);
    EXPECT_EQ(r.mentions(*jan, MentionKind::Name).size(), 2u);
}

TEST(Coreference, aSurnameUsedAsAPersonRetypesAGuessedNameAndJoinsIt)
{
    // Nothing types the unknown name but the tagger's guess; its surname said something, so it is a person.
    for (const char* name : { "Tovah Brenlin", "Nikki Orsaly", "Marit Sandvole" }) {
        const std::string full(name);
        const std::string surname = full.substr(full.find(' ') + 1);
        const Recognised r(
            full + " on Wednesday challenged the governor to a debate in the capital.\n\n\"He is afraid,\" " + surname
                + " told supporters.",
            NameTyping::Tagger);
        const EntityRecord* person = r.named(full);
        ASSERT_NE(person, nullptr) << name;
        EXPECT_EQ(person->type, EntityType::Person) << name;
        EXPECT_EQ(r.mentions(*person, MentionKind::Name), (std::vector<std::string> { full, surname })) << name;
    }
}

TEST(Coreference, organizationShortFormJoinsTheLongName)
{
    const Recognised r("Zelkova Motor Company reported losses. Zelkova said it would cut jobs.");
    const EntityRecord* zelkova = r.named("Zelkova Motor Company");
    ASSERT_NE(zelkova, nullptr);
    EXPECT_EQ(zelkova->type, EntityType::Organization);
    EXPECT_TRUE(Recognised::has(zelkova->aliases, "Zelkova"));
}

TEST(Coreference, pronounResolvesToTheSubjectOfThePreviousSentence)
{
    const Recognised r("John Carter met Mary Lane on Monday. He said the deal was good. She disagreed.");
    const EntityRecord* john = r.named("John Carter");
    const EntityRecord* mary = r.named("Mary Lane");
    ASSERT_NE(john, nullptr);
    ASSERT_NE(mary, nullptr);
    EXPECT_EQ(r.mentions(*john, MentionKind::Pronoun), std::vector<std::string> { "He" });
    EXPECT_EQ(r.mentions(*mary, MentionKind::Pronoun), std::vector<std::string> { "She" });
    EXPECT_TRUE(john->aliases.empty()); // pronouns are never aliases
}

TEST(Coreference, itsResolvesToTheRecentOrganization)
{
    const Recognised r("Zelkova Airlines cut its flights.");
    const EntityRecord* airline = r.named("Zelkova Airlines");
    ASSERT_NE(airline, nullptr);
    EXPECT_EQ(r.mentions(*airline, MentionKind::Pronoun), std::vector<std::string> { "its" });
}

TEST(Coreference, definiteDescriptionResolvesToTheFittingOrganization)
{
    const Recognised r("Zelkova Motors reported losses. The automaker will cut jobs, the ministry said.");
    const EntityRecord* maker = r.named("Zelkova Motors");
    ASSERT_NE(maker, nullptr);
    EXPECT_EQ(r.mentions(*maker, MentionKind::Nominal), std::vector<std::string> { "automaker" });
    EXPECT_TRUE(Recognised::has(maker->aliases, "the automaker"));
    // No ministry was named: "the ministry" stays unresolved.
    for (const EntityRecord& record : r.entities().records)
        EXPECT_FALSE(Recognised::has(record.aliases, "the ministry"));
}

TEST(Coreference, definiteRoleDescriptionResolvesToThePersonWithThatRole)
{
    const Recognised r("Ministry spokesperson Lena Holm spoke on Monday. The spokesperson denied the report.");
    const EntityRecord* holm = r.named("Lena Holm");
    ASSERT_NE(holm, nullptr);
    EXPECT_EQ(r.mentions(*holm, MentionKind::Nominal), std::vector<std::string> { "spokesperson" });
}

TEST(Coreference, unnamedSpeakerInTheLeadIsTheNamedSpeakerThatFollows)
{
    const Recognised r("Prices will rise, a senior official said on Monday.\n\n"
                       "Finance Ministry spokesperson Lena Holm said that costs grew.");
    const EntityRecord* holm = r.named("Lena Holm");
    ASSERT_NE(holm, nullptr);
    EXPECT_TRUE(Recognised::has(holm->aliases, "a senior official"));
    EXPECT_EQ(r.mentions(*holm, MentionKind::Nominal), std::vector<std::string> { "a senior official" });
}

TEST(Coreference, theCompanyIsNeverAGovernmentBody)
{
    const Recognised r("Zelkova Motors asked the US Treasury Department for loans. The company needs cash.");
    const EntityRecord* maker = r.named("Zelkova Motors");
    ASSERT_NE(maker, nullptr);
    EXPECT_EQ(r.mentions(*maker, MentionKind::Nominal), std::vector<std::string> { "company" });
}

TEST(Coreference, roleBeforeACommaStillNamesThePersonsRole)
{
    const Recognised r("Ford Motor Co. said it would not need help. Its chief executive, Alan Mulally, agreed.");
    const EntityRecord* mulally = r.named("Alan Mulally");
    ASSERT_NE(mulally, nullptr);
    EXPECT_TRUE(Recognised::has(mulally->roles, "chief executive"));
    const EntityRecord* ford = r.named("Ford Motor Co.");
    ASSERT_NE(ford, nullptr);
    EXPECT_EQ(r.mentions(*ford, MentionKind::Pronoun), (std::vector<std::string> { "it", "Its" }));
}

TEST(Coreference, productAfterItsIsNoPerson)
{
    const Recognised r("Samsung said its Galaxy Tab sales rose.");
    ASSERT_NE(r.named("Galaxy Tab"), nullptr);
    EXPECT_EQ(r.named("Galaxy Tab")->type, EntityType::Misc);
}

TEST(Coreference, definiteRoleMatchesAcronymRoles)
{
    const Recognised r("Zelkova Corp. CEO Tomas Brandt spoke on Monday. The CEO said sales grew.");
    const EntityRecord* brandt = r.named("Tomas Brandt");
    ASSERT_NE(brandt, nullptr);
    EXPECT_TRUE(Recognised::has(brandt->aliases, "the CEO"));
}

TEST(Coreference, nameWithoutItsLeadingHeadJoinsTheFullName)
{
    const Recognised r("The bank is owned by Grupo Santander. Santander spokesman Juan Perez declined to comment.");
    const EntityRecord* group = r.named("Grupo Santander");
    ASSERT_NE(group, nullptr);
    EXPECT_EQ(group->type, EntityType::Organization);
    EXPECT_TRUE(Recognised::has(group->aliases, "Santander"));
    ASSERT_NE(r.named("Juan Perez"), nullptr);
    EXPECT_EQ(r.named("Juan Perez")->affiliation, r.indexOf(group));
}

TEST(Coreference, aSurnameReadAsAPlaceByAHintStillJoinsThePerson)
{
    // "outside Tarrant" hints at a place; a person named Tarrant in full in the same text is the stronger reading.
    const Recognised r("Mary Tarrant founded the firm in 1990. Reporters waited outside Tarrant for hours.");
    const EntityRecord* tarrant = r.named("Mary Tarrant");
    ASSERT_NE(tarrant, nullptr);
    EXPECT_EQ(tarrant->type, EntityType::Person);
    EXPECT_EQ(r.mentions(*tarrant, MentionKind::Name), (std::vector<std::string> { "Mary Tarrant", "Tarrant" }));
}

TEST(Coreference, theFinanceMinisterIsNotAForeignMinisterNamedBefore)
{
    const Recognised r("Foreign Minister Tomas Brandt met his counterpart on Monday. The Finance Minister said no.");
    const EntityRecord* brandt = r.named("Tomas Brandt");
    ASSERT_NE(brandt, nullptr);
    EXPECT_FALSE(Recognised::has(brandt->aliases, "the Finance Minister"));
    const Recognised same("Foreign Minister Tomas Brandt met his counterpart. The Foreign Minister said no.");
    ASSERT_NE(same.named("Tomas Brandt"), nullptr);
    EXPECT_TRUE(Recognised::has(same.named("Tomas Brandt")->aliases, "the Foreign Minister"));
}

TEST(Coreference, theNameAPersonGoesByInsideALongFullNameJoinsIt)
{
    const Recognised r("President Tomas Arlen Velko da Brandt met reporters. Velko, who began his third term in "
                       "January, called the talks useful.");
    const EntityRecord* president = r.named("Tomas Arlen Velko da Brandt");
    ASSERT_NE(president, nullptr);
    EXPECT_EQ(r.mentioned("Velko"), president);
}
