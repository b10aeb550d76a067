// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "ingest/DateTimeParser.h"

using namespace sayline::ingest;

namespace {
std::string parsed(std::string_view text)
{
    return parseDateTime(text).value_or("<none>");
}
} // namespace

TEST(DateTimeParser, readsIso8601)
{
    EXPECT_EQ(parsed("2022-06-15"), "2022-06-15");
    EXPECT_EQ(parsed("2022-06-15T18:04"), "2022-06-15T18:04");
    EXPECT_EQ(parsed("2022-06-15T18:04:00"), "2022-06-15T18:04");
    EXPECT_EQ(parsed("2022-06-15T18:04:27"), "2022-06-15T18:04:27");
    EXPECT_EQ(parsed("2022-06-15T18:04:00Z"), "2022-06-15T18:04+00:00");
    EXPECT_EQ(parsed("2022-06-15T18:04:00.123+08:00"), "2022-06-15T18:04+08:00");
    EXPECT_EQ(parsed("2022-06-15 18:04:00-0500"), "2022-06-15T18:04-05:00");
    EXPECT_EQ(parsed("20220615T091500+0200"), "2022-06-15T09:15+02:00");
    EXPECT_EQ(parsed("20220615"), "2022-06-15");
}

TEST(DateTimeParser, isIdempotentOnItsOutput)
{
    for (const char* iso : { "2022-06-15", "2022-06-15T18:04", "2022-06-15T18:04:27", "2022-06-15T18:04+08:00",
                             "2022-06-15T18:04-05:00" })
        EXPECT_EQ(parsed(iso), iso);
}

TEST(DateTimeParser, readsRfc822PubDates)
{
    EXPECT_EQ(parsed("Wed, 15 Jun 2022 18:04:00 +0800"), "2022-06-15T18:04+08:00");
    EXPECT_EQ(parsed("Wed, 15 Jun 2022 18:04:00 GMT"), "2022-06-15T18:04+00:00");
    EXPECT_EQ(parsed("Mon, 13 Jun 2022 08:00:00 EST"), "2022-06-13T08:00-05:00");
    EXPECT_EQ(parsed("15 Jun 2022 18:04 PDT"), "2022-06-15T18:04-07:00");
}

TEST(DateTimeParser, readsEnglishDatelines)
{
    EXPECT_EQ(parsed("Jun 15, 2022 06:04 PM"), "2022-06-15T18:04");
    EXPECT_EQ(parsed("Jun 15, 2022 12:30 AM"), "2022-06-15T00:30");
    EXPECT_EQ(parsed("June 15, 2022 6:04 p.m. ET"), "2022-06-15T18:04-04:00");
    EXPECT_EQ(parsed("January 5, 2022 6:04 p.m. ET"), "2022-01-05T18:04-05:00");
    EXPECT_EQ(parsed("15 June 2022"), "2022-06-15");
    EXPECT_EQ(parsed("Wednesday, June 15th, 2022"), "2022-06-15");
    EXPECT_EQ(parsed("Published: Sept. 3, 2021"), "2021-09-03");
}

TEST(DateTimeParser, readsNumericDates)
{
    EXPECT_EQ(parsed("2022/06/15"), "2022-06-15");
    EXPECT_EQ(parsed("15.06.2022"), "2022-06-15");
    EXPECT_EQ(parsed("15.06.2022 14:30"), "2022-06-15T14:30");
    EXPECT_EQ(parsed("06/15/2022"), "2022-06-15");
    EXPECT_EQ(parsed("15/06/2022"), "2022-06-15");
    EXPECT_EQ(parsed("2022年6月15日 18:04"), "2022-06-15T18:04");
}

TEST(DateTimeParser, readsTimeBeforeDate)
{
    EXPECT_EQ(parsed("10:30 AM EDT, Wed June 15, 2022"), "2022-06-15T10:30-04:00");
    EXPECT_EQ(parsed("Updated 18:04 GMT, 15 June 2022"), "2022-06-15T18:04+00:00");
}

TEST(DateTimeParser, rejectsNonDates)
{
    EXPECT_FALSE(parseDateTime(""));
    EXPECT_FALSE(parseDateTime("Global Times"));
    EXPECT_FALSE(parseDateTime("2022-13-45"));
    EXPECT_FALSE(parseDateTime("Feb 30, 2022"));
    EXPECT_FALSE(parseDateTime("231 cyber-attack operations"));
}
