// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <fstream>

#include "ServiceFixtures.h"
#include "service/ExportService.h"
#include "service/ImportService.h"
#include "service/SearchService.h"

using namespace sayline;
using namespace sayline::service;

namespace {

const std::filesystem::path kSamples = std::filesystem::path(SAYLINE_SOURCE_DIR) / "resources" / "samples";

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

std::string readFile(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

/// A library in a temporary directory holding the sample articles.
class ExportServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const analysis::Analyzer analyzer;
        const ImportReport report = ImportService(analyzer, library()).importPaths({ kSamples }, {});
        ASSERT_TRUE(report.ok()) << report.error;
    }

    std::filesystem::path library() const { return m_dir.file("library.sqlite"); }

    store::RowId articleTitled(const std::string& part)
    {
        SearchService search(library());
        const auto articles = search.articles({});
        for (const auto& article : articles.value()) {
            if (contains(article.title, part))
                return article.id;
        }
        ADD_FAILURE() << "no article titled " << part;
        return 0;
    }

    test::ServiceTempDir m_dir;
};

} // namespace

TEST_F(ExportServiceTest, summaryOfOneArticleHasItsSpeakersAndLibraryIds)
{
    ExportService exporter(library());
    ExportRequest request;
    request.articleIds = { articleTitled("threat") };
    const auto document = exporter.summary(request);
    ASSERT_TRUE(document.ok()) << document.error();
    ASSERT_EQ(document->articles.size(), 1u);
    const exporting::SummaryArticle& article = document->articles.front();
    EXPECT_EQ(article.articleId, request.articleIds.front());
    EXPECT_FALSE(article.analysed.statements.empty());
    EXPECT_EQ(article.statementIds.size(), article.analysed.statements.size());
    bool wang = false;
    for (const auto& statement : article.analysed.statements)
        wang = wang || exporting::speakerName(article.analysed, statement) == "Wang Wenbin";
    EXPECT_TRUE(wang);

    request.format = ExportFormat::Markdown;
    const auto md = exporter.render(request);
    ASSERT_TRUE(md.ok()) << md.error();
    EXPECT_TRUE(contains(md.value(), "\n| Wang Wenbin | ")) << md.value();
    EXPECT_TRUE(contains(md.value(), "- **Publisher:** Global Times")) << md.value();
}

TEST_F(ExportServiceTest, allArticlesInADateRangeMakeOneDocumentWithContents)
{
    ExportService exporter(library());
    ExportRequest request;
    request.allArticles = true;
    request.from = "2007-01-01";
    request.to = "2007-12-31";
    request.format = ExportFormat::Html;
    const auto html = exporter.render(request);
    ASSERT_TRUE(html.ok()) << html.error();
    EXPECT_TRUE(contains(html.value(), "<h2>Contents</h2>"));
    EXPECT_TRUE(contains(html.value(), "Cisco sues Apple")) << html.value().substr(0, 2000);
    EXPECT_FALSE(contains(html.value(), "Global Times"));
}

TEST_F(ExportServiceTest, jsonSummaryIsTheContractWithLibraryIds)
{
    ExportService exporter(library());
    ExportRequest request;
    request.articleIds = { articleTitled("threat") };
    request.format = ExportFormat::Json;
    const auto json = exporter.render(request);
    ASSERT_TRUE(json.ok()) << json.error();
    EXPECT_EQ(json.value().rfind("[\n{\"library\":{\"article_id\":" + std::to_string(request.articleIds.front()), 0),
              0u);
    EXPECT_TRUE(contains(json.value(), "\"statements\":[{\"id\":\"S1\""));
}

