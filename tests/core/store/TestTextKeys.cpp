// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "TextKeys.h"

using namespace sayline::store;

TEST(TextKeys, foldsCaseAccentsAndPunctuation)
{
    EXPECT_EQ(foldKey("Wang Wenbin"), "wang wenbin");
    EXPECT_EQ(foldKey("  WANG   wenbin "), "wang wenbin");
    EXPECT_EQ(foldKey("Mary T. Barra"), "mary t barra");
    EXPECT_EQ(foldKey("François Hollande"), "francois hollande");
    EXPECT_EQ(foldKey("Łódź"), "lodz");
    EXPECT_EQ(foldKey("Jean-Luc O'Brien"), "jean luc obrien");
    EXPECT_EQ(foldKey("王文斌"), "王文斌");
}

TEST(TextKeys, segmentsChineseIntoWords)
{
    EXPECT_FALSE(segmentForIndex("The NSA hacked servers").has_value());
    const auto segmented = segmentForIndex("美国是全球网络安全的最大威胁");
    ASSERT_TRUE(segmented.has_value());
    EXPECT_NE(segmented->find("网络"), std::string::npos);
    EXPECT_NE(segmented->find(' '), std::string::npos);
    EXPECT_EQ(unsegment(*segmented), "美国是全球网络安全的最大威胁");
}

TEST(TextKeys, segmentsQueryRunsAsPhrases)
{
    EXPECT_EQ(segmentQuery("security AND threat"), "security AND threat");
    const std::string query = segmentQuery("网络安全 OR hacking");
    EXPECT_EQ(query.front(), '"');
    EXPECT_NE(query.find("\" OR hacking"), std::string::npos) << query;
    EXPECT_EQ(segmentQuery("\"网络\""), "\"网络\"");
}

TEST(TextKeys, bareSurnameIsNotAFullName)
{
    EXPECT_TRUE(isFullPersonName("Wang Wenbin"));
    EXPECT_TRUE(isFullPersonName("王文斌"));
    EXPECT_FALSE(isFullPersonName("Wang"));
    EXPECT_FALSE(isFullPersonName("王"));
}

TEST(TextKeys, aChineseNameIsWrittenInPinyinAsEnglishTextWritesIt)
{
    EXPECT_EQ(pinyinPersonName("汪文斌"), std::optional<std::string>("Wang Wenbin"));
    EXPECT_EQ(pinyinPersonName("赵立坚"), std::optional<std::string>("Zhao Lijian"));
    EXPECT_EQ(pinyinPersonName("欧阳修"), std::optional<std::string>("Ouyang Xiu")); // a compound surname
    EXPECT_EQ(pinyinPersonName("唐纳德·特朗普"), std::nullopt); // a transliterated foreign name
    EXPECT_EQ(pinyinPersonName("汪"), std::nullopt);
    EXPECT_EQ(pinyinPersonName("Wang Wenbin"), std::nullopt);
}
