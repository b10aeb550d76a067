// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "ingest/HtmlDates.h"
#include "ingest/HtmlReader.h"

using namespace sayline;
using namespace sayline::ingest;

namespace {

std::string readFixture(const std::string& name)
{
    std::ifstream in(std::string(SAYLINE_TEST_DATA) + "/html/" + name, std::ios::binary);
    EXPECT_TRUE(in) << name;
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

model::Article readFixtureArticle(const std::string& name)
{
    return HtmlReader::read(readFixture(name), name);
}

bool bodyContains(const model::Article& article, const std::string& text)
{
    return article.body().find(text) != std::string::npos;
}

} // namespace

TEST(HtmlReader, takesMetadataFromJsonLdGraph)
{
    const model::Article article = readFixtureArticle("news-article.html");
    EXPECT_EQ(article.file, "news-article.html");
    EXPECT_EQ(article.title, "Harbour tunnel opens two years late");
    EXPECT_EQ(article.authors, (std::vector<std::string> { "Maria Lindqvist", "Tom Okafor" }));
    EXPECT_EQ(article.publisher, "The Coastal Herald");
    EXPECT_EQ(article.published, "2023-03-14T09:30:00+00:00");
    EXPECT_EQ(article.updated, "2023-03-14T11:05:12+01:00");
    EXPECT_EQ(article.language, "en");
    EXPECT_EQ(article.url, "https://www.coastalherald.example/news/2023/03/14/harbour-tunnel-opens");
}

TEST(HtmlReader, keepsArticleParagraphsInOrder)
{
    const model::Article article = readFixtureArticle("news-article.html");
    ASSERT_EQ(article.paragraphs.size(), 7u);
    EXPECT_EQ(article.paragraphs.front(),
              "The city's new harbour tunnel opened to traffic on Tuesday morning, two years later than planned and "
              "well over its original budget, transport officials said.");
    EXPECT_EQ(article.paragraphs[3], "Costs under scrutiny");
    EXPECT_EQ(article.paragraphs.back(), "Tolls will not be charged during the first month of operation.");
}

TEST(HtmlReader, dropsNavigationAdsCommentsWidgetsAndCaptions)
{
    const model::Article article = readFixtureArticle("news-article.html");
    for (const char* boilerplate :
         { "Skip to content", "Sport", "Advertisement", "Share on Facebook", "Copy link", "Photo: Lena Berg",
           "Why the tunnel took so long", "morning briefing", "harbourwatcher", "supposed to celebrate",
           "Storm warning", "All rights reserved", "We use cookies", "Maria Lindqvist", "dataLayer", "min-height" })
        EXPECT_FALSE(bodyContains(article, boilerplate)) << boilerplate;
    EXPECT_FALSE(bodyContains(article, "Harbour tunnel opens two years late")) << "title repeated in the body";
}

TEST(HtmlReader, readsOpenGraphWithoutJsonLd)
{
    const model::Article article = readFixtureArticle("opengraph-only.html");
    EXPECT_EQ(article.title, "Rail strike called off after late-night talks");
    EXPECT_EQ(article.authors, std::vector<std::string> { "Janne Koch" }); // the article:author URL is not a name
    EXPECT_EQ(article.publisher, "Northern Courier");
    EXPECT_EQ(article.published, "2024-01-09T23:15:00+01:00");
    EXPECT_EQ(article.updated, "2024-01-10T07:02");
    EXPECT_EQ(article.language, "de");
    EXPECT_EQ(article.url, "https://northerncourier.example/rail-strike-called-off");
    ASSERT_EQ(article.paragraphs.size(), 3u);
    EXPECT_FALSE(bodyContains(article, "Economy"));
}

TEST(HtmlReader, decodesGbkPageDeclaredInMeta)
{
    const model::Article article = readFixtureArticle("gbk-page.html");
    EXPECT_EQ(article.title, "新闻：本市地铁新线路今日开通");
    EXPECT_EQ(article.language, "zh");
    ASSERT_EQ(article.paragraphs.size(), 3u);
    EXPECT_EQ(article.paragraphs.back(), "据介绍，五号线全线采用无人驾驶技术，这是本市首条全自动运行的地铁线路。");
    EXPECT_FALSE(bodyContains(article, "首页"));
}

TEST(HtmlReader, readsChineseNewsPageWithoutCaptionsAndEditorLines)
{
    const model::Article article = readFixtureArticle("gb2312-news.html");
    EXPECT_EQ(article.title, "外交部：坚决反对任何形式的网络攻击");
    EXPECT_EQ(article.published, "2022-06-15");
    ASSERT_EQ(article.paragraphs.size(), 3u);
    EXPECT_EQ(article.paragraphs[0], "外交部发言人汪文斌15日在例行记者会上表示，中方坚决反对任何形式的网络攻击。");
    for (const char* furniture : { "图注", "责任编辑", "相关新闻", "专家解读", "版权所有", "首页" })
        EXPECT_FALSE(bodyContains(article, furniture)) << furniture;
}

TEST(HtmlReader, neverLoadsExternalResources)
{
    const model::Article article = readFixtureArticle("external-resources.html");
    EXPECT_FALSE(bodyContains(article, "LEAKED-EXTERNAL-CONTENT"));
    EXPECT_EQ(article.title, "Museum reopens its glass gallery");
    ASSERT_EQ(article.paragraphs.size(), 3u);
    EXPECT_EQ(article.paragraphs.back(),
              "Entry to the gallery remains free for visitors under eighteen, the museum said.");
}

TEST(HtmlReader, recoversTextFromMalformedHtml)
{
    const model::Article article = readFixtureArticle("malformed.html");
    EXPECT_EQ(article.title, "Council approves budget");
    EXPECT_TRUE(bodyContains(article, "with twenty-one votes in favour and fourteen against."));
    EXPECT_TRUE(bodyContains(article, "the finance committee said."));
    EXPECT_TRUE(bodyContains(article, "\"a fair compromise\" & promised a review in the spring & summer."));
    EXPECT_TRUE(bodyContains(article, "an unterminated link"));
}

TEST(HtmlReader, keepsPostWhoseTaxonomyClassesLookLikeWidgets)
{
    const model::Article article = readFixtureArticle("wordpress-opinion.html");
    EXPECT_EQ(article.title, "Why the library should stay open on Sundays");
    ASSERT_EQ(article.paragraphs.size(), 3u);
    EXPECT_TRUE(article.paragraphs[0].starts_with("Every Sunday afternoon"));
    EXPECT_TRUE(article.paragraphs[2].ends_with("it would serve far more people."));
    for (const char* boilerplate : { "Completely agree", "Somebody has to pay", "Tagged", "Recent Posts", "Dana" })
        EXPECT_FALSE(bodyContains(article, boilerplate)) << boilerplate;
}

TEST(HtmlReader, splitsBreakSeparatedTextInLayoutTables)
{
    const model::Article article = readFixtureArticle("br-layout.html");
    ASSERT_EQ(article.paragraphs.size(), 3u);
    EXPECT_TRUE(article.paragraphs[0].starts_with("The annual summer fete"));
    EXPECT_TRUE(article.paragraphs[2].ends_with("lent their fields for parking."));
    EXPECT_FALSE(bodyContains(article, "Contact"));
    EXPECT_FALSE(bodyContains(article, "Copyright"));
}

TEST(HtmlReader, keepsShortArticleOverLongerWidgetText)
{
    const model::Article article = readFixtureArticle("short-brief.html");
    ASSERT_EQ(article.paragraphs.size(), 2u);
    EXPECT_EQ(article.paragraphs[1], "Buses will use the ring road instead.");
    EXPECT_FALSE(bodyContains(article, "newsletter"));
}

TEST(HtmlReader, fallsBackToJsonLdArticleBodyForScriptRenderedPages)
{
    const model::Article article = readFixtureArticle("script-rendered.html");
    ASSERT_EQ(article.paragraphs.size(), 3u);
    EXPECT_TRUE(article.paragraphs[0].starts_with("Ferry services between the mainland"));
    EXPECT_FALSE(bodyContains(article, "JavaScript"));
}

TEST(HtmlReader, keepsWrapperHiddenBySavedDialogState)
{
    std::string page = readFixture("opengraph-only.html");
    page.replace(page.find("<div id=\"page\">"), 15, "<div id=\"page\" aria-hidden=\"true\" style=\"display: none\">");
    const model::Article article = HtmlReader::read(page, "hidden.html");
    EXPECT_EQ(article.paragraphs.size(), 3u);
}

TEST(HtmlReader, readsEmptyAndTextOnlyInput)
{
    EXPECT_TRUE(HtmlReader::read("", "empty.html").paragraphs.empty());
    const model::Article article = HtmlReader::read("just some words", "plain.html");
    EXPECT_EQ(article.paragraphs, std::vector<std::string> { "just some words" });
}

TEST(HtmlReader, splitsFragmentAtBlocksAndBreaks)
{
    const std::vector<std::string> paragraphs = HtmlReader::fragmentParagraphs(readFixture("fragment.html"));
    EXPECT_EQ(paragraphs,
              (std::vector<std::string> { "First paragraph of the item, with a link and bold text.",
                                          "Loose text before a break", "and the line after the break",
                                          "Second paragraph with extra spaces.", "One item", "Another item",
                                          "Last paragraph." }));
}

TEST(HtmlReader, choosesTheCleanestTitle)
{
    auto titleOf = [](const std::string& head, const std::string& body) {
        return HtmlReader::read("<html><head>" + head + "</head><body>" + body + "</body></html>", "t.html").title;
    };
    EXPECT_EQ(titleOf("<title>Opinion | Bridges Matter - The Daily</title>"
                      "<meta property='og:title' content='Opinion | Bridges Matter'>",
                      "<h1>Bridges Matter</h1>"),
              "Bridges Matter");
    EXPECT_EQ(titleOf("<title>Bridges Matter | The Daily</title><meta property='og:site_name' content='The Daily'>",
                      "<h1>The Daily</h1>"),
              "Bridges Matter");
    EXPECT_EQ(titleOf("<title>Bridges Matter and Why Towns Need Them</title>", "<h1>Bridges</h1>"),
              "Bridges Matter and Why Towns Need Them");
    EXPECT_EQ(titleOf("<title>Why Towns Need Bridges | Riverside Daily News</title>", ""), "Why Towns Need Bridges");
    EXPECT_EQ(titleOf("<title>Review - a bridge too far for the sequel, sadly</title>", ""),
              "Review - a bridge too far for the sequel, sadly");
    EXPECT_EQ(titleOf("<title>外交部：坚决反对任何形式的网络攻击_国际新闻_新闻网</title>", ""),
              "外交部：坚决反对任何形式的网络攻击");
    EXPECT_EQ(titleOf("<title>The Daily</title><meta property='og:site_name' content='The Daily'>"
                      "<meta property='og:title' content='Bridges Matter'>",
                      ""),
              "Bridges Matter");
}

TEST(HtmlReader, readsEnglishMetadataDates)
{
    const std::string page = "<html><head><script type='application/ld+json'>{\"@type\": \"WebPage\", "
                             "\"headline\": \"Storm closes port\", \"datePublished\": \"20 Nov 2019 08:02 GMT\", "
                             "\"dateModified\": \"November 21, 2019 6:15 PM\"}</script></head><body></body></html>";
    const model::Article article = HtmlReader::read(page, "dates.html");
    EXPECT_EQ(article.title, "Storm closes port");
    EXPECT_EQ(article.published, "2019-11-20T08:02+00:00");
    EXPECT_EQ(article.updated, "2019-11-21T18:15");
}

TEST(HtmlReader, normalizesIsoDates)
{
    EXPECT_EQ(normalizeIsoDateTime("2019-11-20"), "2019-11-20");
    EXPECT_EQ(normalizeIsoDateTime(" 2019-11-20T14:05:33.123Z "), "2019-11-20T14:05:33+00:00");
    EXPECT_EQ(normalizeIsoDateTime("2019-11-20 14:05"), "2019-11-20T14:05");
    EXPECT_EQ(normalizeIsoDateTime("2019-11-20T14:05:33-0500"), "2019-11-20T14:05:33-05:00");
    EXPECT_EQ(normalizeIsoDateTime("2019/1/5"), "2019-01-05");
    EXPECT_FALSE(normalizeIsoDateTime("Nov 20, 2019"));
    EXPECT_FALSE(normalizeIsoDateTime("2019-13-01"));
}