TEST_F(ExportServiceTest, dossierListsASpeakersStatementsInDateOrderAsCsv)
{
    ExportService exporter(library());
    ExportRequest request;
    request.speaker = "wang wenbin";
    const auto dossier = exporter.dossier(request);
    ASSERT_TRUE(dossier.ok()) << dossier.error();
    EXPECT_EQ(dossier->speaker, "Wang Wenbin");
    ASSERT_FALSE(dossier->entries.empty());
    for (const auto& entry : dossier->entries) {
        EXPECT_EQ(entry.date, "2022-06-15");
        EXPECT_TRUE(contains(entry.sourceFile, "global-times-2022-06-15-us-threat.txt")) << entry.sourceFile;
    }

    request.format = ExportFormat::Csv;
    const auto file = m_dir.file("wang.csv");
    const auto report = exporter.write(request, file);
    ASSERT_TRUE(report.ok()) << report.error();
    EXPECT_EQ(report->statements, dossier->entries.size());
    EXPECT_EQ(report->articles, 1u);
    const std::string csv = readFile(file);
    EXPECT_EQ(csv.rfind("date,speaker,cue,kind,claim_type,statement,article_title,publisher,source_file,", 0), 0u);
    EXPECT_TRUE(contains(csv, "\r\n2022-06-15,Wang Wenbin,"));
}

TEST_F(ExportServiceTest, unknownSpeakerAndMissingArticleAreNotFound)
{
    ExportService exporter(library());
    ExportRequest speaker;
    speaker.speaker = "Nobody Atall";
    const auto dossier = exporter.render(speaker);
    ASSERT_FALSE(dossier.ok());
    EXPECT_EQ(dossier.code(), ErrorCode::NotFound);
    EXPECT_TRUE(contains(dossier.error(), "Nobody Atall"));

    ExportRequest article;
    article.articleIds = { 999999 };
    const auto summary = exporter.render(article);
    ASSERT_FALSE(summary.ok());
    EXPECT_EQ(summary.code(), ErrorCode::NotFound);
}

TEST_F(ExportServiceTest, pdfWithoutARendererIsUnsupportedAndNothingIsWritten)
{
    ExportService exporter(library());
    ExportRequest request;
    request.allArticles = true;
    request.format = ExportFormat::Pdf;
    const auto report = exporter.write(request, m_dir.file("out.pdf"));
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.code(), ErrorCode::Unsupported);
    EXPECT_FALSE(std::filesystem::exists(m_dir.file("out.pdf")));
}

TEST_F(ExportServiceTest, pdfIsLaidOutByTheFrontEndsRendererFromHtmlMadeForIt)
{
    exporting::PdfJob seen;
    ExportGraphics graphics;
    graphics.pdf = [&](const exporting::PdfJob& job) {
        seen = job;
        return std::string("%PDF-1.4 laid out");
    };
    ExportService exporter(library(), graphics);
    ExportRequest request;
    request.speaker = "Wang Wenbin";
    request.format = ExportFormat::Pdf;
    ASSERT_TRUE(exporter.write(request, m_dir.file("out.pdf")).ok());
    EXPECT_EQ(seen.title, "Dossier: Wang Wenbin");
    EXPECT_EQ(seen.source.rfind("Speaker dossier \u00b7 ", 0), 0u) << seen.source;
    EXPECT_EQ(seen.html.rfind("<!DOCTYPE html>", 0), 0u);
    EXPECT_TRUE(contains(seen.html, "class=\"newpage\""));
    EXPECT_EQ(readFile(m_dir.file("out.pdf")), "%PDF-1.4 laid out");
}

TEST_F(ExportServiceTest, refusesToWriteOverTheLibraryByAnyNameAndLeavesItIntact)
{
    std::filesystem::create_directories(m_dir.file("sub"));
    std::filesystem::create_hard_link(library(), m_dir.file("hard.sqlite"));
    std::filesystem::create_symlink(library(), m_dir.file("soft.sqlite"));
    const std::string before = readFile(library());
    ExportService exporter(library());
    ExportRequest request;
    request.allArticles = true;
    request.format = ExportFormat::Csv;
    for (const std::filesystem::path& output :
         { library(), m_dir.file("sub") / ".." / "library.sqlite", m_dir.file("hard.sqlite"), m_dir.file("soft.sqlite"),
           m_dir.file("sub") / ".." / "library.sqlite-wal", m_dir.file("library.sqlite-shm"),
           m_dir.file("library.sqlite-journal") }) {
        const auto report = exporter.write(request, output);
        ASSERT_FALSE(report.ok()) << output;
        EXPECT_EQ(report.code(), ErrorCode::Usage) << output;
        EXPECT_TRUE(contains(report.error(), "library")) << report.error();
    }
    EXPECT_EQ(readFile(library()), before);
    EXPECT_TRUE(SearchService(library()).articles({}).ok());
    // Through a symbolic link the library is still the library.
    ExportService throughLink(m_dir.file("soft.sqlite"));
    EXPECT_EQ(throughLink.write(request, library()).code(), ErrorCode::Usage);
    EXPECT_TRUE(exporter.write(request, m_dir.file("library.csv")).ok());
}

