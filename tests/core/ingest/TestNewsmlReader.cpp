// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "Fixtures.h"
#include "ingest/ArticleReader.h"
#include "model/Error.h"

using namespace sayline;
using namespace sayline::ingest;
using sayline::test::contains;
using sayline::test::ingestFixture;

TEST(NewsmlReader, readsOneArticlePerTextNewsItem)
{
    const auto articles = readArticles(ingestFixture("newsml-g2.xml"));
    ASSERT_EQ(articles.size(), 2u); // the picture item has no text
    EXPECT_EQ(articles[0].item, 0);
    EXPECT_EQ(articles[1].item, 1);
    EXPECT_EQ(articles[0].title, "Energy regulator caps household gas prices");
    EXPECT_EQ(articles[1].title, "Stocks steady ahead of central bank decision");
}

TEST(NewsmlReader, readsItemAndContentMeta)
{
    const auto articles = readArticles(ingestFixture("newsml-g2.xml"), Format::NewsMl);
    ASSERT_EQ(articles.size(), 2u);
    const model::Article& energy = articles[0];
    EXPECT_EQ(energy.authors, std::vector<std::string> { "Elena Rossi" });
    EXPECT_EQ(energy.publisher, "Continental Wire");
    EXPECT_EQ(energy.published, "2022-06-15T08:42+00:00");
    EXPECT_EQ(energy.updated, "2022-06-15T10:00+00:00");
    EXPECT_EQ(energy.language, "en");
    EXPECT_EQ(energy.url, "https://wire.example.com/stories/energy-prices");
    const model::Article& stocks = articles[1];
    EXPECT_EQ(stocks.authors, std::vector<std::string> { "Marco Bianchi" });
    EXPECT_EQ(stocks.publisher, "Continental Wire");
    EXPECT_EQ(stocks.published, "2022-06-15T11:05+02:00");
}

TEST(NewsmlReader, readsInlineNitfAndXhtmlBodies)
{
    const auto articles = readArticles(ingestFixture("newsml-g2.xml"));
    ASSERT_EQ(articles.size(), 2u);
    ASSERT_EQ(articles[0].paragraphs.size(), 2u);
    EXPECT_TRUE(contains(articles[0].paragraphs[1], "regulator chair Daniel Ortega told a news conference"));
    EXPECT_TRUE(contains(articles[1].body(), "Traders said a half-point rise was largely priced in."));
    EXPECT_FALSE(contains(articles[1].body(), "<p"));
}

TEST(NewsmlReader, readsABareNewsItemWithInlineData)
{
    const auto articles = readArticles(ingestFixture("newsitem-g2.xml"));
    ASSERT_EQ(articles.size(), 1u);
    EXPECT_EQ(articles[0].title, "Heatwave warning for the south");
    EXPECT_EQ(articles[0].published, "2022-06-16T06:30+00:00");
    ASSERT_EQ(articles[0].paragraphs.size(), 2u);
    EXPECT_EQ(articles[0].paragraphs[0], "Forecasters issued a heatwave warning for the south on Thursday.");
}
