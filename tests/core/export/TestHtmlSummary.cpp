// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "AnalysedFixtures.h"
#include "ExportFixtures.h"
#include "export/HtmlSummaryWriter.h"

using namespace sayline;
using exporting::HtmlSummaryWriter;

namespace {

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

std::set<std::string> captures(const std::string& text, const std::string& pattern)
{
    std::set<std::string> out;
    const std::regex expression(pattern);
    for (auto it = std::sregex_iterator(text.begin(), text.end(), expression); it != std::sregex_iterator(); ++it)
        out.insert((*it)[1].str());
    return out;
}

/// The text of an HTML fragment: tags dropped, the entities the writer makes turned back.
std::string textOf(const std::string& html)
{
    std::string out = std::regex_replace(html, std::regex("<[^>]*>"), "");
    for (const auto& [entity, character] :
         { std::pair { "&lt;", "<" }, std::pair { "&gt;", ">" }, std::pair { "&quot;", "\"" },
           std::pair { "&#39;", "'" }, std::pair { "&amp;", "&" } })
        out = std::regex_replace(out, std::regex(entity), character);
    return out;
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
    EXPECT_TRUE(contains(html, "<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>"));
    EXPECT_TRUE(contains(html, "<h3>O&#39;Brien &amp; Co</h3>"));
    // Indirect speech: reported, the article's own marks kept, none added.
    EXPECT_TRUE(contains(html, "(said, reported speech): &quot;tariffs&quot; &lt;b&gt;hurt&lt;/b&gt;")) << html;
    EXPECT_TRUE(contains(html, "<a href=\"https://example.org/a?x=1&amp;y=2\">")) << html;
    EXPECT_TRUE(contains(html, "<li><b>Organizations:</b> Pentagon</li>"));
}

TEST(HtmlSummary, oneArticleHasItsTitleOnceAndTheBriefFirst)
{
    exporting::SummaryDocument document;
    document.articles = { test::summaryArticle("US threat", "Wang Wenbin", "the US spreads lies") };
    const std::string html = HtmlSummaryWriter::render(document);
    EXPECT_TRUE(contains(html, "<title>US threat</title>"));
    EXPECT_TRUE(
        contains(html, "<p class=\"kicker\">Summary \u00b7 Global Times \u00b7 2022-06-15</p>\n<h1>US threat</h1>"));
    const std::string body = html.substr(html.find("</title>"));
    EXPECT_EQ(body.find(">US threat<"), body.rfind(">US threat<")) << "the title is written once";
    EXPECT_LT(html.find("<h2>Brief</h2>"), html.find("<h2>Statements</h2>"));
    EXPECT_LT(html.find("<h2>Statements</h2>"), html.find("<h2>The article, annotated</h2>"));
}

TEST(HtmlSummary, manyArticlesGetANavigationList)
{
    exporting::SummaryDocument document;
    document.articles = { test::summaryArticle("First", "A", "x"), test::summaryArticle("Second", "B", "y") };
    const std::string html = HtmlSummaryWriter::render(document);
    EXPECT_TRUE(contains(html, "<li><a href=\"#article-2\">Second</a></li>"));
    EXPECT_TRUE(contains(html, "<section id=\"article-2\">\n<h2>Second</h2>"));
    EXPECT_TRUE(contains(html, "<title>Summary of 2 articles</title>"));
}

TEST(HtmlSummary, linksOnlyWebAddresses)
{
    EXPECT_EQ(exporting::html::link("javascript:alert(1)"), "javascript:alert(1)");
    EXPECT_EQ(exporting::html::link("http://a.b/"), "<a href=\"http://a.b/\">http://a.b/</a>");
}

TEST(HtmlSummary, theReferenceArticleIsAnnotatedInFullWithResolvingAnchors)
{
    const exporting::SummaryDocument document = test::analysedSummary(test::kReferenceArticle);
    const model::AnalysedArticle& analysed = document.articles.front().analysed;
    const std::string html = HtmlSummaryWriter::render(document);

    const std::size_t start = html.find("<div class=\"article\">");
    const std::size_t end = html.find("</div>", start);
    ASSERT_NE(start, std::string::npos);
    const std::string notes = "<sup class=\"ref\">.*?</sup>";
    const std::string text = textOf(std::regex_replace(html.substr(start, end - start), std::regex(notes), ""));
    for (const std::string& paragraph : analysed.article.paragraphs)
        EXPECT_TRUE(contains(text, paragraph)) << paragraph;

    const std::set<std::string> highlights
        = captures(html, "<span class=\"(?:direct|indirect|mixed)\" id=\"(a1-S[0-9]+)\">");
    EXPECT_EQ(highlights.size(), test::kReferenceStatements);
    const std::set<std::string> ids = captures(html, " id=\"([^\"]+)\"");
    const std::set<std::string> targets = captures(html, "href=\"#([^\"]+)\"");
    EXPECT_EQ(targets.size(), 2 * test::kReferenceStatements) << "each statement links to the text and back";
    for (const std::string& target : targets)
        EXPECT_TRUE(ids.count(target)) << "#" << target << " leads nowhere";

    for (const model::Statement& statement : analysed.statements) {
        if (statement.kind != model::StatementKind::Direct) {
            EXPECT_FALSE(test::quotedIn(html, exporting::html::escape(statement.content))) << statement.content;
        }
    }
    EXPECT_TRUE(contains(html, "class=\"legend\""));
    for (const char* kind : { "speaker", "person", "organization", "place", "date" })
        EXPECT_TRUE(contains(html, std::string("<span class=\"") + kind + "\">")) << kind;
}

TEST(HtmlSummary, aTimelineIsAnInlineChartWhenOneCanBeDrawnElseATable)
{
    exporting::SummaryDocument document;
    document.articles = { test::summaryArticle("First", "A", "x"), test::summaryArticle("Second", "B", "y") };
    document.articles[1].analysed.article.published = "2022-09-01";
    exporting::HtmlOptions options;
    EXPECT_TRUE(
        contains(HtmlSummaryWriter::render(document, options), "<tr><td>2022-06</td><td class=\"n\">1</td></tr>"));
    options.chartSvg = [](const exporting::Timeline& timeline) {
        return "<svg data-bins=\"" + std::to_string(timeline.bins.size()) + "\"></svg>";
    };
    EXPECT_TRUE(contains(HtmlSummaryWriter::render(document, options),
                         "<div class=\"chart\"><svg data-bins=\"4\"></svg></div>"));
    options.target = exporting::HtmlOptions::Target::Pdf;
    EXPECT_TRUE(contains(HtmlSummaryWriter::render(document, options), "<img src=\"sayline-chart:timeline\""));
}
