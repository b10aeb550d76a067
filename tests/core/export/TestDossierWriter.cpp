// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "AnalysedFixtures.h"
#include "ExportFixtures.h"
#include "export/DossierWriter.h"
#include "export/JsonWriter.h"

using namespace sayline;
using exporting::DossierWriter;

namespace {

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

exporting::DossierEntry entry(std::optional<std::string> date, std::string statement)
{
    exporting::DossierEntry out;
    out.date = std::move(date);
    out.speaker = "Wang Wenbin";
    out.cue = "said";
    out.kind = model::StatementKind::Direct;
    out.claimType = model::ClaimType::Denial;
    out.statement = std::move(statement);
    out.articleTitle = "Title, with comma";
    out.publisher = "Global Times";
    out.sourceFile = "/news/a.txt";
    out.url = "https://example.org/a";
    out.articleId = 3;
    out.statementId = 14;
    return out;
}

exporting::Dossier dossier()
{
    exporting::Dossier out;
    out.speaker = "Wang Wenbin";
    out.entries = { entry("2022-06-14", "He said \"no\",\nfirmly"), entry("2022-06-20", "plain") };
    return out;
}

} // namespace

TEST(DossierWriter, csvHasTheColumnsAndQuotesPerRfc4180WithCrlf)
{
    const std::string csv = DossierWriter::csv(dossier());
    EXPECT_EQ(
        csv,
        "date,speaker,cue,kind,claim_type,statement,article_title,publisher,source_file,article_id,"
        "statement_id\r\n"
        "2022-06-14,Wang Wenbin,said,direct,denial,\"He said \"\"no\"\",\nfirmly\",\"Title, with comma\","
        "Global Times,/news/a.txt,3,14\r\n"
        "2022-06-20,Wang Wenbin,said,direct,denial,plain,\"Title, with comma\",Global Times,/news/a.txt,3,14\r\n");
}

TEST(DossierWriter, csvCanEndLinesWithLfAndStartWithAByteOrderMark)
{
    const std::string csv = DossierWriter::csv(dossier(), exporting::CsvOptions { false, true });
    EXPECT_EQ(csv.rfind("\xEF\xBB\xBF"
                        "date,speaker,",
                        0),
              0u);
    EXPECT_FALSE(contains(csv, "\r\n"));
    EXPECT_EQ(DossierWriter::csvField("a\rb"), "\"a\rb\"");
    EXPECT_EQ(DossierWriter::csvField(""), "");
}

