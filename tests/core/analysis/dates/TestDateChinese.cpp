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
