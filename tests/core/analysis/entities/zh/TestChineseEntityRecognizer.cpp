// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "ChineseTestSupport.h"

using namespace sayline::analysis;
using namespace sayline::analysis::test;
using sayline::model::EntityType;
using Texts = std::vector<std::string>;

TEST(ChineseEntityRecognizer, splitsATitleBeforeAChineseNameIntoRoleNameAndAffiliation)
{
    const ChineseAnalysed analysed("外交部发言人郑明远在记者会上表示，会议将如期举行。郑明远还说，各方已经确认出席。");
    const EntityRecord* person = analysed.named("郑明远");
    ASSERT_NE(person, nullptr);
    EXPECT_EQ(person->type, EntityType::Person);
    EXPECT_EQ(person->roles, Texts { "发言人" });
    EXPECT_EQ(analysed.mentionTexts(*person), (Texts { "郑明远", "郑明远" }));
    const EntityRecord* ministry = analysed.named("外交部");
    ASSERT_NE(ministry, nullptr);
    EXPECT_EQ(ministry->type, EntityType::Organization);
    EXPECT_EQ(person->affiliation, static_cast<int>(ministry - analysed.entities().records.data()));
}

TEST(ChineseEntityRecognizer, readsATransliteratedNameWithItsDotItsLatinFormAndItsLastPart)
{
    const ChineseAnalysed analysed("澳大利亚外交部长罗伯特·霍尔曼(Robert Holman)在堪培拉称，代表团将出席。"
                                   "霍尔曼敦促各方保持克制。");
    const EntityRecord* person = analysed.named("罗伯特·霍尔曼");
    ASSERT_NE(person, nullptr);
    EXPECT_EQ(person->type, EntityType::Person);
    EXPECT_EQ(person->aliases, (Texts { "Robert Holman", "霍尔曼" }));
    EXPECT_EQ(analysed.mentionTexts(*person), (Texts { "罗伯特·霍尔曼", "Robert Holman", "霍尔曼" }));
    // a lexicalised title gives the country only, not a ministry
    EXPECT_EQ(analysed.named("外交部"), nullptr);
    ASSERT_NE(analysed.named("澳大利亚"), nullptr);
    EXPECT_EQ(analysed.named("澳大利亚")->type, EntityType::Location);
    ASSERT_NE(analysed.named("堪培拉"), nullptr);
    EXPECT_EQ(analysed.named("堪培拉")->type, EntityType::Location);
}

TEST(ChineseEntityRecognizer, findsOrganisationsByTheirHeadNoun)
{
    const ChineseAnalysed analysed("国家海洋监测中心和南方港口集团共同发布了报告，浙江海事大学参与了研究。");
    for (const char* name : { "国家海洋监测中心", "南方港口集团", "浙江海事大学" }) {
        const EntityRecord* organization = analysed.named(name);
        ASSERT_NE(organization, nullptr) << name;
        EXPECT_EQ(organization->type, EntityType::Organization) << name;
    }
}

TEST(ChineseEntityRecognizer, joinsAFullNameItsShortFormAndItsLatinAbbreviation)
{
    const ChineseAnalysed analysed("世界卫生组织(WHO)周二发布了指南。世卫组织说，各国应加强监测。"
                                   "美国国家安全局否认了这一说法，国安局称其行动合法。NSA没有进一步评论。");
    const EntityRecord* who = analysed.named("世界卫生组织");
    ASSERT_NE(who, nullptr);
    EXPECT_EQ(analysed.mentionTexts(*who), (Texts { "世界卫生组织", "WHO", "世卫组织" }));
    const EntityRecord* nsa = analysed.named("美国国家安全局");
    ASSERT_NE(nsa, nullptr);
    EXPECT_EQ(nsa->type, EntityType::Organization);
    EXPECT_EQ(analysed.mentionTexts(*nsa), (Texts { "美国国家安全局", "国安局", "NSA" }));
}

TEST(ChineseEntityRecognizer, takesNoVerbAfterATitleForAName)
{
    const ChineseAnalysed analysed("多名专家查阅了这些文件。该发言人强调，调查仍在进行。");
    for (const EntityRecord& record : analysed.entities().records)
        EXPECT_NE(record.type, EntityType::Person) << record.name;
}

TEST(ChineseEntityRecognizer, findsPlacesFromTheLexiconAndByTheirSuffix)
{
    const ChineseAnalysed analysed("代表团从青岛出发，途经马尼拉前往南太平洋岛国斐济。");
    for (const char* name : { "青岛", "马尼拉" }) {
        const EntityRecord* place = analysed.named(name);
        ASSERT_NE(place, nullptr) << name;
        EXPECT_EQ(place->type, EntityType::Location) << name;
    }
}

TEST(ChineseEntityRecognizer, takesASurnameThatIsAlsoAPrepositionForANameOnlyWhereTheNameClearlyEnds)
{
    const ChineseAnalysed analysed(
        "罗伯特·霍尔曼总统向任何试图破坏协议的国家发出警告。商务部发言人何立平12日表示，谈判将继续。");
    EXPECT_EQ(analysed.named("向任何"), nullptr);
    ASSERT_NE(analysed.named("何立平"), nullptr);
    EXPECT_EQ(analysed.named("何立平")->type, EntityType::Person);
}
