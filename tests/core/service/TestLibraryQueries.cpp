// SPDX-License-Identifier: GPL-3.0-or-later
// What the reader's library views ask of the library: pages, counts, timelines over every match, word-prefix
// search on names, aliases and roles, the article list's order, filter and facets.
#include <gtest/gtest.h>

#include <cstdio>
#include <set>

#include "ServiceFixtures.h"
#include "service/SearchService.h"
#include "store/ArticleWriter.h"
#include "store/Library.h"
#include "store/Transaction.h"

using namespace sayline;
using namespace sayline::service;

namespace {

std::string monthDay(int monthIndex, int day)
{
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", 2020 + monthIndex / 12, monthIndex % 12 + 1, day);
    return text;
}

class LibraryQueries : public ::testing::Test
{
protected:
    /// 224 statements of a spokesperson, one every week from January 2020, more than one page of results; and a
    /// few articles by two other publishers.
    void SetUp() override
    {
        auto db = store::openLibrary(library(), store::OpenMode::Create);
        store::Transaction transaction(db);
        store::ArticleWriter writer(db);
        for (int i = 0; i < kStatements; ++i) {
            model::AnalysedArticle article
                = test::quoteArticle("Briefing " + std::to_string(i), monthDay(i * 12 / 52, 1 + i % 4 * 7),
                                     "Wang Wenbin", "Statement number " + std::to_string(i));
            article.entities[0].roles = { "spokesperson" };
            article.entities[0].aliases = { "Wang" };
            writer.add(article, "briefing" + std::to_string(i));
        }
        for (int i = 0; i < 3; ++i) {
            model::AnalysedArticle article
                = test::quoteArticle("Zebra crossing " + std::to_string(i), "2021-05-0" + std::to_string(i + 1),
                                     "Mary Barra", "Cars are safe");
            article.article.publisher = i == 0 ? "Detroit News" : "Auto Weekly";
            writer.add(article, "cars" + std::to_string(i));
        }
        transaction.commit();
    }

    std::filesystem::path library() const { return m_dir.file("library.sqlite"); }

