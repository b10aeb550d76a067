// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <regex>

#include "AnalysedFixtures.h"
#include "ExportFixtures.h"
#include "export/MarkdownSummaryWriter.h"

using namespace sayline;
using exporting::MarkdownSummaryWriter;

namespace {

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

std::size_t count(const std::string& text, const std::string& pattern)
{
    const std::regex expression(pattern);
    return static_cast<std::size_t>(
        std::distance(std::sregex_iterator(text.begin(), text.end(), expression), std::sregex_iterator()));
}

} // namespace

TEST(MarkdownSummary, oneArticleShowsBriefMetadataTextEntitiesEventsAndStatements)
{
    exporting::SummaryDocument document;
    document.articles = { test::summaryArticle("US threat", "Wang Wenbin", "the US spreads lies") };
    document.articles[0].articleId = 7;
    document.articles[0].analysed.statements[0].speakerSpan = model::Span { 0, 11 };
    const std::string md = MarkdownSummaryWriter::render(document);
    EXPECT_EQ(md.rfind("# US threat\n\n*Summary \u00b7 Global Times \u00b7 2022-06-15*\n\n## Brief\n", 0), 0u) << md;
    EXPECT_FALSE(contains(md, "## Contents"));
    for (const char* part :
         { "| Wang Wenbin | 1 | 0 | 1 | 0 |", "| Accusation | 1 | Pentagon (1) |", "- **Places:** Washington (1)",
           "- 2022-06-14 (June 14)", "- **Publisher:** Global Times", "- **Date:** 2022-06-15T08:00:00+08:00",
           "- **URL:** https://example.org/a?x=1&y=2", "- **File:** /news/US threat.txt", "- **Library id:** 7",
           "**Wang Wenbin** said on June 14 that the US spreads lies[^1]. The Pentagon",
           "[^1]: **Wang Wenbin** (said, reported speech): the US spreads lies \u2014 said \u00b7 indirect \u00b7 "
           "accusation \u00b7 2022-06-15 \u00b7 about: Pentagon",
           "- **People:** Wang Wenbin", "- **Organizations:** Pentagon", "- **Places:** Washington",
           "- **June 14** (2022-06-14): Wang Wenbin said on June 14 that the US spreads lies." })
        EXPECT_TRUE(contains(md, part)) << part << "\n" << md;
}

TEST(MarkdownSummary, manyArticlesGetATableOfContentsWithAnchorsAndNotesNumberedThrough)
{
    exporting::SummaryDocument document;
    document.title = "Week in review";
    document.articles
        = { test::summaryArticle("First", "Wang Wenbin", "a"), test::summaryArticle("Second", "Ned Price", "b") };
    const std::string md = MarkdownSummaryWriter::render(document);
    EXPECT_EQ(md.rfind("# Week in review\n", 0), 0u);
    EXPECT_TRUE(contains(md, "## Contents\n\n1. [First](#article-1)\n2. [Second](#article-2)\n")) << md;
    EXPECT_TRUE(contains(md, "<a id=\"article-2\"></a>Second"));
    EXPECT_TRUE(contains(md, "[^2]: **Ned Price**")) << md;
}

TEST(MarkdownSummary, escapesMarkdownSyntaxInTexts)
{
    EXPECT_EQ(MarkdownSummaryWriter::escape("a *b* [c](d) <e>\nf"), "a \\*b\\* \\[c\\](d) \\<e\\> f");
}

TEST(MarkdownSummary, aParagraphNeverTurnsIntoAListOrHeading)
{
    exporting::SummaryDocument document;
    document.articles = { test::summaryArticle("T", "W", "x") };
    document.articles[0].analysed.article.paragraphs.push_back("2011. A year.");
    document.articles[0].analysed.article.paragraphs.push_back("- dash");
    const std::string md = MarkdownSummaryWriter::render(document);
    EXPECT_TRUE(contains(md, "\n2011\\. A year.\n"));
    EXPECT_TRUE(contains(md, "\n\\- dash\n"));
}

TEST(MarkdownSummary, theReferenceArticleMarksSpeakersAndEveryStatementWithANote)
{
    const exporting::SummaryDocument document = test::analysedSummary(test::kReferenceArticle);
    const model::AnalysedArticle& analysed = document.articles.front().analysed;
    const std::string md = MarkdownSummaryWriter::render(document);
    const std::size_t text = md.find("## The article, annotated");
    const std::size_t notes = md.find("## Statements");
    ASSERT_LT(text, notes);
    const std::string annotated = md.substr(text, notes - text);
    EXPECT_EQ(count(annotated, "\\[\\^[0-9]+\\]"), test::kReferenceStatements);
    EXPECT_EQ(count(md.substr(notes), "\n\\[\\^[0-9]+\\]: "), test::kReferenceStatements);
    EXPECT_TRUE(contains(annotated, "**China\u2019s Foreign Ministry spokesperson Wang Wenbin** said that based on"))
        << annotated;
    for (const model::Statement& statement : analysed.statements) {
        if (statement.kind != model::StatementKind::Direct) {
            EXPECT_FALSE(test::quotedIn(md, MarkdownSummaryWriter::escape(statement.content))) << statement.content;
        }
    }
}