TEST_F(ExportServiceTest, writesAtomicallyReplacingTheFileAndLeavingNothingElse)
{
    ExportService exporter(library());
    ExportRequest request;
    request.allArticles = true;
    request.format = ExportFormat::Markdown;
    const auto file = m_dir.file("all.md");
    std::ofstream(file) << "an earlier export";
    ASSERT_TRUE(exporter.write(request, file).ok());
    EXPECT_EQ(readFile(file).rfind("# Summary of ", 0), 0u);
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(m_dir.file("")))
        names.push_back(entry.path().filename().string());
    for (const std::string& name : names)
        EXPECT_TRUE(name == "all.md" || name.rfind("library.sqlite", 0) == 0) << "left behind: " << name;

    const auto folder = exporter.write(request, m_dir.file(""));
    ASSERT_FALSE(folder.ok());
    EXPECT_EQ(folder.code(), ErrorCode::Io);
    const auto missing = exporter.write(request, m_dir.file("no-such-folder") / "x.md");
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.code(), ErrorCode::Io);
    EXPECT_TRUE(contains(missing.error(), "x.md")) << missing.error();
}

TEST_F(ExportServiceTest, everySummaryAndDossierOpensWithTheBrief)
{
    ExportService exporter(library());
    ExportRequest summary;
    summary.articleIds = { articleTitled("threat") };
    summary.format = ExportFormat::Html;
    const auto html = exporter.render(summary);
    ASSERT_TRUE(html.ok()) << html.error();
    EXPECT_TRUE(contains(html.value(), "<h2>Brief</h2>"));
    EXPECT_TRUE(contains(html.value(), "<td>Wang Wenbin</td>"));
    ExportRequest dossier;
    dossier.speaker = "Steve Jobs";
    dossier.format = ExportFormat::Markdown;
    const auto md = exporter.render(dossier);
    ASSERT_TRUE(md.ok()) << md.error();
    EXPECT_TRUE(contains(md.value(), "## Brief\n")) << md.value();
    EXPECT_TRUE(contains(md.value(), "### Steve Jobs: claims per month, by claim type")) << md.value();
}

TEST(ExportFormat, comesFromANameOrAnExtension)
{
    EXPECT_EQ(exportFormatFromName("MD"), ExportFormat::Markdown);
    EXPECT_EQ(exportFormatFromName("htm"), ExportFormat::Html);
    EXPECT_EQ(exportFormatFromPath("/a/b.CSV"), ExportFormat::Csv);
    EXPECT_EQ(exportFormatFromPath("/a/b.pdf"), ExportFormat::Pdf);
    EXPECT_FALSE(exportFormatFromPath("/a/b"));
    EXPECT_FALSE(exportFormatFromName("docx"));
}

TEST_F(ExportServiceTest, aDateRangeWithoutArticlesIsNotFound)
{
    ExportService exporter(library());
    ExportRequest request;
    request.allArticles = true;
    request.from = "1990-01-01";
    request.to = "1990-12-31";
    const auto summary = exporter.render(request);
    ASSERT_FALSE(summary.ok());
    EXPECT_EQ(summary.code(), ErrorCode::NotFound);
    EXPECT_TRUE(contains(summary.error(), "date range")) << summary.error();
}
