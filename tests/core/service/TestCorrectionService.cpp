// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "ServiceFixtures.h"
#include "service/CorrectionService.h"
#include "service/ImportService.h"
#include "service/SearchService.h"
#include "store/ArticleWriter.h"
#include "store/Library.h"
#include "store/Transaction.h"

using namespace sayline;
using namespace sayline::service;

namespace {

class CorrectionServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_articles = { test::quoteArticle("One", "2022-06-15", "Wang Wenbin", "The US is a threat"),
                       test::quoteArticle("Two", "2022-06-20", "Wang", "Hacking must stop"),
                       test::quoteArticle("Three", "2022-06-21", "Zhao Lijian", "That is a lie") };
        auto db = store::openLibrary(library(), store::OpenMode::Create);
        store::ArticleWriter writer(db);
        for (std::size_t i = 0; i < m_articles.size(); ++i)
            m_ids.push_back(writer.add(m_articles[i], "hash" + std::to_string(i)).articleId);
    }

    std::filesystem::path library() const { return m_dir.file("library.sqlite"); }

    store::RowId speakerId(const std::string& name)
    {
        SearchService search(library());
        const auto ids = search.entitiesNamed(name);
        EXPECT_TRUE(ids.ok());
        EXPECT_FALSE(ids.value().empty()) << name;
        return ids.value().empty() ? 0 : ids.value().front();
    }

    std::vector<store::StatementRecord> statementsOf(const std::string& speaker)
    {
        store::SearchQuery query;
        query.speaker = speaker;
        auto hits = SearchService(library()).searchStatements(query);
        EXPECT_TRUE(hits.ok()) << hits.error();
        return hits.ok() ? hits.value() : std::vector<store::StatementRecord> {};
    }

    /// Re-analysis with the same machine output, so only the corrections can make a difference.
    void reanalyseAsBefore()
    {
        auto db = store::openLibrary(library(), store::OpenMode::Existing);
        store::Transaction transaction(db);
        store::ArticleWriter writer(db);
        for (std::size_t i = 0; i < m_articles.size(); ++i)
            writer.replaceAnalysis(m_ids[i], m_articles[i]);
        transaction.commit();
    }

    test::ServiceTempDir m_dir;
    analysis::Analyzer m_analyzer;
    std::vector<model::AnalysedArticle> m_articles;
    std::vector<store::RowId> m_ids;
};

} // namespace

TEST_F(CorrectionServiceTest, mergedEntitiesStayMergedAfterReanalysis)
{
    CorrectionService corrections(m_analyzer, library());
    const store::RowId wangWenbin = speakerId("Wang Wenbin");
    const store::RowId wang = speakerId("Wang");
    ASSERT_NE(wangWenbin, wang);
    const auto merged = corrections.merge(wangWenbin, wang);
    ASSERT_TRUE(merged.ok()) << merged.error() << " code " << static_cast<int>(merged.code());
    EXPECT_EQ(statementsOf("Wang Wenbin").size(), 2u);
    reanalyseAsBefore();
    const auto after = statementsOf("Wang Wenbin");
    ASSERT_EQ(after.size(), 2u);
    EXPECT_EQ(after[0].content, "Hacking must stop");
    EXPECT_FALSE(corrections.merge(wangWenbin, wangWenbin).ok());
    EXPECT_EQ(corrections.merge(wangWenbin, 9999).code(), ErrorCode::NotFound);
}

TEST_F(CorrectionServiceTest, reassignAndDeleteSurviveReanalysis)
{
    CorrectionService corrections(m_analyzer, library());
    const auto zhao = statementsOf("Zhao Lijian");
    ASSERT_EQ(zhao.size(), 1u);
    ASSERT_TRUE(corrections.reassign(zhao[0].id, speakerId("Wang Wenbin")).ok());
    const auto wang = statementsOf("Wang Wenbin");
    ASSERT_EQ(wang.size(), 2u);
    const auto threat = wang[1].content == "The US is a threat" ? wang[1] : wang[0];
    ASSERT_TRUE(corrections.deleteStatement(threat.id).ok());
    EXPECT_EQ(corrections.deleteStatement(threat.id).code(), ErrorCode::NotFound);

    reanalyseAsBefore();
    const auto after = statementsOf("Wang Wenbin");
    ASSERT_EQ(after.size(), 1u);
    EXPECT_EQ(after[0].content, "That is a lie");
    EXPECT_TRUE(statementsOf("Zhao Lijian").empty());
}

TEST_F(CorrectionServiceTest, splitAndRenameSurviveReanalysis)
{
    CorrectionService corrections(m_analyzer, library());
    // The user says the "Wang Wenbin" of article one is someone else, then names him.
    auto split = corrections.split(speakerId("Wang Wenbin"), { m_ids[0] });
    ASSERT_TRUE(split.ok()) << split.error();
    ASSERT_TRUE(corrections.rename(split.value().entity, "Wang Wenbin (trade)").ok());
    reanalyseAsBefore();
    const auto renamed = statementsOf("Wang Wenbin (trade)");
    ASSERT_EQ(renamed.size(), 1u);
    EXPECT_EQ(renamed[0].content, "The US is a threat");
    // A new article by the real Wang Wenbin does not join the split-off entity.
    {
        auto db = store::openLibrary(library(), store::OpenMode::Existing);
        store::ArticleWriter(db).add(test::quoteArticle("Four", "2022-07-01", "Wang Wenbin", "Stop it"), "hash4");
    }
    EXPECT_EQ(statementsOf("Wang Wenbin (trade)").size(), 1u);
}

TEST(CorrectionServiceReference, correctionsSurviveRealReanalysisOfTheReferenceArticle)
{
    test::ServiceTempDir dir;
    const analysis::Analyzer analyzer;
    const auto library = dir.file("library.sqlite");
    const auto sample
        = std::filesystem::path(SAYLINE_SOURCE_DIR) / "resources/samples/global-times-2022-06-15-us-threat.txt";
    ASSERT_TRUE(ImportService(analyzer, library).importPaths({ sample }, {}).ok());
    SearchService search(library);
    store::SearchQuery query;
    query.speaker = "Wang Wenbin";
    const auto before = search.searchStatements(query);
    ASSERT_TRUE(before.ok()) << before.error();
    if (before.value().size() < 2)
        GTEST_SKIP() << "no statements extracted for Wang Wenbin yet (analysis not merged)";
    CorrectionService corrections(analyzer, library);
    ASSERT_TRUE(corrections.deleteStatement(before.value()[0].id).ok());
    const auto report = corrections.reanalyse({});
    ASSERT_TRUE(report.ok()) << report.error();
    const auto after = SearchService(library).searchStatements(query);
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after.value().size(), before.value().size() - 1);
}
