// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "ExportFixtures.h"
#include "export/HtmlSummaryWriter.h"

using namespace sayline;
using exporting::HtmlSummaryWriter;

namespace {

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

} // namespace

TEST(HtmlSummary, isASelfContainedPageWithEverythingEscaped)
{
    exporting::SummaryDocument document;
    document.articles
        = { test::summaryArticle("<script>alert(1)</script>", "O'Brien & Co", "\"tariffs\" <b>hurt</b>") };
    const std::string html = HtmlSummaryWriter::render(document);
    EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
    EXPECT_TRUE(contains(html, "<meta charset=\"utf-8\">"));
    EXPECT_TRUE(contains(html, "<style>"));
    EXPECT_FALSE(contains(html, "<script"));
    EXPECT_FALSE(contains(html, "<b>hurt"));
    EXPECT_FALSE(contains(html, "<link"));
    EXPECT_FALSE(contains(html, "src="));
    EXPECT_FALSE(contains(html, "@import"));
    EXPECT_TRUE(contains(html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
    EXPECT_TRUE(contains(html, "<h4>O&#39;Brien &amp; Co</h4>"));
    EXPECT_TRUE(contains(html, "\u201c&quot;tariffs&quot; &lt;b&gt;hurt&lt;/b&gt;\u201d"));
    EXPECT_TRUE(contains(html, "<a href=\"https://example.org/a?x=1&amp;y=2\">")) << html;
    EXPECT_TRUE(contains(html, "<li><b>Organizations:</b> Pentagon</li>"));
}

TEST(HtmlSummary, manyArticlesGetANavigationList)
{
    exporting::SummaryDocument document;
    document.articles = { test::summaryArticle("First", "A", "x"), test::summaryArticle("Second", "B", "y") };
    const std::string html = HtmlSummaryWriter::render(document);
    EXPECT_TRUE(contains(html, "<li><a href=\"#article-2\">Second</a></li>"));
    EXPECT_TRUE(contains(html, "<h2 id=\"article-2\">Second</h2>"));
    EXPECT_TRUE(contains(html, "<title>Summary of 2 articles</title>"));
}

TEST(HtmlSummary, linksOnlyWebAddresses)
{
    EXPECT_EQ(HtmlSummaryWriter::link("javascript:alert(1)"), "javascript:alert(1)");
    EXPECT_EQ(HtmlSummaryWriter::link("http://a.b/"), "<a href=\"http://a.b/\">http://a.b/</a>");
}
