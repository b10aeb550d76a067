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

TEST_F(StatementSearchTest, queriesPastTheirLimitsAreRefusedWithTheLimit)
{
    auto refusal = [&](const SearchQuery& query) -> std::string {
        try {
            search(query);
        } catch (const Error& error) {
            EXPECT_EQ(error.code(), ErrorCode::Usage);
            return error.what();
        }
        return "accepted";
    };
    std::string words;
    for (int i = 0; i < 4000; ++i)
        words += "word" + std::to_string(i) + " ";
    SearchQuery query;
    query.text = words.substr(0, 1999);
    EXPECT_NE(refusal(query).find("at most 64 are searched"), std::string::npos) << refusal(query);
    query.text = words;
    EXPECT_NE(refusal(query).find("at most 2000 are searched"), std::string::npos) << refusal(query);
    query.text = std::string(131 * 1024, 'x');
    EXPECT_NE(refusal(query).find("bytes long"), std::string::npos);
    query.text = "threat* intern* secur* cyber* attack*";
    EXPECT_NE(refusal(query).find("5 prefix searches"), std::string::npos) << refusal(query);
    query.text = "a*";
    EXPECT_NE(refusal(query).find("'a*' is too short"), std::string::npos) << refusal(query);
    query.text = "\"" + words.substr(0, 1000) + "\""; // the words of a phrase count one by one
    EXPECT_NE(refusal(query).find("at most 64"), std::string::npos) << refusal(query);

    // At the limits the search runs.
    query.text = "thr* OR int* OR sec* OR \"cyber\"* OR US"; // four prefixes; OR is an operator, not a word
    EXPECT_EQ(refusal(query), "accepted");
    query.text = "网*"; // one CJK character is prefix enough
    EXPECT_EQ(refusal(query), "accepted");
    std::string sixtyFour;
    for (int i = 0; i < 63; ++i)
        sixtyFour += "word" + std::to_string(i) + " OR ";
    query.text = sixtyFour + "threat";
    EXPECT_EQ(refusal(query), "accepted");
    EXPECT_EQ(search(query).size(), 1u);

    ArticleFilter articles; // the article list's text filter has the same limits
    articles.text = words;
    EXPECT_THROW(ArticleRepository(*m_db).list(articles), Error);
    articles.text = "threat";
    EXPECT_EQ(ArticleRepository(*m_db).list(articles).size(), 1u);

    SearchQuery byName;
    byName.speaker = std::string(1001, 'w');
    EXPECT_NE(refusal(byName).find("speaker name is 1001 bytes long"), std::string::npos) << refusal(byName);
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

TEST(StatementSearchRanked, pagesAreSlicesOfOneOrderWithTiesByIdAndFiltersKeepTheOrder)
{
    // Many statements with the same words and lengths tie on bm25; a few say a word twice and rank first.
    test::TempDir dir;
    auto db = openLibrary(dir.file("library.sqlite"), OpenMode::Create);
    ArticleWriter writer(db);
    Transaction transaction(db);
    for (int i = 0; i < 12; ++i) {
        std::vector<test::Quote> quotes;
        quotes.push_back({ "Speaker A", "Tariffs will hurt exports", {}, model::StatementKind::Direct });
        quotes.push_back({ "Speaker B", "Tariffs hurt farm exports", {}, model::StatementKind::Indirect });
        if (i % 4 == 0)
            quotes.push_back({ "Speaker C", "Tariffs hurt exports exports", {}, model::StatementKind::Indirect });
        quotes.push_back({ "Speaker D", "Nothing about trade here", {} });
        const std::string date = "20" + std::to_string(10 + i) + "-03-01";
        writer.add(test::makeArticle("Trade " + std::to_string(i), date, quotes, i % 2 ? "Wire" : "Daily"),
                   "hash" + std::to_string(i));
    }
    transaction.commit();
    StatementSearch search(db);
    SearchQuery query;
    query.text = "tariffs exports";
    query.limit = 100;
    const auto all = search.run(query);
    ASSERT_EQ(all.size(), 27u);
    for (std::size_t i = 0; i < 3; ++i) // the double "exports" first
        EXPECT_NE(all[i].content.find("exports exports"), std::string::npos) << i;
    for (std::size_t i = 1; i < all.size(); ++i) {
        if (all[i - 1].content == all[i].content) {
            EXPECT_LT(all[i - 1].id, all[i].id) << "ties in id order, at " << i;
        }
    }

    // Pages, including those past the first, are slices of that one order.
    std::vector<RowId> paged;
    query.limit = 5;
    for (query.offset = 0; query.offset < 40; query.offset += 5) {
        for (const StatementRecord& record : search.run(query)) {
            paged.push_back(record.id);
            EXPECT_NE(record.snippet.find("[Tariffs]"), std::string::npos) << record.snippet;
        }
    }
    ASSERT_EQ(paged.size(), all.size());
    for (std::size_t i = 0; i < all.size(); ++i)
        EXPECT_EQ(paged[i], all[i].id) << i;

    // Filters together (kind, dates, publisher) keep the ranked order of what they let through.
    query.offset = 0;
    query.limit = 100;
    query.kind = model::StatementKind::Indirect;
    query.from = "2012-01-01";
    query.to = "2020-12-31";
    query.publisher = "daily";
    std::vector<RowId> expected;
    for (const StatementRecord& record : all) {
        if (record.kind == model::StatementKind::Indirect && *record.date >= "2012-01-01"
            && *record.date <= "2020-12-31" && record.publisher == std::optional<std::string>("Daily"))
            expected.push_back(record.id);
    }
    std::vector<RowId> filtered;
    for (const StatementRecord& record : search.run(query))
        filtered.push_back(record.id);
    EXPECT_EQ(filtered, expected);
    EXPECT_EQ(expected.size(), 7u);
    EXPECT_EQ(search.count(query), 7);
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
