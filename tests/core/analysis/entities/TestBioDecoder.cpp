// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <vector>

#include "analysis/entities/BioDecoder.h"

using namespace sayline::analysis;
using sayline::model::EntityType;

namespace {

/// Emissions where each token strongly prefers one tag.
std::vector<int> preferring(const std::vector<NameTag>& tags, int strength = 10)
{
    std::vector<int> out(tags.size() * kNameTagCount, 0);
    for (std::size_t i = 0; i < tags.size(); ++i)
        out[i * kNameTagCount + static_cast<std::size_t>(tagIndex(tags[i]))] = strength;
    return out;
}

} // namespace

TEST(BioDecoder, followsTheEmissionsWhenTheyAreWellFormed)
{
    const std::vector<NameTag> tags
        = { NameTag::BeginPerson, NameTag::InsidePerson, NameTag::Outside, NameTag::BeginLocation };
    EXPECT_EQ(decodeNameTags(preferring(tags), TagTransitions {}), tags);
}

TEST(BioDecoder, neverOpensASentenceOrFollowsOutsideWithAnInsideTag)
{
    const std::vector<NameTag> wanted = { NameTag::InsideOrganization, NameTag::Outside, NameTag::InsideLocation };
    const std::vector<NameTag> decoded = decodeNameTags(preferring(wanted), TagTransitions {});
    ASSERT_EQ(decoded.size(), wanted.size());
    for (std::size_t i = 0; i < decoded.size(); ++i)
        EXPECT_TRUE(mayFollow(i == 0 ? std::nullopt : std::optional<NameTag>(decoded[i - 1]), decoded[i])) << i;
}

TEST(BioDecoder, anInsideTagKeepsTheTypeOfItsName)
{
    // B-PER then a token that prefers I-ORG: I-ORG may not follow B-PER.
    const std::vector<NameTag> decoded
        = decodeNameTags(preferring({ NameTag::BeginPerson, NameTag::InsideOrganization }), TagTransitions {});
    EXPECT_FALSE(isInside(decoded[1]) && tagType(decoded[1]) != tagType(decoded[0]));
}

TEST(BioDecoder, transitionsCanOutweighAWeakEmission)
{
    std::vector<int> emissions = preferring({ NameTag::BeginOrganization, NameTag::Outside }, 10);
    emissions[kNameTagCount + tagIndex(NameTag::InsideOrganization)] = 8; // the second token leans O, barely
    TagTransitions transitions {};
    transitions[static_cast<std::size_t>(tagIndex(NameTag::BeginOrganization) * kNameTagCount
                                         + tagIndex(NameTag::InsideOrganization))]
        = 5;
    const std::vector<NameTag> decoded = decodeNameTags(emissions, transitions);
    EXPECT_EQ(decoded[1], NameTag::InsideOrganization);
}

TEST(BioDecoder, anEmptySentenceHasNoTags)
{
    EXPECT_TRUE(decodeNameTags({}, TagTransitions {}).empty());
}

TEST(NameTag, namesRoundTripAsInCoNLLFiles)
{
    for (int i = 0; i < kNameTagCount; ++i)
        EXPECT_EQ(tagFromName(tagName(tagAt(i))), tagAt(i));
    EXPECT_EQ(tagName(beginTag(EntityType::Misc)), "B-MISC");
    EXPECT_FALSE(tagFromName("B-GPE").has_value());
}
