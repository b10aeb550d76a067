// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "Fixtures.h"
#include "ingest/ArticleReader.h"
#include "ingest/BodyCleaner.h"
#include "ingest/TextReader.h"
#include "model/Error.h"

using namespace sayline;
using namespace sayline::ingest;
using sayline::test::contains;
using sayline::test::ingestFixture;
using sayline::test::readIngestFixture;

TEST(TextReader, endsLinesAtCrLfCrAndLf)
{
    const model::Article article = TextReader::read("A title\r\n\r\nThe first line of a paragraph that is wrapped by "
                                                    "hand at fifty characters\rand goes on here.\nA new sentence "
                                                    "on its own line.\r\n\r\n\r\nThe last paragraph.",
                                                    "crlf.txt", false);
    EXPECT_EQ(article.title, "A title");
    EXPECT_EQ(article.body(),
              "The first line of a paragraph that is wrapped by hand at fifty characters and goes on "
              "here.\n\nA new sentence on its own line.\n\nThe last paragraph.");
}

TEST(TextReader, readsTheReferenceArticle)
{
    const auto articles = readArticles(ingestFixture("global-times-2022-06-15-us-threat.txt"));
    ASSERT_EQ(articles.size(), 1u);
    const model::Article& article = articles[0];
    EXPECT_EQ(article.title, "US becomes major threat to global internet security: Chinese Foreign Ministry");
    EXPECT_EQ(article.published, "2022-06-15T18:04");
    EXPECT_EQ(article.updated, "2022-06-15T18:01");
    EXPECT_EQ(article.publisher, "Global Times");
    EXPECT_EQ(article.language, "en");
    EXPECT_TRUE(article.authors.empty());
    EXPECT_EQ(article.paragraphs.size(), 10u);
    const std::string body = article.body();
    EXPECT_EQ(body.rfind("The US has become the major threat", 0), 0u);
    EXPECT_FALSE(contains(body, "Photo: VCG"));
    EXPECT_FALSE(contains(body, "Global Times"));
    EXPECT_TRUE(contains(body, "adopt a more responsible attitude in cyberspace."));
}

TEST(TextReader, referenceBodyEqualsTheGoldBodyUpToSpaces)
{
    const auto articles = readArticles(ingestFixture("global-times-2022-06-15-us-threat.txt"));
    ASSERT_EQ(articles.size(), 1u);
    // The gold keeps the source's non-breaking spaces as plain spaces; Sayline collapses them.
    const std::string gold = readIngestFixture("global-times-2022-06-15-us-threat.expected-body.txt");
    std::string expected;
    std::size_t start = 0;
    while (start <= gold.size()) {
        std::size_t end = gold.find("\n\n", start);
        if (end == std::string::npos)
            end = gold.size();
        if (!expected.empty())
            expected += "\n\n";
        expected += normalizeWhitespace(gold.substr(start, end - start));
        start = end + 2;
    }
    EXPECT_EQ(articles[0].body(), expected);
}

TEST(TextReader, readsMarkdownFrontMatterAndStripsSyntax)
{
    const auto articles = readArticles(ingestFixture("article.md"));
    ASSERT_EQ(articles.size(), 1u);
    const model::Article& article = articles[0];
    EXPECT_EQ(article.title, "Wind farm approved off the east coast");
    EXPECT_EQ(article.published, "2022-06-15T14:20+01:00");
    EXPECT_EQ(article.authors, std::vector<std::string> { "Priya Nair" });
    EXPECT_EQ(article.publisher, "Coastal Energy Review");
    ASSERT_FALSE(article.paragraphs.empty());
    EXPECT_EQ(article.paragraphs[0],
              "The government approved a 1.2-gigawatt offshore wind farm on Wednesday, the "
              "largest in the country's history, the energy ministry said.");
    const std::string body = article.body();
    for (const char* syntax : { "**", "](", "![", "> ", "- Construction", "## ", "*Olaf" })
        EXPECT_FALSE(contains(body, syntax)) << syntax;
    EXPECT_TRUE(contains(body, "\"This is a turning point for the region,\" said harbour master Olaf Lind."));
    EXPECT_TRUE(contains(body, "Construction starts in 2024."));
}