TEST(DossierWriter, csvNeutralisesWhatASpreadsheetWouldRunAsAFormula)
{
    EXPECT_EQ(DossierWriter::csvField("=1+1"), "'=1+1");
    EXPECT_EQ(DossierWriter::csvField("+1"), "'+1");
    EXPECT_EQ(DossierWriter::csvField("-2+3"), "'-2+3");
    EXPECT_EQ(DossierWriter::csvField("@SUM(A1)"), "'@SUM(A1)");
    EXPECT_EQ(DossierWriter::csvField("\tx"), "'\tx");
    EXPECT_EQ(DossierWriter::csvField("\rx"), "\"'\rx\"");
    EXPECT_EQ(DossierWriter::csvField("=HYPERLINK(\"http://x\",\"y\")"), "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    EXPECT_EQ(DossierWriter::csvField("a=b"), "a=b");
    exporting::Dossier hostile = dossier();
    hostile.entries[0].statement = "=1+1";
    hostile.entries[0].sourceFile = "=1+2.txt";
    hostile.entries[0].articleTitle = "@cmd";
    const std::string csv = DossierWriter::csv(hostile);
    EXPECT_NE(csv.find(",'=1+1,'@cmd,Global Times,'=1+2.txt,"), std::string::npos) << csv;
}

TEST(DossierWriter, csvHasOneRowPerStatementWithItsKind)
{
    const exporting::Dossier list = exporting::statementList(test::analysedSummary(test::kReferenceArticle));
    const std::string csv = DossierWriter::csv(list, exporting::CsvOptions { false, false });
    std::vector<std::string> kinds; // the fourth field of each row: date, speaker and cue hold no comma here
    std::size_t line = csv.find('\n') + 1;
    while (line < csv.size()) {
        const std::size_t end = csv.find('\n', line);
        std::size_t field = line;
        for (int i = 0; i < 3; ++i)
            field = csv.find(',', field) + 1;
        kinds.push_back(csv.substr(field, csv.find(',', field) - field));
        line = end + 1;
    }
    const std::size_t rows = kinds.size();
    const auto direct = static_cast<std::size_t>(std::count(kinds.begin(), kinds.end(), "direct"));
    EXPECT_EQ(std::count(kinds.begin(), kinds.end(), "indirect") + std::count(kinds.begin(), kinds.end(), "mixed"),
              static_cast<long>(rows - direct));
    EXPECT_EQ(rows, test::kReferenceStatements) << csv;
    // The statement as the article has it: no quotation marks added, whatever its kind (RFC 4180 quoting aside).
    const std::string json = DossierWriter::json(list);
    for (const exporting::DossierEntry& entry : list.entries) {
        EXPECT_NE(csv.find("," + DossierWriter::csvField(entry.statement) + ","), std::string::npos) << entry.statement;
        EXPECT_NE(json.find("\"statement\":" + exporting::JsonWriter::quote(entry.statement) + ","), std::string::npos)
            << entry.statement;
    }
    EXPECT_EQ(direct, 1u);
}

TEST(DossierWriter, markdownOpensWithTheBriefAndReportsIndirectSpeechWithoutQuotes)
{
    exporting::Dossier indirect = dossier();
    indirect.entries[1].kind = model::StatementKind::Indirect;
    indirect.entries[1].frame = { exporting::SpeechFrame::Order::AttributionFirst, false, "that" };
    indirect.entries[1].statement = "the US lies";
    const std::string md = DossierWriter::markdown(indirect);
    EXPECT_EQ(md.rfind("# Dossier: Wang Wenbin\n\n*Speaker dossier \u00b7 2 statements, 2022-06-14 to 2022-06-20*\n\n"
                       "## Brief\n\n2 statements in 1 article \u00b7 2022-06-14 to 2022-06-20\n",
                       0),
              0u)
        << md;
    EXPECT_TRUE(contains(md, "### Wang Wenbin: claims per day, by claim type")) << md;
    EXPECT_TRUE(contains(md, "### 2022-06-14 \u2014 Title, with comma, Global Times")) << md;
    EXPECT_TRUE(contains(md, "**Wang Wenbin** said: \u201cHe said \"no\", firmly\u201d"));
    EXPECT_TRUE(contains(md, "**Wang Wenbin** said that the US lies.\n")) << md;
    EXPECT_TRUE(contains(md, "said \u00b7 direct \u00b7 denial"));
    EXPECT_TRUE(contains(md, "Source: /news/a.txt \u00b7 https://example.org/a \u00b7 article 3"));
    EXPECT_LT(md.find("### 2022-06-14"), md.find("### 2022-06-20"));
}

TEST(DossierWriter, htmlIsAnEscapedPageWithTheBrief)
{
    const std::string html = DossierWriter::html(dossier());
    EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
    EXPECT_TRUE(contains(html, "<title>Dossier: Wang Wenbin</title>"));
    EXPECT_TRUE(contains(html, "<h2>Brief</h2>"));
    EXPECT_TRUE(contains(html, "&quot;no&quot;"));
    EXPECT_FALSE(contains(html, "<script"));
}

TEST(DossierWriter, jsonHasTheCsvColumnsAsMembers)
{
    const std::string json = DossierWriter::json(dossier());
    EXPECT_TRUE(contains(json,
                         "{\"date\":\"2022-06-14\",\"speaker\":\"Wang Wenbin\",\"cue\":\"said\",\"kind\":\"direct\","
                         "\"claim_type\":\"denial\",\"statement\":\"He said \\\"no\\\",\\nfirmly\""))
        << json;
    EXPECT_TRUE(contains(json, "\"article_id\":3,\"statement_id\":14}"));
}

TEST(DossierWriter, sortsByDateWithUndatedLast)
{
    std::vector<exporting::DossierEntry> entries { entry(std::nullopt, "u"), entry("2022-06-20", "b"),
                                                   entry("2021-01-01", "a") };
    exporting::sortByDate(entries);
    EXPECT_EQ(entries[0].statement, "a");
    EXPECT_EQ(entries[1].statement, "b");
    EXPECT_EQ(entries[2].statement, "u");
}

TEST(DossierWriter, summaryStatementsBecomeAStatementList)
{
    exporting::SummaryDocument document;
    document.articles = { test::summaryArticle("First", "Wang Wenbin", "x") };
    document.articles[0].articleId = 5;
    document.articles[0].statementIds = { { "S1", 9 } };
    const exporting::Dossier list = exporting::statementList(document);
    ASSERT_EQ(list.entries.size(), 1u);
    EXPECT_EQ(list.entries[0].date, "2022-06-15");
    EXPECT_EQ(list.entries[0].speaker, "Wang Wenbin");
    EXPECT_EQ(list.entries[0].sourceFile, "/news/First.txt");
    EXPECT_EQ(list.entries[0].statementId, 9);
}
