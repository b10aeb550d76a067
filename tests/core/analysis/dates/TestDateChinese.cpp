// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "analysis/dates/DateExtractor.h"
#include "analysis/lexicon/Lexicons.h"
#include "analysis/text/Document.h"

using namespace sayline::analysis;

namespace {

using Pair = std::pair<std::string, std::string>; // text, value

std::vector<Pair> chineseDates(const std::string& text, std::optional<std::string> reference = "2022-06-15")
{
    static const Lexicons lexicons;
    static const DateExtractor extractor(lexicons);
    const Document document(text);
    std::vector<Pair> out;
    for (const DateRecord& record : extractor.extract(document, reference))
        out.emplace_back(document.utf8(record.start, record.end), record.value);
    return out;
}

} // namespace

TEST(DateChinese, readsNumericCalendarDates)
{
    EXPECT_EQ(chineseDates("会议于2022年6月15日举行。"), (std::vector<Pair> { { "2022年6月15日", "2022-06-15" } }));
    EXPECT_EQ(chineseDates("美国自2011年以来发动了攻击。"), (std::vector<Pair> { { "2011年", "2011" } }));
    EXPECT_EQ(chineseDates("发言人6月15日表示。"), (std::vector<Pair> { { "6月15日", "2022-06-15" } }));
    EXPECT_EQ(chineseDates("销量在2021年3月下降。"), (std::vector<Pair> { { "2021年3月", "2021-03" } }));
}

TEST(DateChinese, readsChineseNumerals)
{
    EXPECT_EQ(chineseDates("二〇二二年六月十五日，会议召开。"),
              (std::vector<Pair> { { "二〇二二年六月十五日", "2022-06-15" } }));
    EXPECT_EQ(chineseDates("十二月二十一日发布。"), (std::vector<Pair> { { "十二月二十一日", "2021-12-21" } }));
}

TEST(DateChinese, resolvesFixedWordsAndWeekdays)
{
    EXPECT_EQ(chineseDates("他今天表示，去年上周星期三下午3点30分。"),
              (std::vector<Pair> { { "今天", "2022-06-15" },
                                   { "去年", "2021" },
                                   { "上周", "2022-W23" },
                                   { "星期三", "2022-06-15" },
                                   { "下午3点30分", "2022-06-15T15:30" } }));
}

TEST(DateChinese, readsAMonthOfAYearNamedByAWord)
{
    EXPECT_EQ(chineseDates("去年10月，双方签署协议。今年4月访问。"),
              (std::vector<Pair> { { "去年10月", "2021-10" }, { "今年4月", "2022-04" } }));
}

TEST(DateChinese, readsAWeekdayWithItsDateInBracketsAsOneExpression)
{
    EXPECT_EQ(chineseDates("发言人星期二(6月14日)表示。会议于6月20日(星期一)举行。"),
              (std::vector<Pair> { { "星期二(6月14日)", "2022-06-14" }, { "6月20日(星期一)", "2022-06-20" } }));
}

TEST(DateChinese, readsAWeekdayOfTheLastOrThisWeek)
{
    // the reference, 2022-06-15, is a Wednesday
    EXPECT_EQ(chineseDates("上星期二签署，本星期五生效。"),
              (std::vector<Pair> { { "上星期二", "2022-06-07" }, { "本星期五", "2022-06-17" } }));
}

TEST(DateChinese, readsDurationsAndDatesCountedBackFromTheReference)
{
    EXPECT_EQ(
        chineseDates("他被判处20年监禁，审判持续了三个月，过去几天局势紧张，停火已逾五年。"),
        (std::vector<Pair> { { "20年", "P20Y" }, { "三个月", "P3M" }, { "过去几天", "PXD" }, { "逾五年", "P5Y" } }));
    EXPECT_EQ(chineseDates("与12个月前相比，与两天前相比。"),
              (std::vector<Pair> { { "12个月前", "2021-06" }, { "两天前", "2022-06-13" } }));
}

TEST(DateChinese, takesNoListPointForAnHour)
{
    EXPECT_TRUE(chineseDates("讨论了第1点、第5点和第10点。").empty());
}

TEST(DateChinese, readsADayOfTheMonthAloneAsTheLatestSuchDay)
{
    // the reference is 2022-06-15
    EXPECT_EQ(chineseDates("新华社北京12日电 发言人20日表示。"),
              (std::vector<Pair> { { "12日", "2022-06-12" }, { "20日", "2022-05-20" } }));
    EXPECT_EQ(chineseDates("峰会将于7月7日至8日举行。"),
              (std::vector<Pair> { { "7月7日", "2022-07-07" }, { "8日", "2022-07-08" } }));
}
