// SPDX-License-Identifier: GPL-3.0-or-later
// The team archive through the services the front ends use, on a fresh database of the test server
// (scripts/test-postgres): many importers at once, and a personal library pushed with its corrections.
#include <gtest/gtest.h>

#include <fstream>
#include <thread>

#include "ServiceFixtures.h"
#include "TestArchive.h"
#include "service/ArchiveService.h"
#include "service/CorrectionService.h"
#include "service/ImportService.h"
#include "service/SearchService.h"
#include "store/ArticleWriter.h"
#include "store/Library.h"

using namespace sayline;
using namespace sayline::service;

namespace {

class TeamArchiveServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        SAYLINE_REQUIRE_POSTGRES();
        m_database = std::make_unique<test::TestDatabase>(*test::testPostgresAdmin());
        const auto made = ArchiveService::init(archive());
        ASSERT_TRUE(made.ok()) << made.error();
    }

    std::filesystem::path archive() const { return m_database->uri(); }

    /// A plain-text article file: title, Published line, one reported statement.
    void writeArticle(const std::filesystem::path& folder, int i)
    {
        std::filesystem::create_directories(folder);
        std::ofstream(folder / ("briefing-" + std::to_string(i) + ".txt"))
            << "Briefing number " << i << "\nPublished: 2022-06-" << (10 + i) << "\n\n"
            << "Foreign Ministry spokesperson Wang Wenbin said on Wednesday that the matter number " << i
            << " concerns the security of every country.\n";
    }

    /// Three briefings: matters 1 and 2 said by Wang Wenbin, a third by Zhao Lijian.
    void writeBriefings(const std::filesystem::path& folder)
    {
        writeArticle(folder, 1);
        writeArticle(folder, 2);
        std::ofstream(folder / "zhao.txt") << "Briefing with Zhao\nPublished: 2022-07-01\n\n"
                                           << "Foreign Ministry spokesperson Zhao Lijian said on Friday that the "
                                              "report is a lie.\n";
    }

    /// Gives "matter number 1" to Zhao Lijian in the library or archive, and returns the statement's text query.
    void reassignMatterOneToZhao(const std::filesystem::path& library)
    {
        SearchService search(library);
        store::SearchQuery query;
        query.text = "\"matter number 1\"";
        const auto hits = search.searchStatements(query);
        ASSERT_TRUE(hits.ok()) << hits.error();
        ASSERT_EQ(hits->size(), 1u);
        const store::RowId zhao = search.entitiesNamed("Zhao Lijian").value().at(0);
        const auto done = CorrectionService(m_analyzer, library).reassign(hits->at(0).id, zhao);
        ASSERT_TRUE(done.ok()) << done.error();
    }

    /// Zhao Lijian's statements in the library or archive, newest first.
    std::vector<std::string> zhaosStatements(const std::filesystem::path& library)
    {
        store::SearchQuery query;
        query.speaker = "Zhao Lijian";
        const auto hits = SearchService(library).searchStatements(query);
        std::vector<std::string> out;
        for (const store::StatementRecord& record : hits.value())
            out.push_back(record.content);
        return out;
    }

    test::ServiceTempDir m_dir;
    std::unique_ptr<test::TestDatabase> m_database;
    const analysis::Analyzer m_analyzer;
};

} // namespace

TEST_F(TeamArchiveServiceTest, twoImportsOfOverlappingFoldersStoreEachArticleOnce)
{
    for (int i = 1; i <= 6; ++i)
        writeArticle(m_dir.file("alice"), i);
    for (int i = 4; i <= 9; ++i)
        writeArticle(m_dir.file("bob"), i);
    ImportOptions options;
    options.articlesPerTransaction = 2;
    options.analysisThreads = 1;
    ImportReport alice;
    ImportReport bob;
    std::thread first([&] { alice = ImportService(m_analyzer, archive()).importPaths({ m_dir.file("alice") }, options); });
    std::thread second([&] { bob = ImportService(m_analyzer, archive()).importPaths({ m_dir.file("bob") }, options); });
    first.join();
    second.join();
    EXPECT_TRUE(alice.ok()) << alice.error << (alice.failures.empty() ? "" : alice.failures[0].reason);
    EXPECT_TRUE(bob.ok()) << bob.error << (bob.failures.empty() ? "" : bob.failures[0].reason);
    EXPECT_EQ(alice.added + alice.present, 6u);
    EXPECT_EQ(bob.added + bob.present, 6u);
    EXPECT_EQ(alice.added + bob.added, 9u);

    SearchService search(archive());
    EXPECT_EQ(search.countArticles({}).value(), 9);
    store::SearchQuery query;
    query.speaker = "wang wenbin";
    EXPECT_EQ(search.countStatements(query).value(), 9);
}

