// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "AttributionTestSupport.h"

using namespace sayline::analysis;
using namespace sayline::analysis::test;
using sayline::model::ClaimType;

TEST(ClaimExtractor, givesOneClaimPerStatementInOrderAboutTheEntitiesItNamesButTheSpeaker)
{
    const Document document("Zelkova Motors said Tarvik Widget Corporation must pay. Tarvik Widget Corporation "
                            "denied that Zelkova Motors was harmed.");
    const TokenView view(document, wordClasses());
    EntityList entities;
    entities.records.push_back({ sayline::model::EntityType::Organization,
                                 "Zelkova Motors",
                                 {},
                                 {},
                                 -1,
                                 { { 0, 14, MentionKind::Name }, { 94, 108, MentionKind::Name } } });
    entities.records.push_back({ sayline::model::EntityType::Organization,
                                 "Tarvik Widget Corporation",
                                 {},
                                 {},
                                 -1,
                                 { { 20, 45, MentionKind::Name }, { 56, 81, MentionKind::Name } } });
    const std::vector<StatementRecord> statements = AttributionExtractor(lexicons()).extract(view, entities);
    const std::vector<ClaimRecord> claims = ClaimExtractor(lexicons()).extract(view, entities, statements);

    ASSERT_EQ(statements.size(), 2u);
    ASSERT_EQ(claims.size(), statements.size());
    EXPECT_EQ(claims[0].type, ClaimType::Demand);
    EXPECT_EQ(claims[0].about, std::vector<int> { 1 });
    EXPECT_EQ(claims[1].type, ClaimType::Denial);
    EXPECT_EQ(claims[1].about, std::vector<int> { 0 });
}
