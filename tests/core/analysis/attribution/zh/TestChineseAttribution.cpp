// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "ChineseTestSupport.h"

using namespace sayline::analysis;
using namespace sayline::analysis::test;
using sayline::model::StatementKind;

TEST(ChineseAttribution, readsAClauseAfterTheCueAndAQuotationAfterAColon)
{
    const ChineseAnalysed analysed("交通部发言人高立新星期二表示，新线路将在年底前开通。他说：“我们有信心按期完成。”");
    ASSERT_EQ(analysed.statements().size(), 2u);
    const FoundStatement& indirect = analysed.statements()[0];
    EXPECT_EQ(indirect.content, "新线路将在年底前开通");
    EXPECT_EQ(indirect.kind, StatementKind::Indirect);
    EXPECT_EQ(indirect.cue, "表示");
    EXPECT_EQ(indirect.speakerName, "高立新");
    const FoundStatement& direct = analysed.statements()[1];
    EXPECT_EQ(direct.content, "我们有信心按期完成。");
    EXPECT_EQ(direct.kind, StatementKind::Direct);
    EXPECT_EQ(direct.speakerText, "他");
    EXPECT_EQ(direct.speakerName, "高立新");
}

TEST(ChineseAttribution, splitsAQuotationAroundItsCueAndCarriesTheSpeakerToTheNextQuotation)
{
    const ChineseAnalysed analysed("“这份报告是公开透明的，”艾伦·帕克说，“欢迎各国专家查阅。”\n\n"
                                   "“我们会继续公布数据。”");
    ASSERT_EQ(analysed.statements().size(), 3u);
    EXPECT_EQ(analysed.statements()[0].content, "这份报告是公开透明的");
    EXPECT_EQ(analysed.statements()[1].content, "欢迎各国专家查阅。");
    EXPECT_EQ(analysed.statements()[2].content, "我们会继续公布数据。");
    for (const FoundStatement& statement : analysed.statements()) {
        EXPECT_EQ(statement.speakerName, "艾伦·帕克") << statement.content;
        EXPECT_EQ(statement.cue, "说") << statement.content;
        EXPECT_EQ(statement.kind, StatementKind::Direct) << statement.content;
    }
}

TEST(ChineseAttribution, givesAReportTheMediumItIsAccordingTo)
{
    const ChineseAnalysed analysed("据新华社报道，两国将于下月举行新一轮磋商。");
    ASSERT_EQ(analysed.statements().size(), 1u);
    EXPECT_EQ(analysed.statements()[0].content, "两国将于下月举行新一轮磋商");
    EXPECT_EQ(analysed.statements()[0].speakerName, "新华社");
    EXPECT_EQ(analysed.statements()[0].cue, "报道");
}

TEST(ChineseAttribution, resolvesADefiniteDescriptionToTheSpeakerItDescribes)
{
    const ChineseAnalysed analysed(
        "环境部发言人孙海波表示，监测数据每周公开一次。该发言人强调，所有企业都必须遵守新规定。");
    ASSERT_EQ(analysed.statements().size(), 2u);
    EXPECT_EQ(analysed.statements()[1].speakerText, "该发言人");
    EXPECT_EQ(analysed.statements()[1].speakerName, "孙海波");
    EXPECT_EQ(analysed.statements()[1].content, "所有企业都必须遵守新规定");
}

TEST(ChineseAttribution, givesASideOfACountryTheCountry)
{
    const ChineseAnalysed analysed("中方指责一些国家将海洋问题政治化。美方则表示，航行自由必须得到保障。");
    ASSERT_EQ(analysed.statements().size(), 2u);
    EXPECT_EQ(analysed.statements()[0].speakerText, "中方");
    EXPECT_EQ(analysed.statements()[0].speakerName, "中国");
    EXPECT_EQ(analysed.statements()[1].speakerText, "美方");
    EXPECT_EQ(analysed.statements()[1].speakerName, "美国");
}

TEST(ChineseAttribution, findsNoStatementForAFeelingOrANounAfterTheCue)
{
    const ChineseAnalysed analysed("外交部发言人郑明远对此表示遗憾。他表示欢迎。");
    EXPECT_TRUE(analysed.statements().empty());
}

TEST(ChineseAttribution, takesAChineseNameThatIsTheWholeSubjectOfTheCueAsTheSpeaker)
{
    const ChineseAnalysed analysed("「我们不会让步，」李明华说。\n\n郑光远说，会谈富有成果，并重申双方立场没有改变。");
    ASSERT_EQ(analysed.statements().size(), 3u);
    EXPECT_EQ(analysed.statements()[0].content, "我们不会让步");
    EXPECT_EQ(analysed.statements()[0].speakerName, "李明华");
    EXPECT_EQ(analysed.statements()[1].content, "会谈富有成果");
    EXPECT_EQ(analysed.statements()[1].speakerName, "郑光远");
    EXPECT_EQ(analysed.statements()[2].content, "双方立场没有改变");
    EXPECT_EQ(analysed.statements()[2].cue, "重申");
    EXPECT_EQ(analysed.statements()[2].speakerName, "郑光远");
}