TEST_F(TeamArchiveServiceTest, aPushedLibraryKeepsItsCorrectionsAndIsNotDuplicated)
{
    const std::filesystem::path library = m_dir.file("library.sqlite");
    {
        auto db = store::openLibrary(library, store::OpenMode::Create);
        store::ArticleWriter writer(db);
        writer.add(test::quoteArticle("One", "2022-06-15", "Wang Wenbin", "The US is a threat"), "hash1");
        writer.add(test::quoteArticle("Two", "2022-06-20", "Wang", "Hacking must stop"), "hash2");
        writer.add(test::quoteArticle("Three", "2022-06-21", "Zhao Lijian", "That is a lie"), "hash3");
    }
    // The user corrects the library: "Hacking must stop" was Zhao Lijian's.
    SearchService local(library);
    store::SearchQuery query;
    query.text = "hacking";
    const store::RowId statement = local.searchStatements(query).value().at(0).id;
    const store::RowId zhao = local.entitiesNamed("Zhao Lijian").value().at(0);
    ASSERT_TRUE(CorrectionService(m_analyzer, library).reassign(statement, zhao).ok());

    const auto pushed = ArchiveService::push(library, archive());
    ASSERT_TRUE(pushed.ok()) << pushed.error();
    EXPECT_EQ(pushed->added, 3u);

    SearchService shared(archive());
    store::SearchQuery bySpeaker;
    bySpeaker.speaker = "Zhao Lijian";
    const auto hits = shared.searchStatements(bySpeaker);
    ASSERT_TRUE(hits.ok()) << hits.error();
    ASSERT_EQ(hits->size(), 2u);
    EXPECT_EQ(hits->at(0).content, "That is a lie");
    EXPECT_EQ(hits->at(1).content, "Hacking must stop");

    const auto again = ArchiveService::push(library, archive());
    ASSERT_TRUE(again.ok()) << again.error();
    EXPECT_EQ(again->added, 0u);
    EXPECT_EQ(again->present, 3u);
    EXPECT_EQ(shared.countArticles({}).value(), 3);
}

TEST_F(TeamArchiveServiceTest, aPulledArchiveIsALibraryWithTheSameStatementsAndSpeakers)
{
    for (int i = 1; i <= 3; ++i)
        writeArticle(m_dir.file("in"), i);
    ASSERT_TRUE(ImportService(m_analyzer, archive()).importPaths({ m_dir.file("in") }, {}).ok());
    const std::filesystem::path offline = m_dir.file("offline/library.sqlite");
    const auto pulled = ArchiveService::pull(archive(), offline);
    ASSERT_TRUE(pulled.ok()) << pulled.error();
    EXPECT_EQ(pulled->added, 3u);

    SearchService shared(archive());
    SearchService local(offline);
    store::SearchQuery query;
    query.speaker = "Wang Wenbin";
    EXPECT_EQ(local.countStatements(query).value(), shared.countStatements(query).value());
    EXPECT_EQ(local.countStatements(query).value(), 3);
    const auto article = local.article(local.articles({}).value().at(0).id);
    ASSERT_TRUE(article.ok()) << article.error();
    EXPECT_FALSE(article->analysis.statements.empty());

    const auto again = ArchiveService::pull(archive(), offline);
    ASSERT_TRUE(again.ok()) << again.error();
    EXPECT_EQ(again->added, 0u);
    EXPECT_EQ(again->present, 3u);
}

TEST_F(TeamArchiveServiceTest, anAnalystImportIsReportedAsAReadOnlyArchive)
{
    writeArticle(m_dir.file("in"), 1);
    const std::string analyst = m_database->loginRole("ann", m_database->name() + "_analyst");
    const ImportReport report
        = ImportService(m_analyzer, m_database->uri(analyst)).importPaths({ m_dir.file("in") }, {});
    EXPECT_EQ(report.added, 0u);
    EXPECT_NE(report.error.find("read-only archive"), std::string::npos) << report.error;
}

