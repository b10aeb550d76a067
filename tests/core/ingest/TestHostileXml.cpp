// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile XML must neither expand entities without bound nor read files or the network.
#include <gtest/gtest.h>

#include "Fixtures.h"
#include "ingest/ArticleReader.h"
#include "model/Error.h"

using namespace sayline;
using namespace sayline::ingest;
using sayline::test::contains;
using sayline::test::ingestFixture;

namespace {

/// Either a clear Malformed error or articles whose text stays small and holds no file contents.
void expectContained(const std::filesystem::path& file, Format format = Format::Auto)
{
    try {
        const auto articles = readArticles(file, format);
        for (const auto& article : articles) {
            const std::string text = article.title + article.body();
            EXPECT_LT(text.size(), 10000u);
            EXPECT_FALSE(contains(text, "root:"));
            EXPECT_FALSE(contains(text, "lollollol"));
        }
    } catch (const Error& error) {
        EXPECT_EQ(error.code(), ErrorCode::Malformed);
        EXPECT_FALSE(std::string(error.what()).empty());
    }
}

} // namespace

TEST(HostileXml, doesNotExpandBillionLaughs)
{
    expectContained(ingestFixture("billion-laughs.xml"));
    expectContained(ingestFixture("billion-laughs.xml"), Format::Rss);
}

TEST(HostileXml, doesNotReadExternalEntities)
{
    const auto articles = readArticles(ingestFixture("external-entity.xml"));
    ASSERT_EQ(articles.size(), 1u);
    const std::string text = articles[0].title + articles[0].body();
    EXPECT_FALSE(contains(text, "root:"));
    EXPECT_TRUE(contains(text, "Before the entity."));
    EXPECT_TRUE(contains(text, "After the entity."));
}

TEST(HostileXml, doesNotLoadExternalParameterEntities)
{
    expectContained(ingestFixture("external-dtd.xml"));
}

TEST(HostileXml, doesNotExpandQuadraticBlowup)
{
    const std::string big(100000, 'A');
    std::string xml = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"" + big
        + "\">]><rss version=\"2.0\">"
          "<channel><title>t</title><item><title>x</title><description>";
    for (int i = 0; i < 20000; ++i)
        xml += "&a;";
    xml += "</description></item></channel></rss>";
    try {
        const auto articles = readArticlesFromBytes(xml, "quadratic.xml");
        for (const auto& article : articles)
            EXPECT_LT(article.body().size(), 200000u);
    } catch (const Error& error) {
        EXPECT_EQ(error.code(), ErrorCode::Malformed);
    }
}

TEST(HostileXml, doesNotExpandEntitiesInAttributes)
{
    std::string xml = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY lol \"lol\">";
    std::string previous = "lol";
    for (int level = 1; level <= 9; ++level) {
        std::string value;
        for (int k = 0; k < 10; ++k)
            value += "&" + previous + ";";
        previous = "lol" + std::to_string(level);
        xml += "<!ENTITY " + previous + " \"" + value + "\">";
    }
    xml += "]><rss version=\"2.0\"><channel><title>t</title><item><guid isPermaLink=\"&lol9;\">g</guid>"
           "<title>x</title><description>Plain text.</description></item></channel></rss>";
    try {
        const auto articles = readArticlesFromBytes(xml, "attributes.xml");
        for (const auto& article : articles)
            EXPECT_LT(article.body().size(), 10000u);
    } catch (const Error& error) {
        EXPECT_EQ(error.code(), ErrorCode::Malformed);
    }
}

TEST(HostileXml, nestingPastTheDepthLimitIsRefusedForWhatItIs)
{
    std::string feed = "<rss version=\"2.0\"><channel><item><title>Deep</title><description>";
    for (int i = 0; i < 300; ++i)
        feed += "<x>";
    feed += "The minister said so.";
    for (int i = 0; i < 300; ++i)
        feed += "</x>";
    feed += "</description></item></channel></rss>";
    try {
        readArticlesFromBytes(feed, "deep.rss");
        FAIL() << "expected an error";
    } catch (const Error& error) {
        EXPECT_EQ(error.code(), ErrorCode::Malformed);
        const std::string message = error.what();
        EXPECT_NE(message.find("nested deeper than 256 elements"), std::string::npos) << message;
        EXPECT_EQ(message.find("entity"), std::string::npos) << message;
    }
}