TEST(ChineseAttribution, findsNoStatementInNegatedSpeech)
{
    const ChineseAnalysed analysed("交通部没有表示，新线路何时开通。警方未透露嫌疑人的身份。");
    EXPECT_TRUE(analysed.statements().empty());
}

TEST(ChineseAttribution, endsAClauseWhereTheNextClauseHasItsOwnCue)
{
    const ChineseAnalysed analysed("罗伯特·霍尔曼承认工程已经延误，但表示整体进度仍在掌控之中。"
                                   "霍尔曼说，预算没有超支，他还说，新线路明年开通。");
    ASSERT_EQ(analysed.statements().size(), 4u);
    EXPECT_EQ(analysed.statements()[0].content, "工程已经延误");
    EXPECT_EQ(analysed.statements()[1].content, "整体进度仍在掌控之中");
    EXPECT_EQ(analysed.statements()[1].speakerName, "罗伯特·霍尔曼");
    EXPECT_EQ(analysed.statements()[2].content, "预算没有超支");
    EXPECT_EQ(analysed.statements()[3].content, "新线路明年开通");
    EXPECT_EQ(analysed.statements()[3].speakerText, "他");
    EXPECT_EQ(analysed.statements()[3].speakerName, "罗伯特·霍尔曼");
}

TEST(ChineseAttribution, takesAVerbOfSayingAfterACueAsPartOfTheCue)
{
    const ChineseAnalysed analysed("交通部发言人高立新强调说，工程安全是第一位的。");
    ASSERT_EQ(analysed.statements().size(), 1u);
    EXPECT_EQ(analysed.statements()[0].cue, "强调说");
    EXPECT_EQ(analysed.statements()[0].content, "工程安全是第一位的");
}

TEST(ChineseAttribution, startsTheSpeakerAfterADateline)
{
    const ChineseAnalysed analysed("新华社北京3月12日电 商务部新闻发言人何立平12日表示，谈判将继续进行。");
    ASSERT_EQ(analysed.statements().size(), 1u);
    EXPECT_EQ(analysed.statements()[0].speakerText, "商务部新闻发言人何立平");
    EXPECT_EQ(analysed.statements()[0].speakerName, "何立平");
}

TEST(ChineseAttribution, readsTheClauseAfterACueThatFollowsAFinishedQuotation)
{
    const ChineseAnalysed analysed("何立平说：“我们将采取必要措施。”他还指出，双边关系的本质是互利共赢。"
                                   "欧委会发言人称，相关调查将在六个月内完成。");
    ASSERT_EQ(analysed.statements().size(), 3u);
    EXPECT_EQ(analysed.statements()[0].content, "我们将采取必要措施。");
    EXPECT_EQ(analysed.statements()[1].content, "双边关系的本质是互利共赢");
    EXPECT_EQ(analysed.statements()[1].cue, "指出");
    EXPECT_EQ(analysed.statements()[1].speakerName, "何立平");
    EXPECT_EQ(analysed.statements()[2].content, "相关调查将在六个月内完成");
    EXPECT_EQ(analysed.statements()[2].speakerText, "欧委会发言人");
}

TEST(ChineseAttribution, resolvesAPronounToThePersonWhoOpenedTheSentenceBeforeIt)
{
    const ChineseAnalysed analysed("罗伯特·霍尔曼说，双方的谈判仍在进行。\n\n"
                                   "议会议长艾伦·帕克星期四在议会发表讲话。他说，议会将审议这项协议。");
    ASSERT_EQ(analysed.statements().size(), 2u);
    EXPECT_EQ(analysed.statements()[1].speakerText, "他");
    EXPECT_EQ(analysed.statements()[1].speakerName, "艾伦·帕克");
}

TEST(ChineseAttribution, findsNoStatementInAReportWithNoSource)
{
    const ChineseAnalysed analysed("据报道，有关国家将举行联合演习。");
    EXPECT_TRUE(analysed.statements().empty());
}

TEST(ChineseAttribution, givesATranscriptParagraphToTheNameBeforeItsColon)
{
    const ChineseAnalysed analysed("问：有关国家将举行联合演习，中方对此有何评论？\n\n"
                                   "郑明远：我们注意到有关报道。我们一贯主张通过对话协商解决分歧。");
    ASSERT_EQ(analysed.statements().size(), 1u);
    EXPECT_EQ(analysed.statements()[0].content, "我们注意到有关报道。我们一贯主张通过对话协商解决分歧");
    EXPECT_EQ(analysed.statements()[0].speakerName, "郑明远");
    EXPECT_EQ(analysed.statements()[0].kind, StatementKind::Direct);
}

TEST(ChineseAttribution, endsAClauseBeforeANextClauseThatIsASourceAndACue)
{
    const ChineseAnalysed analysed(
        "交通部长罗伯特·霍尔曼表示，新线路将在年底前开通，商务部会后发表声明称，票价不会上涨。");
    ASSERT_EQ(analysed.statements().size(), 2u);
    EXPECT_EQ(analysed.statements()[0].content, "新线路将在年底前开通");
    EXPECT_EQ(analysed.statements()[1].content, "票价不会上涨");
    EXPECT_EQ(analysed.statements()[1].speakerName, "商务部");
}
