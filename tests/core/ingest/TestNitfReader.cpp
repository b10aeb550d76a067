// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "Fixtures.h"
#include "ingest/ArticleReader.h"
#include "model/Error.h"

using namespace sayline;
using namespace sayline::ingest;
using sayline::test::contains;
using sayline::test::ingestFixture;

TEST(NitfReader, readsHeadAndBodyHeadMetadata)
{
    const auto articles = readArticles(ingestFixture("article.nitf.xml"));
    ASSERT_EQ(articles.size(), 1u);
    const model::Article& article = articles[0];
    EXPECT_EQ(article.title, "Rail freight volumes hit record as shippers leave the roads");
    EXPECT_EQ(article.published, "2022-06-15T09:15+02:00");
    EXPECT_EQ(article.publisher, "Continental Wire Service");
    EXPECT_EQ(article.authors, std::vector<std::string> { "Jonas Weber" });
    EXPECT_EQ(article.url, "https://wire.example.com/stories/rail-freight-record");
    EXPECT_EQ(article.language, "en");
}

TEST(NitfReader, readsBodyParagraphsWithoutCaptions)
{
    const auto articles = readArticles(ingestFixture("article.nitf.xml"), Format::Nitf);
    ASSERT_EQ(articles.size(), 1u);
    const auto& paragraphs = articles[0].paragraphs;
    ASSERT_EQ(paragraphs.size(), 4u);
    EXPECT_EQ(paragraphs[0].rfind("Rail freight volumes reached a record 118 million tonnes", 0), 0u);
    EXPECT_EQ(paragraphs[2], "Capacity limits");
    EXPECT_EQ(paragraphs[3], "Analysts warned that congested junctions could cap further growth.");
    EXPECT_FALSE(contains(articles[0].body(), "Container trains"));
    EXPECT_FALSE(contains(articles[0].body(), "Continental Wire Service"));
}

TEST(NitfReader, fallsBackToHeadTitleAndPlainByline)
{
    const std::string nitf = "<nitf><head><title>Short title</title><docdata><date.release norm=\"20220614\"/>"
                             "</docdata></head><body><body.head><byline>By Anna Berg, Staff Writer</byline>"
                             "</body.head><body.content><p>One paragraph of text about the story.</p>"
                             "</body.content></body></nitf>";
    const auto articles = readArticlesFromBytes(nitf, "story.xml");
    ASSERT_EQ(articles.size(), 1u);
    EXPECT_EQ(articles[0].title, "Short title");
    EXPECT_EQ(articles[0].published, "2022-06-14");
    EXPECT_EQ(articles[0].authors, std::vector<std::string> { "Anna Berg" });
}
