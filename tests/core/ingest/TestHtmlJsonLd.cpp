// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "ingest/JsonLdValue.h"

using namespace sayline::ingest;

TEST(HtmlJsonLd, parsesNestedObjectsAndEscapes)
{
    const auto values = JsonLdValue::parseAll(R"({"@type": "NewsArticle", "headline": "Caf\u00e9 \"opens\"",
        "author": [{"name": "A"}, {"name": "B"}], "wordCount": 512, "isFree": true, "x": null,
        "emoji": "\ud83d\ude00"})");
    ASSERT_EQ(values.size(), 1u);
    const JsonLdValue& object = values.front();
    ASSERT_TRUE(object.isObject());
    EXPECT_EQ(object.find("headline")->string(), "Café \"opens\"");
    EXPECT_EQ(object.find("author")->items().size(), 2u);
    EXPECT_EQ(object.find("author")->items()[1].find("name")->string(), "B");
    EXPECT_EQ(object.find("wordCount")->string(), "512");
    EXPECT_EQ(object.find("emoji")->string(), "\xF0\x9F\x98\x80");
    EXPECT_EQ(object.find("missing"), nullptr);
}

TEST(HtmlJsonLd, toleratesWhatPagesShip)
{
    // HTML comment wrapper, trailing commas, a raw newline in a string, a comment, two values in one script.
    const auto values
        = JsonLdValue::parseAll("<!--\n{\"headline\": \"Line one\nline two\", \"tags\": [\"a\", \"b\",],}\n"
                                "// trailing note\n[{\"name\": 'single'}]\n-->");
    ASSERT_EQ(values.size(), 2u);
    EXPECT_EQ(values[0].find("headline")->string(), "Line one line two");
    EXPECT_EQ(values[0].find("tags")->items().size(), 2u);
    EXPECT_EQ(values[1].items().front().find("name")->string(), "single");
}

TEST(HtmlJsonLd, survivesGarbageAndDeepNesting)
{
    EXPECT_TRUE(JsonLdValue::parseAll("not json at all").empty());
    EXPECT_NO_THROW(JsonLdValue::parseAll("{\"a\": [1, 2, {\"b\": }"));
    EXPECT_NO_THROW(JsonLdValue::parseAll(std::string(100000, '[')));
    const auto truncated = JsonLdValue::parseAll("{\"headline\": \"kept\", \"author\": [");
    ASSERT_EQ(truncated.size(), 1u);
    EXPECT_EQ(truncated[0].find("headline")->string(), "kept");
}
