// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <set>

#include "../AnalysedFixtures.h"
#include "../ExportFixtures.h"
#include "PdfTools.h"
#include "export/Brief.h"
#include "export/HtmlSummaryWriter.h"
#include "export/SummaryOutline.h"
#include "export/pdf/PdfSummaryWriter.h"
#include "model/Error.h"

using namespace sayline;

namespace {

exporting::PdfJob jobOf(const exporting::SummaryDocument& document)
{
    exporting::HtmlOptions options;
    options.target = exporting::HtmlOptions::Target::Pdf;
    return { exporting::HtmlSummaryWriter::render(document, options), exporting::documentTitle(document),
             exporting::documentSource(document), exporting::briefOf(document).timeline };
}

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

std::size_t occurrences(const std::string& text, const std::string& part)
{
    std::size_t count = 0;
    for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size()))
        ++count;
    return count;
}

/// The first words of a text, as far as they fit on one line of a page.
std::string opening(const std::string& text)
{
    std::size_t end = 0;
    for (int words = 0; words < 4 && end != std::string::npos; ++words)
        end = text.find(' ', end + 1);
    return text.substr(0, end);
}

} // namespace

TEST(PdfSummary, theReferenceArticleHasLinksFromEachStatementToItsPlaceInTheText)
{
    const exporting::SummaryDocument document = test::analysedSummary(test::kReferenceArticle);
    const model::AnalysedArticle& analysed = document.articles.front().analysed;
    const std::string bytes = exporting::PdfSummaryWriter::render(jobOf(document));
    ASSERT_EQ(bytes.rfind("%PDF-", 0), 0u);
    const test::PdfFile pdf(bytes);
    const std::string info = pdf.run("pdfinfo");
    ASSERT_EQ(pdf.lastStatus(), 0) << info;
    EXPECT_TRUE(contains(info, "US becomes major threat")) << info;

    const std::map<std::string, int> destinations = test::namedDestinations(pdf);
    const std::vector<std::string> links = test::goToLinks(bytes);
    EXPECT_GE(links.size(), 2 * test::kReferenceStatements);
    for (const std::string& link : links)
        EXPECT_TRUE(destinations.count(link)) << link << " leads nowhere";
    for (const model::Statement& statement : analysed.statements) {
        const auto place = destinations.find("a1-" + statement.id);
        ASSERT_NE(place, destinations.end()) << statement.id;
        EXPECT_NE(std::count(links.begin(), links.end(), place->first), 0) << "nothing links to " << statement.id;
        EXPECT_TRUE(contains(test::squeezed(pdf.pageText(place->second)), opening(statement.content)))
            << statement.id << " is not on page " << place->second;
        EXPECT_TRUE(destinations.count("a1-" + statement.id + "-list")) << "no way back from " << statement.id;
    }
}

TEST(PdfSummary, reportedSpeechIsNeverQuotedAndTheTitleStandsOnceOnABriefFirstPage)
{
    const exporting::SummaryDocument document = test::analysedSummary(test::kReferenceArticle);
    const model::AnalysedArticle& analysed = document.articles.front().analysed;
    const test::PdfFile pdf(exporting::PdfSummaryWriter::render(jobOf(document)));
    const std::string text = test::squeezed(pdf.run("pdftotext", "-enc UTF-8", "-"));
    for (const model::Statement& statement : analysed.statements) {
        EXPECT_TRUE(contains(text, opening(statement.content))) << statement.content;
        if (statement.kind != model::StatementKind::Direct) {
            EXPECT_FALSE(test::quotedIn(text, opening(statement.content))) << statement.content;
        }
    }
    const std::string first = test::squeezed(pdf.pageText(1));
    EXPECT_EQ(occurrences(first, "US becomes major threat"), 1u) << first;
    EXPECT_TRUE(contains(first, "Brief"));
    EXPECT_TRUE(contains(first, "Who spoke"));
    EXPECT_TRUE(contains(first, "Page 1 of "));
    EXPECT_FALSE(contains(first, "Statements S")) << "the statements start on a new page";
    const std::string second = test::squeezed(pdf.pageText(2));
    EXPECT_TRUE(contains(second, "US becomes major threat")) << "the running header names the document";
    EXPECT_TRUE(contains(second, "Summary \u00b7 Global Times \u00b7 2022-06-15")) << second;
    EXPECT_TRUE(contains(second, "Page 2 of ")) << second;
}

