// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "ChineseTestSupport.h"

using namespace sayline::analysis;
using namespace sayline::analysis::test;
using sayline::model::ClaimType;

TEST(ChineseClaimExtractor, typesAClaimByItsReportingVerb)
{
    const ChineseAnalysed analysed("工会主席韩立平指责公司管理层隐瞒了事故原因。韩立平还敦促政府立即展开独立调查。"
                                   "公司发言人否认管理层隐瞒了任何信息。");
    ASSERT_EQ(analysed.statements().size(), 3u);
    EXPECT_EQ(analysed.statements()[0].claim, ClaimType::Accusation);
    EXPECT_EQ(analysed.statements()[0].cue, "指责");
    EXPECT_EQ(analysed.statements()[1].claim, ClaimType::Demand);
    EXPECT_EQ(analysed.statements()[1].speakerName, "韩立平");
    EXPECT_EQ(analysed.statements()[2].claim, ClaimType::Denial);
}
