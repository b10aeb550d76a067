// SPDX-License-Identifier: GPL-3.0-or-later
// One speaker across languages: 汪文斌 in a Chinese article and Wang Wenbin in an English one are one library
// entity; either form finds both articles' statements; a wrong merge can be split. Chinese statements are
// searchable by word.
#include <gtest/gtest.h>

#include "ServiceFixtures.h"
#include "service/CorrectionService.h"
#include "service/SearchService.h"
#include "store/ArticleWriter.h"
#include "store/Library.h"

using namespace sayline;
using namespace sayline::service;

namespace {

class CrossLanguage : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto db = store::openLibrary(library(), store::OpenMode::Create);
        store::ArticleWriter writer(db);
        m_chinese
            = writer
                  .add(test::quoteArticle("外交部例行记者会", "2022-06-15", "汪文斌", "美国是全球网络安全的最大威胁"),
                       "zh")
                  .articleId;
        m_english = writer.add(test::quoteArticle("Briefing", "2022-06-16", "Wang Wenbin", "The US must stop"), "en")
                        .articleId;
    }

    std::filesystem::path library() const { return m_dir.file("library.sqlite"); }

    std::size_t statementsOf(const std::string& speaker)
    {
        store::SearchQuery query;
        query.speaker = speaker;
        const auto found = SearchService(library()).searchStatements(query);
        EXPECT_TRUE(found.ok()) << found.error();
        return found.ok() ? found.value().size() : 0;
    }

    test::ServiceTempDir m_dir;
    const analysis::Analyzer m_analyzer;
    store::RowId m_chinese = 0;
    store::RowId m_english = 0;
};

} // namespace

TEST_F(CrossLanguage, theChineseAndTheEnglishFormOfANameAreOneSpeaker)
{
    const auto speakers = SearchService(library()).speakers(std::nullopt);
    ASSERT_TRUE(speakers.ok());
    ASSERT_EQ(speakers.value().size(), 1u);
    EXPECT_EQ(speakers.value().front().statementCount, 2);
    EXPECT_EQ(statementsOf("汪文斌"), 2u);
    EXPECT_EQ(statementsOf("Wang Wenbin"), 2u);
    EXPECT_EQ(statementsOf("wang wenbin"), 2u);
}

TEST_F(CrossLanguage, aWrongMergeAcrossLanguagesCanBeSplit)
{
    const auto ids = SearchService(library()).entitiesNamed("Wang Wenbin");
    ASSERT_TRUE(ids.ok() && ids.value().size() == 1);
    CorrectionService corrections(m_analyzer, library());
    const auto split = corrections.split(ids.value().front(), { m_chinese });
    ASSERT_TRUE(split.ok()) << split.error();
    const auto speakers = SearchService(library()).speakers(std::nullopt);
    ASSERT_EQ(speakers.value().size(), 2u);
    for (const store::SpeakerSummary& speaker : speakers.value())
        EXPECT_EQ(speaker.statementCount, 1);
    const auto undone = corrections.undo(split.value());
    ASSERT_TRUE(undone.ok()) << undone.error();
    EXPECT_EQ(SearchService(library()).speakers(std::nullopt).value().size(), 1u);
}

TEST_F(CrossLanguage, aChineseWordFindsTheStatementButNotAcrossAWordBoundary)
{
    SearchService search(library());
    store::SearchQuery query;
    query.text = "网络";
    const auto found = search.searchStatements(query);
    ASSERT_TRUE(found.ok()) << found.error();
    ASSERT_EQ(found.value().size(), 1u);
    EXPECT_EQ(found.value().front().content, "美国是全球网络安全的最大威胁");
    query.text = "网络安全";
    EXPECT_EQ(search.searchStatements(query).value().size(), 1u);
    query.text = "络安"; // the end of one word and the start of the next
    EXPECT_EQ(search.searchStatements(query).value().size(), 0u);
}
