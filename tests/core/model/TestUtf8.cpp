// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "model/Utf8.h"

using namespace sayline::model;

TEST(Utf8, countsCodePointsNotBytes)
{
    EXPECT_EQ(codePointCount("China\xE2\x80\x99s"), 7); // China’s
    EXPECT_EQ(codePointCount("\xF0\x9F\x98\x80"), 1);   // one emoji, four bytes
}

TEST(Utf8, substringUsesCodePointOffsets)
{
    EXPECT_EQ(codePointSubstr("a\xE2\x80\x99" "bc", 1, 3), "\xE2\x80\x99" "b");
    EXPECT_EQ(codePointSubstr("abc", 2, 10), "c");
    EXPECT_EQ(codePointSubstr("abc", 3, 3), "");
}

TEST(Utf8, rejectsOverlongAndSurrogates)
{
    EXPECT_TRUE(isValidUtf8("plain \xE4\xB8\xAD"));
    EXPECT_FALSE(isValidUtf8("\xC0\xAF"));
    EXPECT_FALSE(isValidUtf8("\xED\xA0\x80"));
    EXPECT_FALSE(isValidUtf8("\xE4\xB8"));
}

TEST(Utf8, sanitizeReplacesInvalidBytes)
{
    EXPECT_EQ(sanitizeUtf8("a\xFF" "b"), "a\xEF\xBF\xBD" "b");
    EXPECT_TRUE(isValidUtf8(sanitizeUtf8("\xC3\x28\xA0\xA1")));
}

TEST(Utf8, appendsEveryEncodingLengthAndReplacesSurrogates)
{
    std::string out;
    for (char32_t cp : {U'A', U'\u00E9', U'\u4E2D', U'\U0001F600'})
        appendUtf8(out, cp);
    EXPECT_EQ(out, "A\xC3\xA9\xE4\xB8\xAD\xF0\x9F\x98\x80");
    out.clear();
    appendUtf8(out, static_cast<char32_t>(0xD800));
    EXPECT_EQ(out, "\xEF\xBF\xBD");
}
