// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <cstdio>

#include "ArticleRepository.h"
#include "ArticleWriter.h"
#include "EntityRepository.h"
#include "Library.h"
#include "StatementSearch.h"
#include "StoreFixtures.h"
#include "Transaction.h"
#include "model/Error.h"

using namespace sayline;
using namespace sayline::store;

namespace {

class StatementSearchTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = std::make_unique<Database>(openLibrary(m_dir.file("library.sqlite"), OpenMode::Create));
        ArticleWriter writer(*m_db);
        writer.add(test::makeArticle(
                       "US threat", "2022-06-15T10:00:00+08:00",
                       { { "Wang Wenbin",
                           "The US has become the biggest threat to internet security",
                           { "National Security Agency" } },
                         { "Wang Wenbin", "The US must stop its cyberattacks", {}, model::StatementKind::Indirect } }),
                   "en1");
        writer.add(test::makeArticle("Airbus", "2007-02-28",
                                     { { "Louis Gallois", "We will cut ten thousand jobs", {} } }, "Wikinews"),
                   "en2");
        writer.add(test::makeArticle("美国威胁", "2022-06-16", { { "赵立坚", "美国是全球网络安全的最大威胁", {} } },
                                     "环球时报"),
                   "zh1");
    }

    std::vector<StatementRecord> search(const SearchQuery& query) { return StatementSearch(*m_db).run(query); }

    test::TempDir m_dir;
    std::unique_ptr<Database> m_db;
};

} // namespace

TEST_F(StatementSearchTest, findsSpeakerStatementsCaseInsensitivelyNewestFirst)
{
    SearchQuery query;
    query.speaker = "wang  WENBIN";
    const auto hits = search(query);
    ASSERT_EQ(hits.size(), 2u);
    EXPECT_EQ(hits[0].speaker, "Wang Wenbin");
    EXPECT_EQ(hits[0].date, "2022-06-15");
    EXPECT_EQ(hits[0].articleTitle, "US threat");
    query.kind = model::StatementKind::Indirect;
    ASSERT_EQ(search(query).size(), 1u);
    query.kind.reset();
    query.from = "2022-06-16";
    EXPECT_TRUE(search(query).empty());
    query.speaker = "Nobody Known";
    query.from.reset();
    EXPECT_TRUE(search(query).empty());
}

TEST_F(StatementSearchTest, fullTextSearchInEnglishMarksTheMatch)
{
    SearchQuery query;
    query.text = "security";
    const auto hits = search(query);
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_NE(hits[0].snippet.find("[security]"), std::string::npos) << hits[0].snippet;
    ASSERT_EQ(hits[0].about.size(), 1u);
    EXPECT_EQ(hits[0].about[0], "National Security Agency");

    query.text = "jobs";
    query.publisher = "wikinews";
    ASSERT_EQ(search(query).size(), 1u);
    query.publisher = "Global Times";
    EXPECT_TRUE(search(query).empty());
}

TEST_F(StatementSearchTest, fullTextSearchFindsChineseWords)
{
    SearchQuery query;
    query.text = "网络安全";
    auto hits = search(query);
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(hits[0].speaker, "赵立坚");
    EXPECT_EQ(hits[0].snippet, "美国是全球[网络安全]的最大威胁"); // marked, and the index's spaces removed
    query.text = "威胁";
    EXPECT_EQ(search(query).size(), 1u);
    query.text = "网"; // part of a word is not a word
    EXPECT_TRUE(search(query).empty());
    ArticleFilter filter;
    filter.text = "美国";
    EXPECT_EQ(ArticleRepository(*m_db).list(filter).size(), 1u);
}

TEST_F(StatementSearchTest, combinesSpeakerTextAndTarget)
{
    SearchQuery query;
    query.speaker = "Wang Wenbin";
    query.text = "threat OR cyberattacks";
    EXPECT_EQ(search(query).size(), 2u);
    query.about = "national security agency";
    const auto hits = search(query);
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_NE(hits[0].snippet.find("[threat]"), std::string::npos) << hits[0].snippet;
}

