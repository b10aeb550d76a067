// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "ExportFixtures.h"
#include "export/MarkdownSummaryWriter.h"

using namespace sayline;
using exporting::MarkdownSummaryWriter;

namespace {

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

} // namespace

TEST(MarkdownSummary, oneArticleShowsMetadataSpeakersEntitiesAndEvents)
{
    exporting::SummaryDocument document;
    document.articles = { test::summaryArticle("US threat", "Wang Wenbin", "the US spreads lies") };
    document.articles[0].articleId = 7;
    const std::string md = MarkdownSummaryWriter::render(document);
    EXPECT_EQ(md.rfind("# Summary: US threat\n", 0), 0u) << md;
    EXPECT_FALSE(contains(md, "## Contents"));
    for (const char* part : { "- **Publisher:** Global Times", "- **Date:** 2022-06-15T08:00:00+08:00",
                              "- **URL:** https://example.org/a?x=1&y=2", "- **File:** /news/US threat.txt",
                              "- **Library id:** 7", "#### Wang Wenbin", "> \u201cthe US spreads lies\u201d",
                              "said \u00b7 indirect \u00b7 accusation \u00b7 2022-06-15 \u00b7 about: Pentagon",
                              "- **People:** Wang Wenbin", "- **Organizations:** Pentagon", "- **Places:** Washington",
                              "- **June 14** (2022-06-14): Wang Wenbin said on June 14 that the US spreads lies." })
        EXPECT_TRUE(contains(md, part)) << part << "\n" << md;
}

TEST(MarkdownSummary, manyArticlesGetATableOfContentsWithAnchors)
{
    exporting::SummaryDocument document;
    document.title = "Week in review";
    document.articles
        = { test::summaryArticle("First", "Wang Wenbin", "a"), test::summaryArticle("Second", "Ned Price", "b") };
    const std::string md = MarkdownSummaryWriter::render(document);
    EXPECT_EQ(md.rfind("# Week in review\n", 0), 0u);
    EXPECT_TRUE(contains(md, "## Contents\n\n1. [First](#article-1)\n2. [Second](#article-2)\n")) << md;
    EXPECT_TRUE(contains(md, "<a id=\"article-2\"></a>Second"));
    EXPECT_LT(md.find("#### Wang Wenbin"), md.find("#### Ned Price"));
}

TEST(MarkdownSummary, escapesMarkdownSyntaxInTexts)
{
    EXPECT_EQ(MarkdownSummaryWriter::escape("a *b* [c](d) <e>\nf"), "a \\*b\\* \\[c\\](d) \\<e\\> f");
}
