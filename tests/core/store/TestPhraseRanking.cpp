// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ArticleWriter.h"
#include "Library.h"
#include "PhraseRanking.h"
#include "StatementSearch.h"
#include "StoreFixtures.h"
#include "Transaction.h"
#include "model/Error.h"

using namespace sayline;
using namespace sayline::store;

namespace {

/// Statements from a small vocabulary with lengths from 3 to 14 words and words said more than once, so that many
/// rows tie on bm25 and the scores of the others differ in their last digits.
class PhraseRankingTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = std::make_unique<Database>(openLibrary(m_dir.file("library.sqlite"), OpenMode::Create));
        static const std::vector<std::string> words { "tariffs", "exports", "prices", "jobs",   "security",
                                                      "the",     "will",    "hurt",   "farm",   "growth",
                                                      "rise",    "fall",    "trade",  "policy", "exporters" };
        ArticleWriter writer(*m_db);
        Transaction transaction(*m_db);
        std::uint64_t state = 7;
        auto below = [&](std::size_t n) {
            state = state * 6364136223846793005ull + 1442695040888963407ull;
            return static_cast<std::size_t>((state >> 33) % n);
        };
        for (int article = 0; article < 60; ++article) {
            std::vector<test::Quote> quotes;
            for (int q = 0; q < 8; ++q) {
                std::string content;
                const std::size_t length = 3 + below(12);
                for (std::size_t w = 0; w < length; ++w)
                    content += (w ? " " : "") + words[below(words.size())];
                quotes.push_back({ "Speaker " + std::to_string(q), content, {} });
            }
            writer.add(test::makeArticle("Trade " + std::to_string(article), "2020-01-01", quotes),
                       "hash" + std::to_string(article));
        }
        transaction.commit();
    }

    /// FTS5's own order: every match, best first.
    std::vector<RowId> fts5Order(const std::string& query)
    {
        auto statement = m_db->prepare("SELECT rowid FROM statements_fts WHERE statements_fts MATCH ? ORDER BY rank");
        statement.bind(1, query);
        std::vector<RowId> ids;
        while (statement.step())
            ids.push_back(statement.columnInt(0));
        return ids;
    }

    test::TempDir m_dir;
    std::unique_ptr<Database> m_db;
};

} // namespace

TEST_F(PhraseRankingTest, ranksEveryMatchInFts5sOwnOrderTiesIncluded)
{
    for (const std::string query :
         { "tariffs", "tariffs exports", "exports tariffs", "the will hurt", "\"will hurt\" jobs", "export* prices",
           "jobs jobs", "tariffs AND growth", "\"the\" \"the\" policy" }) {
        ASSERT_TRUE(PhraseRanking::applies(query)) << query;
        const std::optional<RankedMatches> ranked = PhraseRanking::rank(*m_db, query, 100000);
        ASSERT_TRUE(ranked) << query;
        EXPECT_TRUE(ranked->complete) << query;
        const std::vector<RowId> expected = fts5Order(query);
        EXPECT_GE(expected.size(), 4u) << query;
        EXPECT_EQ(ranked->ids, expected) << query;
    }
}

TEST_F(PhraseRankingTest, moreMatchesThanTheCapAreNotRanked)
{
    const std::size_t matches = fts5Order("tariffs exports").size();
    const std::optional<RankedMatches> atCap = PhraseRanking::rank(*m_db, "tariffs exports", matches);
    ASSERT_TRUE(atCap);
    EXPECT_TRUE(atCap->complete);
    EXPECT_EQ(atCap->ids.size(), matches);
    const std::optional<RankedMatches> overCap = PhraseRanking::rank(*m_db, "tariffs exports", matches - 1);
    ASSERT_TRUE(overCap);
    EXPECT_FALSE(overCap->complete);
    EXPECT_TRUE(overCap->ids.empty());
}

TEST_F(PhraseRankingTest, noMatchIsCompleteAndEmpty)
{
    const std::optional<RankedMatches> none = PhraseRanking::rank(*m_db, "tariffs nowhere", 100);
    ASSERT_TRUE(none);
    EXPECT_TRUE(none->complete);
    EXPECT_TRUE(none->ids.empty());
}

TEST_F(PhraseRankingTest, wordsWithoutTokensAreReadAsFts5ReadsThem)
{
    // "—" has no token: FTS5 drops it from an implicit AND, and an explicit AND with it matches nothing.
    for (const std::string query : { "tariffs —", "tariffs AND —", "— tariffs exports" }) {
        const std::optional<RankedMatches> ranked = PhraseRanking::rank(*m_db, query, 100000);
        ASSERT_TRUE(ranked) << query;
        EXPECT_EQ(ranked->ids, fts5Order(query)) << query;
    }
    EXPECT_EQ(fts5Order("tariffs —"), fts5Order("tariffs"));
    EXPECT_TRUE(fts5Order("tariffs AND —").empty());
}

TEST_F(PhraseRankingTest, aMalformedQueryFailsAsFts5Does)
{
    EXPECT_THROW(PhraseRanking::rank(*m_db, "\"tariffs", 100), Error);
}

TEST(PhraseRankingShape, appliesToPhrasesJoinedByAndAlone)
{
    for (const char* query : { "tariffs", "tariffs exports", "\"will hurt\" jobs", "export* prices", "a AND b",
                               "\"a OR b\" c", "\"(a)\"", "café résumé", "tariffs —" })
        EXPECT_TRUE(PhraseRanking::applies(query)) << query;
    for (const char* query : { "a OR b", "a NOT b", "NEAR(a b)", "a NEAR b", "content: a", "content:a", "^a", "(a b)",
                               "a + b", "{content}: a", "- content: a" })
        EXPECT_FALSE(PhraseRanking::applies(query)) << query;
}