TEST(TextReader, readsBylineAndJoinsHardWrappedLines)
{
    const auto articles = readArticles(ingestFixture("plain-news.md"));
    ASSERT_EQ(articles.size(), 1u);
    const model::Article& article = articles[0];
    EXPECT_EQ(article.title, "Ferry service resumes after storm");
    EXPECT_EQ(article.authors, (std::vector<std::string> { "Lucas Martin", "Aisha Khan" }));
    ASSERT_EQ(article.paragraphs.size(), 2u);
    EXPECT_TRUE(contains(article.paragraphs[0], "a storm forced the operator to cancel all sailings."));
}

TEST(TextReader, readsPublishedAndUpdatedOnOneLine)
{
    const std::string text = "Headline here\nPublished: Jun 15, 2022 06:04 PM Updated: Jun 15, 2022 06:01 PM\n\n"
                             "The first paragraph of the story has enough words to be a paragraph.\n";
    const auto articles = readArticlesFromBytes(text, "story.txt");
    ASSERT_EQ(articles.size(), 1u);
    EXPECT_EQ(articles[0].published, "2022-06-15T18:04");
    EXPECT_EQ(articles[0].updated, "2022-06-15T18:01");
    EXPECT_EQ(articles[0].paragraphs.size(), 1u);
}

TEST(TextReader, keepsSeparateShortLinesApart)
{
    const std::string text = "Title\n\nFirst line of a list.\nSecond line of a list.\n";
    const auto articles = readArticlesFromBytes(text, "list.txt");
    ASSERT_EQ(articles.size(), 1u);
    EXPECT_EQ(articles[0].paragraphs.size(), 2u);
}

TEST(TextReader, decodesWindows1252Text)
{
    const auto articles = readArticles(ingestFixture("windows-1252.txt"));
    ASSERT_EQ(articles.size(), 1u);
    EXPECT_EQ(articles[0].title, "Caf\xC3\xA9 owners protest new terrace fees");
    EXPECT_TRUE(contains(articles[0].body(), "Ir\xC3\xA8ne Lef\xC3\xA8vre"));
    EXPECT_TRUE(contains(articles[0].body(), "association\xE2\x80\x99s spokeswoman")); // 0x92 is U+2019
}

TEST(TextReader, decodesUtf16WithByteOrderMark)
{
    const auto articles = readArticles(ingestFixture("utf16le-news.txt"));
    ASSERT_EQ(articles.size(), 1u);
    EXPECT_EQ(articles[0].title, "Ferry service resumes after storm");
    EXPECT_EQ(articles[0].paragraphs.size(), 2u);
}

TEST(TextReader, detectsMarkdown)
{
    EXPECT_TRUE(TextReader::looksLikeMarkdown("# Title\n\nText"));
    EXPECT_TRUE(TextReader::looksLikeMarkdown("---\ntitle: x\n---\n"));
    EXPECT_FALSE(TextReader::looksLikeMarkdown("Title\n\nPlain text with a # sign."));
}

TEST(TextReader, readsBylineSourceAndDatesSharingALine)
{
    const std::string text
        = "Headline here\nBy Wang Qi and Li Hao | Source: Global Times | Published: 2022/6/15 18:04\n\n"
          "The first paragraph of the story has enough words to be a paragraph.\n";
    const auto articles = readArticlesFromBytes(text, "story.txt");
    ASSERT_EQ(articles.size(), 1u);
    EXPECT_EQ(articles[0].authors, (std::vector<std::string> { "Wang Qi", "Li Hao" }));
    EXPECT_EQ(articles[0].publisher, "Global Times");
    EXPECT_EQ(articles[0].published, "2022-06-15T18:04");
    EXPECT_EQ(articles[0].paragraphs.size(), 1u);

    const auto unpiped = readArticlesFromBytes("Headline\nBy Anna Berg Published: June 15, 2022\n\nBody text of the "
                                               "story that follows the header.\n",
                                               "story.txt");
    ASSERT_EQ(unpiped.size(), 1u);
    EXPECT_EQ(unpiped[0].authors, std::vector<std::string> { "Anna Berg" });
    EXPECT_EQ(unpiped[0].published, "2022-06-15");
}

TEST(TextReader, leavesAnOrdinaryFirstParagraphInTheBody)
{
    const std::string text = "Headline\n\nBy the end of the day, officials said, the roads were open again.\n";
    const auto articles = readArticlesFromBytes(text, "story.txt");
    ASSERT_EQ(articles.size(), 1u);
    EXPECT_TRUE(articles[0].authors.empty());
    EXPECT_EQ(articles[0].paragraphs.size(), 1u);
}