TEST_F(TeamArchiveServiceTest, correctionsOnAnArchiveSurviveItsReanalysis)
{
    for (int i = 1; i <= 3; ++i)
        writeArticle(m_dir.file("in"), i);
    // Someone else to give a statement to.
    std::ofstream(m_dir.file("in") / "zhao.txt")
        << "Briefing with Zhao\nPublished: 2022-07-01\n\n"
        << "Foreign Ministry spokesperson Zhao Lijian said on Friday that the report is a lie.\n";
    ASSERT_TRUE(ImportService(m_analyzer, archive()).importPaths({ m_dir.file("in") }, {}).ok());
    SearchService search(archive());
    store::SearchQuery query;
    query.text = "\"matter number 1\"";
    const store::StatementRecord first = search.searchStatements(query).value().at(0);
    query.text = "\"matter number 2\"";
    const store::StatementRecord second = search.searchStatements(query).value().at(0);
    const store::RowId zhao = search.entitiesNamed("Zhao Lijian").value().at(0);

    CorrectionService corrections(m_analyzer, archive());
    const auto reassigned = corrections.reassign(first.id, zhao, first.version);
    ASSERT_TRUE(reassigned.ok()) << reassigned.error();
    ASSERT_TRUE(corrections.deleteStatement(second.id).ok());
    // Undo is for library files; the archive says so and keeps the correction.
    const auto undone = corrections.undo(reassigned.value());
    EXPECT_EQ(undone.code(), ErrorCode::Unsupported);
    EXPECT_FALSE(std::filesystem::exists("postgresql:"));

    const auto report = corrections.reanalyse({});
    ASSERT_TRUE(report.ok()) << report.error();
    EXPECT_EQ(report->articles, 4u);
    store::SearchQuery byZhao;
    byZhao.speaker = "Zhao Lijian";
    EXPECT_EQ(search.countStatements(byZhao).value(), 2);
    store::SearchQuery byWang;
    byWang.speaker = "Wang Wenbin";
    EXPECT_EQ(search.countStatements(byWang).value(), 1);
    EXPECT_EQ(corrections.incompleteArticles().value(), 0u);

    // A correction on what the user saw before the re-analysis replaced the rows is refused, not lost.
    const auto stale = corrections.reassign(first.id, zhao, first.version);
    EXPECT_EQ(stale.code(), ErrorCode::Conflict) << stale.error();
    EXPECT_NE(stale.error().find("no longer in the archive"), std::string::npos) << stale.error();
    const auto unknown = corrections.reanalyse({ 999999 });
    EXPECT_EQ(unknown.code(), ErrorCode::NotFound) << unknown.error();
}

TEST_F(TeamArchiveServiceTest, aPushedCorrectionHoldsThroughAReanalysisOfTheArchive)
{
    const std::filesystem::path library = m_dir.file("library.sqlite");
    writeBriefings(m_dir.file("in"));
    ASSERT_TRUE(ImportService(m_analyzer, library).importPaths({ m_dir.file("in") }, {}).ok());
    reassignMatterOneToZhao(library);
    ASSERT_EQ(zhaosStatements(library).size(), 2u);

    const auto pushed = ArchiveService::push(library, archive());
    ASSERT_TRUE(pushed.ok()) << pushed.error();
    EXPECT_EQ(pushed->added, 3u);
    EXPECT_EQ(pushed->corrections, 1u);
    const auto report = CorrectionService(m_analyzer, archive()).reanalyse({});
    ASSERT_TRUE(report.ok()) << report.error();
    EXPECT_EQ(report->articles, 3u);
    const std::vector<std::string> zhao = zhaosStatements(archive());
    ASSERT_EQ(zhao.size(), 2u);
    EXPECT_NE(zhao[1].find("matter number 1"), std::string::npos) << zhao[1];

    const auto again = ArchiveService::push(library, archive());
    ASSERT_TRUE(again.ok()) << again.error();
    EXPECT_EQ(again->added, 0u);
    EXPECT_EQ(again->corrections, 0u);
}

TEST_F(TeamArchiveServiceTest, aPulledCorrectionHoldsThroughAReanalysisOfTheLibrary)
{
    writeBriefings(m_dir.file("in"));
    ASSERT_TRUE(ImportService(m_analyzer, archive()).importPaths({ m_dir.file("in") }, {}).ok());
    reassignMatterOneToZhao(archive());
    ASSERT_EQ(zhaosStatements(archive()).size(), 2u);

    const std::filesystem::path offline = m_dir.file("offline.sqlite");
    const auto pulled = ArchiveService::pull(archive(), offline);
    ASSERT_TRUE(pulled.ok()) << pulled.error();
    EXPECT_EQ(pulled->added, 3u);
    EXPECT_EQ(pulled->corrections, 1u);
    const auto report = CorrectionService(m_analyzer, offline).reanalyse({});
    ASSERT_TRUE(report.ok()) << report.error();
    const std::vector<std::string> zhao = zhaosStatements(offline);
    ASSERT_EQ(zhao.size(), 2u);
    EXPECT_NE(zhao[1].find("matter number 1"), std::string::npos) << zhao[1];

    const auto again = ArchiveService::pull(archive(), offline);
    ASSERT_TRUE(again.ok()) << again.error();
    EXPECT_EQ(again->added, 0u);
    EXPECT_EQ(again->corrections, 0u);
}