TEST(PdfSummary, aChineseArticleKeepsItsGlyphsWhenItsTextIsExtracted)
{
    const exporting::SummaryDocument document = test::analysedSummary(test::kChineseArticle);
    ASSERT_EQ(document.articles.size(), 1u);
    const test::PdfFile pdf(exporting::PdfSummaryWriter::render(jobOf(document)));
    const std::string text = pdf.run("pdftotext", "-enc UTF-8", "-");
    const std::string fonts = pdf.run("pdffonts");
    EXPECT_TRUE(contains(fonts, "NotoSerifCJK")) << fonts;
    for (const std::string& paragraph : document.articles.front().analysed.article.paragraphs) {
        // Lines break anywhere between Chinese characters, and each statement ends in its number (a footnote
        // marker): compare without white space and digits.
        const auto isSpaceOrDigit = [](char c) { return c == ' ' || c == '\n' || (c >= '0' && c <= '9'); };
        std::string expected = paragraph;
        std::erase_if(expected, isSpaceOrDigit);
        std::string extracted = text;
        std::erase_if(extracted, isSpaceOrDigit);
        EXPECT_TRUE(contains(extracted, expected)) << paragraph << "\n" << text;
    }
    EXPECT_TRUE(contains(text, "\u5916\u4ea4\u90e8\u53d1\u8a00\u4eba")) << "言 must not come out as the radical ⾔";
    EXPECT_FALSE(contains(text, "\u2f94"));
}

TEST(PdfSummary, aLigatureIsExtractedAsItsLetters)
{
    exporting::SummaryDocument document;
    document.articles = { test::summaryArticle("Official figures", "Wang Wenbin", "the filler official fiction") };
    const test::PdfFile pdf(exporting::PdfSummaryWriter::render(jobOf(document)));
    const std::string text = pdf.run("pdftotext", "-enc UTF-8", "-");
    EXPECT_TRUE(contains(text, "the filler official fiction")) << text;
    EXPECT_FALSE(contains(text, "\ufb01"));
    EXPECT_FALSE(contains(text, "\t"));
}

TEST(PdfSummary, theTimelineOfASelectionIsVectorGraphicsAndEverythingAfterItIsThere)
{
    exporting::SummaryDocument document;
    document.articles = { test::summaryArticle("First", "Wang Wenbin", "the first claim opens the selection"),
                          test::summaryArticle("Second", "Wang Wenbin", "the final claim closes the selection") };
    document.articles[1].analysed.article.published = "2022-09-01";
    const exporting::PdfJob job = jobOf(document);
    ASSERT_TRUE(job.timeline);
    const test::PdfFile pdf(exporting::PdfSummaryWriter::render(job));
    const std::string first = pdf.pageText(1);
    EXPECT_TRUE(contains(first, "Statements per month, by claim type")) << first;
    EXPECT_TRUE(contains(first, "Accusation")) << "the chart's legend is text drawn into the page";
    EXPECT_TRUE(contains(first, "2022-06")) << first;
    const std::string images = pdf.run("pdfimages", "-list");
    EXPECT_EQ(std::count(images.begin(), images.end(), '\n'), 2) << "no image, only the header:\n" << images;
    // The chart is put in after the page is parsed: the layout must still reach the last paragraph.
    const std::string text = test::squeezed(pdf.run("pdftotext", "-enc UTF-8", "-"));
    for (const char* part : { "the first claim opens the selection", "the final claim closes the selection",
                              "The Pentagon in Washington did not reply." })
        EXPECT_EQ(occurrences(text, part), std::string(part).rfind("the", 0) == 0 ? 3u : 2u) << part << "\n" << text;
}
