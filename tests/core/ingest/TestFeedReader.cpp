// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "Fixtures.h"
#include "ingest/ArticleReader.h"
#include "model/Error.h"

using namespace sayline;
using namespace sayline::ingest;
using sayline::test::contains;
using sayline::test::ingestFixture;

TEST(FeedReader, readsEveryRssItemInOrder)
{
    const auto articles = readArticles(ingestFixture("rss2-feed.xml"));
    ASSERT_EQ(articles.size(), 3u);
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(articles[static_cast<std::size_t>(i)].item, i);
        EXPECT_EQ(articles[static_cast<std::size_t>(i)].publisher, "Harbour City Chronicle");
        EXPECT_EQ(articles[static_cast<std::size_t>(i)].language, "en");
    }
    EXPECT_EQ(articles[0].title, "Council approves new tram line to the airport");
    EXPECT_EQ(articles[1].title, "Port strike ends after late-night deal");
    EXPECT_EQ(articles[2].title, "Library reopens after renovation");
}

TEST(FeedReader, readsRssItemMetadata)
{
    const auto articles = readArticles(ingestFixture("rss2-feed.xml"), Format::Rss);
    ASSERT_EQ(articles.size(), 3u);
    EXPECT_EQ(articles[0].url, "https://chronicle.example.org/2022/06/15/tram-line");
    EXPECT_EQ(articles[0].published, "2022-06-15T18:04+01:00");
    EXPECT_EQ(articles[0].authors, std::vector<std::string> { "Maria Jensen" });
    EXPECT_EQ(articles[1].authors, std::vector<std::string> { "Tom Becker" });
    EXPECT_EQ(articles[1].published, "2022-06-14T23:15+00:00");
    // a permalink guid stands in for a missing link
    EXPECT_EQ(articles[2].url, "https://chronicle.example.org/2022/06/13/library");
    EXPECT_EQ(articles[2].published, "2022-06-13T08:00-05:00");
}

TEST(FeedReader, prefersContentEncodedOverDescription)
{
    const auto articles = readArticles(ingestFixture("rss2-feed.xml"));
    ASSERT_EQ(articles.size(), 3u);
    const std::string body = articles[0].body();
    EXPECT_TRUE(contains(body, "ending a decade of debate"));
    EXPECT_TRUE(contains(body, "said council leader Amir Haddad"));
    EXPECT_FALSE(contains(body, "voted 31 to 12"));
    EXPECT_FALSE(contains(body, "Tram depot at dawn"));
    EXPECT_GE(articles[0].paragraphs.size(), 3u);
    // escaped HTML in a description
    EXPECT_TRUE(contains(articles[2].body(), "Head librarian Sofia Marin said"));
    EXPECT_FALSE(contains(articles[2].body(), "<p>"));
}

TEST(FeedReader, readsAtomEntries)
{
    const auto articles = readArticles(ingestFixture("atom-feed.xml"));
    ASSERT_EQ(articles.size(), 3u);
    const model::Article& first = articles[0];
    EXPECT_EQ(first.title, "Glacier retreat accelerates, survey finds");
    EXPECT_EQ(first.url, "https://science.example.net/2022/06/glacier-retreat");
    EXPECT_EQ(first.published, "2022-06-15T08:30+02:00");
    EXPECT_EQ(first.updated, "2022-06-15T12:45+02:00");
    EXPECT_EQ(first.authors, std::vector<std::string> { "Ingrid Solberg" });
    EXPECT_EQ(first.publisher, "Northern Science Desk");
    EXPECT_EQ(first.language, "en");
    EXPECT_TRUE(contains(first.body(), "said lead author Henrik Dahl"));
    EXPECT_TRUE(contains(first.body(), "\"The pace surprised us,\""));
}

TEST(FeedReader, readsAtomXhtmlAndTextContent)
{
    const auto articles = readArticles(ingestFixture("atom-feed.xml"), Format::Atom);
    ASSERT_EQ(articles.size(), 3u);
    EXPECT_EQ(articles[1].url, "https://science.example.net/2022/06/observatory-director");
    EXPECT_EQ(articles[1].authors, std::vector<std::string> { "Science Desk" }); // the feed's author
    EXPECT_TRUE(contains(articles[1].body(), "astrophysicist Clara Moreau"));
    EXPECT_FALSE(contains(articles[1].body(), "<p>"));
    ASSERT_EQ(articles[2].paragraphs.size(), 2u);
    EXPECT_EQ(articles[2].paragraphs[1], "Counts were highest in the second week of April.");
}

TEST(FeedReader, refusesXmlThatIsNotAFeed)
{
    try {
        readArticlesFromBytes("<?xml version=\"1.0\"?><catalog><book/></catalog>", "books.xml", Format::Rss);
        FAIL() << "expected an error";
    } catch (const Error& error) {
        EXPECT_EQ(error.code(), ErrorCode::Malformed);
        EXPECT_TRUE(contains(error.what(), "catalog"));
    }
}

TEST(FeedReader, recoversFromAStrayAmpersand)
{
    const std::string feed = "<rss version=\"2.0\"><channel><title>T</title><item><title>Fish & Chips</title>"
                             "<description>Prices rose by a third, the owners said on Monday.</description>"
                             "</item></channel></rss>";
    const auto articles = readArticlesFromBytes(feed, "feed.xml");
    ASSERT_EQ(articles.size(), 1u);
    EXPECT_TRUE(contains(articles[0].body(), "Prices rose by a third"));
}

TEST(FeedReader, readsAFeedWhoseBytesContradictItsDeclaredCharset)
{
    const auto articles = readArticles(ingestFixture("mislabelled-latin1-feed.xml"));
    ASSERT_EQ(articles.size(), 1u);
    EXPECT_EQ(articles[0].title, "Caf\xC3\xA9 owners protest");
    EXPECT_EQ(articles[0].publisher, "Caf\xC3\xA9 Journal");
}

TEST(FeedReader, readsUndeclaredHtmlEntitiesOfOldFeeds)
{
    const auto articles = readArticles(ingestFixture("rss091-html-entities.xml"));
    ASSERT_EQ(articles.size(), 2u);
    EXPECT_EQ(articles[0].publisher, "Old Feed");
    EXPECT_EQ(articles[0].title, "Item one \xE2\x80\x94 news");
    EXPECT_TRUE(contains(articles[0].body(), "non-breaking space"));
}