    static constexpr int kStatements = 224;
    test::ServiceTempDir m_dir;
};

TEST_F(LibraryQueries, aWordPrefixOfARoleFindsTheSpeaker)
{
    SearchService search(library());
    store::SearchQuery query;
    query.speaker = "spokes";
    query.limit = 5;
    const auto found = search.searchStatements(query);
    ASSERT_TRUE(found.ok()) << found.error();
    ASSERT_EQ(found.value().size(), 5u);
    EXPECT_EQ(found.value().front().speaker, "Wang Wenbin");
    query.speaker = "wenb"; // the start of a name word, any case
    EXPECT_EQ(search.countStatements(query).value(), kStatements);
    query.speaker = "nobody";
    EXPECT_EQ(search.countStatements(query).value(), 0);
}

TEST_F(LibraryQueries, pagesReachEveryStatementAndTheCountIsOfAllOfThem)
{
    SearchService search(library());
    store::SearchQuery query;
    query.speaker = "Wang Wenbin";
    query.limit = 100;
    EXPECT_EQ(search.countStatements(query).value(), kStatements);
    std::set<store::RowId> seen;
    for (query.offset = 0;; query.offset += query.limit) {
        const auto page = search.searchStatements(query);
        ASSERT_TRUE(page.ok()) << page.error();
        if (page.value().empty())
            break;
        for (const auto& record : page.value())
            seen.insert(record.id);
    }
    EXPECT_EQ(seen.size(), static_cast<std::size_t>(kStatements));
}

TEST_F(LibraryQueries, theTimelineCoversTheFirstAndLastMonthOfEveryMatchNotOnePage)
{
    SearchService search(library());
    store::SearchQuery query;
    query.speaker = "Wang Wenbin";
    query.limit = 200; // what one page of results shows
    const auto timeline = search.timeline(query);
    ASSERT_TRUE(timeline.ok()) << timeline.error();
    ASSERT_EQ(timeline.value().period, store::Timeline::Period::Month);
    EXPECT_EQ(timeline.value().buckets.front().first, "2020-01");
    EXPECT_EQ(timeline.value().buckets.back().first, monthDay((kStatements - 1) * 12 / 52, 1).substr(0, 7));
    int total = 0;
    for (const auto& [period, count] : timeline.value().buckets)
        total += count;
    EXPECT_EQ(total, kStatements);
    EXPECT_EQ(timeline.value().total, kStatements);
}

TEST_F(LibraryQueries, aTimelineOverManyYearsCountsPerYear)
{
    store::Timeline timeline;
    timeline.fill({ { "2015-03", 2 }, { "2016-01", 1 }, { "2021-12", 4 } });
    EXPECT_EQ(timeline.period, store::Timeline::Period::Year);
    ASSERT_EQ(timeline.buckets.size(), 7u);
    EXPECT_EQ(timeline.buckets.front(), std::make_pair(std::string("2015"), 2));
    EXPECT_EQ(timeline.buckets[3], std::make_pair(std::string("2018"), 0));
    EXPECT_EQ(timeline.buckets.back(), std::make_pair(std::string("2021"), 4));
}

TEST_F(LibraryQueries, theSpeakersListCarriesAliasesRolesAndDates)
{
    const auto speakers = SearchService(library()).speakers(std::nullopt);
    ASSERT_TRUE(speakers.ok()) << speakers.error();
    ASSERT_EQ(speakers.value().size(), 2u);
    const store::SpeakerSummary& wang = speakers.value().front();
    EXPECT_EQ(wang.name, "Wang Wenbin");
    EXPECT_EQ(wang.statementCount, kStatements);
    EXPECT_EQ(wang.aliases, std::vector<std::string> { "Wang" });
    EXPECT_EQ(wang.roles, std::vector<std::string> { "spokesperson" });
    EXPECT_EQ(wang.firstDate, "2020-01-01");
    const auto completed = SearchService(library()).completeSpeakers("spo");
    ASSERT_TRUE(completed.ok());
    ASSERT_EQ(completed.value().size(), 1u);
    EXPECT_EQ(completed.value().front().name, "Wang Wenbin");
}

TEST_F(LibraryQueries, theArticleListSortsFiltersAndCountsEveryPage)
{
    SearchService search(library());
    store::ArticleFilter filter;
    EXPECT_EQ(search.countArticles(filter).value(), kStatements + 3);
    filter.sort = store::ArticleFilter::Sort::Title;
    filter.descending = true;
    filter.limit = 2;
    const auto byTitle = search.articles(filter);
    ASSERT_TRUE(byTitle.ok()) << byTitle.error();
    EXPECT_EQ(byTitle.value().front().title, "Zebra crossing 2");
    filter.offset = kStatements + 2;
    EXPECT_EQ(search.articles(filter).value().size(), 1u); // the last page

    store::ArticleFilter contains;
    contains.contains = "ZEBRA";
    EXPECT_EQ(search.countArticles(contains).value(), 3);
    contains.publisher = "auto weekly";
    EXPECT_EQ(search.countArticles(contains).value(), 2);

    const auto publishers = search.publishers();
    ASSERT_TRUE(publishers.ok());
    ASSERT_EQ(publishers.value().size(), 3u);
    EXPECT_EQ(publishers.value().front().name, "Test Times");
    EXPECT_EQ(publishers.value().front().articles, kStatements);

    const auto people = search.entityFacet(model::EntityType::Person, std::string("bar"));
    ASSERT_TRUE(people.ok());
    ASSERT_EQ(people.value().size(), 1u);
    EXPECT_EQ(people.value().front().name, "Mary Barra");
    store::ArticleFilter bySpeaker;
    bySpeaker.speaker = people.value().front().id;
    EXPECT_EQ(search.countArticles(bySpeaker).value(), 3);
    store::ArticleFilter byMention;
    byMention.mentioning = people.value().front().id;
    byMention.from = "2021-05-02";
    EXPECT_EQ(search.countArticles(byMention).value(), 2);
}

} // namespace
