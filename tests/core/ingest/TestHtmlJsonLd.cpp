// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <random>

#include "ingest/JsonLdScript.h"

using namespace sayline::ingest;

TEST(HtmlJsonLd, parsesNestedObjectsAndEscapes)
{
    const auto values = readJsonLdScript(R"({"@type": "NewsArticle", "headline": "Caf\u00e9 \"opens\"",
        "author": [{"name": "A"}, {"name": "B"}], "wordCount": 512, "isFree": true, "x": null,
        "emoji": "\ud83d\ude00", "path": "a\/b"})");
    ASSERT_EQ(values.size(), 1u);
    const nlohmann::json& object = values.front();
    ASSERT_TRUE(object.is_object());
    EXPECT_EQ(object["headline"], "Café \"opens\"");
    EXPECT_EQ(object["author"].size(), 2u);
    EXPECT_EQ(object["author"][1]["name"], "B");
    EXPECT_EQ(object["wordCount"], 512);
    EXPECT_EQ(object["isFree"], true);
    EXPECT_TRUE(object["x"].is_null());
    EXPECT_EQ(object["emoji"], "\xF0\x9F\x98\x80");
    EXPECT_EQ(object["path"], "a/b");
    EXPECT_FALSE(object.contains("missing"));
}

TEST(HtmlJsonLd, toleratesWhatPagesShip)
{
    // HTML comment wrapper, trailing commas, a raw newline in a string, a comment, two values in one script.
    const auto values = readJsonLdScript("<!--\n{\"headline\": \"Line one\nline two\", \"tags\": [\"a\", \"b\",],}\n"
                                         "// trailing note\n[{\"name\": 'single'}]\n-->");
    ASSERT_EQ(values.size(), 2u);
    EXPECT_EQ(values[0]["headline"], "Line one line two");
    EXPECT_EQ(values[0]["tags"].size(), 2u);
    EXPECT_EQ(values[1][0]["name"], "single");
}

TEST(HtmlJsonLd, mendsJavaScriptHabitsIntoJson)
{
    // CDATA wrapper, a block comment, unquoted keys, undefined, a doubled and a missing comma, an escaped
    // apostrophe and a double quote inside single quotes, a raw tab, a word that is no JSON literal.
    const auto values = readJsonLdScript("/*<![CDATA[*/ {headline: 'It\\'s \"here\"', author : undefined,, "
                                         "\"tags\": [\"a\" \"b\"], \"note\": \"tab\there\", \"size\": big} /*]]>*/");
    ASSERT_EQ(values.size(), 1u);
    EXPECT_EQ(values[0]["headline"], "It's \"here\"");
    EXPECT_TRUE(values[0]["author"].is_null());
    EXPECT_EQ(values[0]["tags"], nlohmann::json({ "a", "b" }));
    EXPECT_EQ(values[0]["note"], "tab here");
    EXPECT_EQ(values[0]["size"], "big");
}

TEST(HtmlJsonLd, readsMembersAndItemsWithoutCommasBetweenThem)
{
    const auto values = readJsonLdScript("{\"headline\": \"H\" \"author\": {\"name\": \"A\"} url: 'u'}");
    ASSERT_EQ(values.size(), 1u);
    EXPECT_EQ(values[0]["headline"], "H");
    EXPECT_EQ(values[0]["author"]["name"], "A");
    EXPECT_EQ(values[0]["url"], "u");
}

TEST(HtmlJsonLd, brokenEscapesBecomeText)
{
    const auto values = readJsonLdScript(R"({"lone": "a\ud800b", "low": "\udc00", "short": "\u12", "odd": "\q"})");
    ASSERT_EQ(values.size(), 1u);
    EXPECT_EQ(values[0]["lone"],
              "a\xEF\xBF\xBD"
              "b");
    EXPECT_EQ(values[0]["low"], "\xEF\xBF\xBD");
    EXPECT_EQ(values[0]["short"], "\\u12");
    EXPECT_EQ(values[0]["odd"], "q");
}

TEST(HtmlJsonLd, survivesGarbageAndDeepNesting)
{
    EXPECT_TRUE(readJsonLdScript("not json at all").empty());
    EXPECT_NO_THROW(readJsonLdScript("{\"a\": [1, 2, {\"b\": }"));
    EXPECT_NO_THROW(readJsonLdScript(std::string(100000, '[')));
    EXPECT_NO_THROW(readJsonLdScript(std::string(100000, '{')));
    EXPECT_NO_THROW(readJsonLdScript("{\"a\" \"b\"} ]]] }}} {: 1} [,,] ['"));
    const auto truncated = readJsonLdScript("{\"headline\": \"kept\", \"author\": [");
    ASSERT_EQ(truncated.size(), 1u);
    EXPECT_EQ(truncated[0]["headline"], "kept");
    const auto cutInAString = readJsonLdScript("{\"headline\": \"kept\", \"body\": \"cut o");
    ASSERT_EQ(cutInAString.size(), 1u);
    EXPECT_EQ(cutInAString[0]["body"], "cut o");
    const auto cutAfterAKey = readJsonLdScript("[{\"headline\": \"kept\", \"author\"");
    ASSERT_EQ(cutAfterAKey.size(), 1u);
    EXPECT_TRUE(cutAfterAKey[0][0]["author"].is_null());
}

TEST(HtmlJsonLd, tokenSoupNeverThrows)
{
    const char* tokens[]
        = { "{",         "}",   "[",  "]",      ",",    ":",    "\"",           "'",        "\\",     "\\u",  "d800",
            "dc00",      "a",   "1",  "-2.5e3", "true", "null", "undefined",    " ",        "\n",     "<!--", "-->",
            "<![CDATA[", "]]>", "//", "/*",     "*/",   "\x01", "\xEF\xBB\xBF", "\xC3\xA9", "\"k\":", "'v'" };
    std::mt19937 random(13);
    for (int round = 0; round < 2000; ++round) {
        std::string soup;
        for (unsigned n = random() % 40; n > 0; --n)
            soup += tokens[random() % std::size(tokens)];
        EXPECT_NO_THROW(readJsonLdScript(soup)) << soup;
    }
}

TEST(HtmlJsonLd, tooDeepValuesAreSkippedButTheirNeighboursKept)
{
    const std::string deep = std::string(70, '[') + std::string(70, ']');
    const auto values = readJsonLdScript(deep + " {\"headline\": \"kept\"}");
    ASSERT_FALSE(values.empty());
    EXPECT_EQ(values.back()["headline"], "kept");
    for (const auto& value : values)
        EXPECT_NE(value.dump(), deep); // 70 levels are more than the 64 read
}