TEST_F(StatementSearchTest, badFullTextQueryIsAUsageError)
{
    SearchQuery query;
    query.text = "\"unterminated";
    try {
        search(query);
        FAIL() << "no error";
    } catch (const Error& error) {
        EXPECT_EQ(error.code(), ErrorCode::Usage);
        EXPECT_NE(std::string(error.what()).find("bad text query"), std::string::npos) << error.what();
    }
    query.text = "AND OR";
    EXPECT_THROW(search(query), Error);
}

TEST_F(StatementSearchTest, speakerSearchIsAnIndexLookup)
{
    SearchQuery query;
    query.speaker = "Wang Wenbin";
    query.from = "2022-01-01";
    for (bool withText : { false, true }) {
        if (withText)
            query.text = "threat";
        const auto plan = StatementSearch(*m_db).explain(query);
        std::string joined;
        for (const auto& line : plan)
            joined += line + "\n";
        EXPECT_NE(joined.find("statements_speaker_date"), std::string::npos) << joined;
        EXPECT_EQ(joined.find("SCAN s\n"), std::string::npos) << joined;
        EXPECT_EQ(joined.find("SCAN a\n"), std::string::npos) << joined;
    }
}

TEST(StatementSearchScale, aVeryCommonWordIsListedNewestFirstInsteadOfRanked)
{
    test::TempDir dir;
    auto db = openLibrary(dir.file("library.sqlite"), OpenMode::Create);
    ArticleWriter writer(db);
    Transaction transaction(db);
    const int articles = StatementSearch::kMostRanked / 10 + 10;
    for (int i = 0; i < articles; ++i) {
        std::vector<test::Quote> quotes;
        for (int q = 0; q < 10; ++q)
            quotes.push_back({ "Speaker " + std::to_string(q), "Prices rise in month " + std::to_string(i), {} });
        char date[16];
        std::snprintf(date, sizeof date, "%04d-%02d-%02d", 2000 + i / 300, 1 + i % 12, 1 + i % 28);
        writer.add(test::makeArticle("Article " + std::to_string(i), date, quotes), "hash" + std::to_string(i));
    }
    transaction.commit();
    SearchQuery query;
    query.text = "prices";
    query.limit = 20;
    const auto hits = StatementSearch(db).run(query);
    ASSERT_EQ(hits.size(), 20u);
    for (std::size_t i = 1; i < hits.size(); ++i)
        EXPECT_GE(*hits[i - 1].date, *hits[i].date);
    EXPECT_NE(hits[0].snippet.find("[Prices]"), std::string::npos) << hits[0].snippet;
    query.text = "month AND \"" + std::to_string(articles - 1) + "\""; // rare: ranked
    EXPECT_EQ(StatementSearch(db).run(query).size(), 10u);
}

TEST(StatementSearchNames, speakerNamesMatchWithoutAccentsOrCase)
{
    test::TempDir dir;
    auto db = openLibrary(dir.file("library.sqlite"), OpenMode::Create);
    ArticleWriter(db).add(
        test::makeArticle("Paris", "2014-01-14", { { "François Hollande", "We will cut taxes", {} } }), "h1");
    SearchQuery query;
    query.speaker = "FRANCOIS HOLLANDE";
    ASSERT_EQ(StatementSearch(db).run(query).size(), 1u);
    query.speaker = "françois  hollande";
    EXPECT_EQ(StatementSearch(db).run(query).size(), 1u);
    EXPECT_EQ(EntityRepository(db).search("hollan").size(), 1u);
}

TEST(StatementSearchNames, aRoleFindsItsSpeakersWhenNoNameMatches)
{
    test::TempDir dir;
    auto db = openLibrary(dir.file("library.sqlite"), OpenMode::Create);
    auto article
        = test::makeArticle("Briefing", "2022-06-15",
                            { { "Wang Wenbin", "The US is a threat", {} }, { "Zhao Lijian", "We oppose it", {} } });
    article.entities[0].roles = { "spokesperson" };
    article.entities[1].roles = { "Spokesperson" };
    ArticleWriter(db).add(article, "h1");
    SearchQuery query;
    query.speaker = "SPOKESPERSON";
    EXPECT_EQ(StatementSearch(db).run(query).size(), 2u);
}
