// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "EntityTestSupport.h"
#include "analysis/entities/AcronymLinker.h"

using namespace sayline::analysis;
using sayline::analysis::test::gazetteer;
using sayline::analysis::test::Recognised;
using sayline::model::EntityType;

TEST(AcronymLinker, initialsMatchWithOrWithoutConnectors)
{
    const AcronymLinker linker(gazetteer());
    EXPECT_TRUE(linker.matchesInitials(u"NSA", u"National Security Agency"));
    EXPECT_TRUE(linker.matchesInitials(u"U.S.", u"United States"));
    EXPECT_TRUE(linker.matchesInitials(u"DoD", u"Department of Defense") == false);
    EXPECT_TRUE(linker.matchesInitials(u"USAF", u"US Air Force"));
    EXPECT_FALSE(linker.matchesInitials(u"NSA", u"National Rifle Association"));
}

TEST(AcronymLinker, parenthesisedAcronymJoinsItsLongForm)
{
    const Recognised r("The Zelkova Research Council (ZRC) met. Later the ZRC published a study.");
    const EntityRecord* council = r.named("Zelkova Research Council");
    ASSERT_NE(council, nullptr);
    EXPECT_EQ(council->type, EntityType::Organization);
    EXPECT_EQ(council->aliases, std::vector<std::string> { "ZRC" });
    EXPECT_EQ(r.mentions(*council, MentionKind::Acronym).size(), 2u);
    EXPECT_EQ(r.named("ZRC"), nullptr);
}

TEST(AcronymLinker, looseAcronymInParenthesesStillLinks)
{
    const Recognised r("The Office of Tailored Access Operations (TAO) is a unit.");
    const EntityRecord* office = r.named("Office of Tailored Access Operations");
    ASSERT_NE(office, nullptr);
    EXPECT_EQ(office->aliases, std::vector<std::string> { "TAO" });
}

TEST(AcronymLinker, acronymOfAnEarlierNameJoinsWithoutParentheses)
{
    const Recognised r("Tarvik Widget Corporation said sales fell. TWC shares dropped.");
    const EntityRecord* company = r.named("Tarvik Widget Corporation");
    ASSERT_NE(company, nullptr);
    EXPECT_TRUE(Recognised::has(company->aliases, "TWC"));
}

TEST(AcronymLinker, acronymOfCommonWordsIsNoName)
{
    const Recognised r("Maintenance, Repair and Overhaul (MRO) work grew. Its earnings before interest and taxes "
                       "(EBIT) rose. The Zelkova Research Council (ZRC) met.");
    EXPECT_EQ(r.mentioned("MRO"), nullptr);
    EXPECT_EQ(r.mentioned("Repair"), nullptr);
    EXPECT_EQ(r.mentioned("EBIT"), nullptr);
    ASSERT_NE(r.named("Zelkova Research Council"), nullptr);
    EXPECT_TRUE(Recognised::has(r.named("Zelkova Research Council")->aliases, "ZRC"));
}
