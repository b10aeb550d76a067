// SPDX-License-Identifier: GPL-3.0-or-later
// One behaviour suite for every store backend: the user's SQLite library and the team archive on PostgreSQL
// (a fresh database on the test server of scripts/test-postgres). What a user can ask of a library must mean the
// same on both.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

#include "SqliteStore.h"
#include "StoreFixtures.h"
#include "TestArchive.h"
#include "model/Error.h"
#include "store/postgresql/PgStore.h"

using namespace sayline;
using namespace sayline::store;

namespace {

struct SqliteBackend
{
    static bool available() { return true; }
    std::unique_ptr<Store> open(OpenMode mode) { return std::make_unique<SqliteStore>(m_dir.file("library.sqlite"), mode); }

    test::TempDir m_dir;
};

struct PostgresBackend
{
    static bool available() { return test::testPostgresAdmin().has_value(); }
    std::unique_ptr<Store> open(OpenMode mode)
    {
        if (!m_database)
            m_database = std::make_unique<test::TestDatabase>(*test::testPostgresAdmin());
        return std::make_unique<postgresql::PgStore>(m_database->uri(), mode);
    }

    std::unique_ptr<test::TestDatabase> m_database;
};

template <typename Backend> class StoreBehaviour : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if constexpr (std::is_same_v<Backend, PostgresBackend>)
            SAYLINE_REQUIRE_POSTGRES();
        m_store = m_backend.open(OpenMode::Create);
        auto batch = m_store->beginImport();
        batch->add(usThreat(), "en1");
        batch->add(airbus(), "en2");
        batch->add(chineseThreat(), "zh1");
        batch->commit();
    }

    /// The machine's analyses of the three articles, as imported (and as a re-analysis finds them again).
    static model::AnalysedArticle usThreat()
    {
        return test::makeArticle("US threat", "2022-06-15T10:00:00+08:00",
                                 { { "Wang Wenbin", "The US has become the biggest threat to internet security",
                                     { "National Security Agency" } },
                                   { "Wang Wenbin", "The US must stop its cyberattacks", {},
                                     model::StatementKind::Indirect } });
    }
    static model::AnalysedArticle airbus()
    {
        return test::makeArticle("Airbus", "2007-02-28", { { "Louis Gallois", "We will cut ten thousand jobs", {} } },
                                 "Wikinews");
    }
    static model::AnalysedArticle chineseThreat()
    {
        return test::makeArticle("美国威胁", "2022-06-16", { { "赵立坚", "美国是全球网络安全的最大威胁", {} } },
                                 "环球时报");
    }

    std::vector<StatementRecord> search(const SearchQuery& query) { return m_store->searchStatements(query); }
    StatementRecord only(const std::string& text)
    {
        SearchQuery query;
        query.text = text;
        const auto hits = search(query);
        EXPECT_EQ(hits.size(), 1u) << text;
        return hits.at(0);
    }
    RowId entityNamed(const std::string& name)
    {
        const auto ids = m_store->entitiesNamed(name);
        EXPECT_EQ(ids.size(), 1u) << name;
        return ids.at(0);
    }
    int statementsOf(const std::string& speaker)
    {
        SearchQuery query;
        query.speaker = speaker;
        return m_store->countStatements(query);
    }
    /// Analyses every article again as the machine did first, re-applying the corrections.
    void reanalyseAll()
    {
        const std::vector<RowId> ids = m_store->articleIds(false);
        ASSERT_EQ(ids.size(), 3u);
        m_store->replaceAnalyses({ { ids[0], usThreat() }, { ids[1], airbus() }, { ids[2], chineseThreat() } });
    }

    Backend m_backend;
    std::unique_ptr<Store> m_store;
};

using Backends = ::testing::Types<SqliteBackend, PostgresBackend>;

class BackendNames
{
public:
    template <typename T> static std::string GetName(int)
    {
        return std::is_same_v<T, SqliteBackend> ? "SQLite" : "PostgreSQL";
    }
};

TYPED_TEST_SUITE(StoreBehaviour, Backends, BackendNames);

} // namespace

TYPED_TEST(StoreBehaviour, importingTheSameContentAgainStoresItOnce)
{
    auto batch = this->m_store->beginImport();
    const WriteResult again = batch->add(test::makeArticle("Airbus", "2007-02-28", {}, "Wikinews"), "en2");
    batch->commit();
    EXPECT_FALSE(again.added);
    EXPECT_GT(again.articleId, 0);
    EXPECT_EQ(this->m_store->countArticles({}), 3);
}

TYPED_TEST(StoreBehaviour, anUncommittedBatchStoresNothing)
{
    {
        auto batch = this->m_store->beginImport();
        EXPECT_TRUE(batch->add(test::makeArticle("Dropped", "2023-01-01", { { "Li Hua", "Nothing", {} } }), "gone")
                        .added);
    }
    EXPECT_EQ(this->m_store->countArticles({}), 3);
}

TYPED_TEST(StoreBehaviour, findsSpeakerStatementsCaseInsensitivelyNewestFirst)
{
    SearchQuery query;
    query.speaker = "wang  WENBIN";
    const auto hits = this->search(query);
    ASSERT_EQ(hits.size(), 2u);
    EXPECT_EQ(hits[0].speaker, "Wang Wenbin");
    EXPECT_EQ(hits[0].date, "2022-06-15");
    EXPECT_EQ(hits[0].articleTitle, "US threat");
    EXPECT_EQ(hits[0].publisher, "Global Times");
    query.kind = model::StatementKind::Indirect;
    ASSERT_EQ(this->search(query).size(), 1u);
}

TYPED_TEST(StoreBehaviour, findsSpeakerByWordPrefixWhenNoNameMatches)
{
    SearchQuery query;
    query.speaker = "wen";
    ASSERT_EQ(this->search(query).size(), 2u);
    query.speaker = "nobody-of-that-name";
    EXPECT_TRUE(this->search(query).empty());
    EXPECT_EQ(this->m_store->countStatements(query), 0);
}

TYPED_TEST(StoreBehaviour, aChineseNameFindsItsPinyinSpeakerAndBack)
{
    SearchQuery query;
    query.speaker = "Zhao Lijian";
    const auto hits = this->search(query);
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(hits[0].speaker, "赵立坚");
}

TYPED_TEST(StoreBehaviour, fullTextSearchFindsWordsAndPhrases)
{
    SearchQuery query;
    query.text = "cyberattacks";
    auto hits = this->search(query);
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(hits[0].content, "The US must stop its cyberattacks");
    EXPECT_NE(hits[0].snippet.find("[cyberattacks]"), std::string::npos) << hits[0].snippet;
    query.text = "\"biggest threat\"";
    EXPECT_EQ(this->search(query).size(), 1u);
    query.text = "threat jobs";
    EXPECT_TRUE(this->search(query).empty());
    query.text = "threat OR jobs";
    EXPECT_EQ(this->search(query).size(), 2u);
    query.text = "cyber*";
    EXPECT_EQ(this->search(query).size(), 1u);
}

TYPED_TEST(StoreBehaviour, chineseTextIsSearchableByWord)
{
    SearchQuery query;
    query.text = "网络安全";
    const auto hits = this->search(query);
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(hits[0].speaker, "赵立坚");
}

TYPED_TEST(StoreBehaviour, aTextQueryWithoutWordsIsAUsageError)
{
    SearchQuery query;
    query.text = "!!!";
    try {
        this->search(query);
        FAIL() << "no error";
    } catch (const Error& error) {
        EXPECT_EQ(error.code(), ErrorCode::Usage) << error.what();
    }
}

TYPED_TEST(StoreBehaviour, filtersByDateRangePublisherAndTarget)
{
    SearchQuery query;
    query.from = "2022-01-01";
    query.to = "2022-06-15";
    EXPECT_EQ(this->search(query).size(), 2u);
    query = {};
    query.publisher = "WIKINEWS";
    auto hits = this->search(query);
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(hits[0].speaker, "Louis Gallois");
    query = {};
    query.about = "national security agency";
    hits = this->search(query);
    ASSERT_EQ(hits.size(), 1u);
    ASSERT_EQ(hits[0].about.size(), 1u);
    EXPECT_EQ(hits[0].about[0], "National Security Agency");
}

TYPED_TEST(StoreBehaviour, countsAndPagesOverEveryMatch)
{
    SearchQuery query;
    query.limit = 1;
    EXPECT_EQ(this->search(query).size(), 1u);
    EXPECT_EQ(this->m_store->countStatements(query), 4);
    query.offset = 3;
    const auto last = this->search(query);
    ASSERT_EQ(last.size(), 1u);
    EXPECT_EQ(last[0].date, "2007-02-28");
}

TYPED_TEST(StoreBehaviour, timelineCountsStatementsPerMonth)
{
    SearchQuery query;
    query.speaker = "Wang Wenbin";
    const Timeline timeline = this->m_store->timeline(query);
    EXPECT_EQ(timeline.total, 2);
    EXPECT_EQ(timeline.undated, 0);
    ASSERT_EQ(timeline.buckets.size(), 1u);
    EXPECT_EQ(timeline.buckets[0], (std::pair<std::string, int> { "2022-06", 2 }));
}

TYPED_TEST(StoreBehaviour, listsSpeakersMostStatementsFirst)
{
    const auto speakers = this->m_store->speakers(std::nullopt, 10, 0);
    ASSERT_EQ(speakers.size(), 3u);
    EXPECT_EQ(speakers[0].name, "Wang Wenbin");
    EXPECT_EQ(speakers[0].statementCount, 2);
    EXPECT_EQ(speakers[0].firstDate, "2022-06-15");
    const auto ids = this->m_store->entitiesByWordPrefix("gal", 10);
    ASSERT_EQ(ids.size(), 1u);
    EXPECT_EQ(this->m_store->entity(ids[0])->name, "Louis Gallois");
}

TYPED_TEST(StoreBehaviour, listsArticlesAndPublishers)
{
    ArticleFilter filter;
    filter.publisher = "global times";
    const auto articles = this->m_store->articles(filter);
    ASSERT_EQ(articles.size(), 1u);
    EXPECT_EQ(articles[0].title, "US threat");
    EXPECT_EQ(articles[0].statementCount, 2);
    const auto publishers = this->m_store->publishers(10);
    EXPECT_EQ(publishers.size(), 3u);
}

TYPED_TEST(StoreBehaviour, aReaderSeesWhatAWriterCommitted)
{
    auto reader = this->m_backend.open(OpenMode::Read);
    EXPECT_EQ(reader->countArticles({}), 3);
    auto batch = this->m_store->beginImport();
    batch->add(test::makeArticle("Later", "2023-03-01", { { "Li Hua", "A later word", {} } }), "later");
    batch->commit();
    EXPECT_EQ(reader->countArticles({}), 4);
}

TYPED_TEST(StoreBehaviour, readsAStoredArticleBackAsItsAnalysis)
{
    const model::AnalysedArticle original = test::makeArticle(
        "US threat", "2022-06-15T10:00:00+08:00",
        { { "Wang Wenbin", "The US has become the biggest threat to internet security", { "National Security Agency" } },
          { "Wang Wenbin", "The US must stop its cyberattacks", {}, model::StatementKind::Indirect } });
    ArticleFilter filter;
    filter.publisher = "Global Times";
    const auto listed = this->m_store->articles(filter);
    ASSERT_EQ(listed.size(), 1u);
    const std::optional<StoredAnalysis> stored = this->m_store->article(listed[0].id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->contentHash, "en1");
    EXPECT_TRUE(stored->complete);
    const model::Article& article = stored->analysis.article;
    EXPECT_EQ(article.title, "US threat");
    EXPECT_EQ(article.published, "2022-06-15T10:00:00+08:00");
    EXPECT_EQ(article.paragraphs, original.article.paragraphs);
    ASSERT_EQ(stored->analysis.entities.size(), original.entities.size());
    for (std::size_t i = 0; i < original.entities.size(); ++i) {
        EXPECT_EQ(stored->analysis.entities[i].id, original.entities[i].id);
        EXPECT_EQ(stored->analysis.entities[i].name, original.entities[i].name);
        EXPECT_EQ(stored->analysis.entities[i].mentions, original.entities[i].mentions);
    }
    ASSERT_EQ(stored->analysis.statements.size(), 2u);
    for (std::size_t i = 0; i < 2; ++i) {
        const model::Statement& statement = stored->analysis.statements[i];
        EXPECT_EQ(statement.speaker, original.statements[i].speaker);
        EXPECT_EQ(statement.content, original.statements[i].content);
        EXPECT_EQ(statement.span, original.statements[i].span);
        EXPECT_EQ(statement.kind, original.statements[i].kind);
        EXPECT_EQ(statement.about, original.statements[i].about);
    }
    EXPECT_FALSE(this->m_store->article(listed[0].id + 1000));
}

TYPED_TEST(StoreBehaviour, aReassignedStatementKeepsItsNewSpeakerThroughReanalysis)
{
    const StatementRecord statement = this->only("cyberattacks");
    const RowId gallois = this->entityNamed("Louis Gallois");
    this->m_store->reassignStatement(statement.id, gallois, std::nullopt);
    EXPECT_EQ(this->only("cyberattacks").speaker, "Louis Gallois");
    EXPECT_EQ(this->statementsOf("Louis Gallois"), 2);

    this->reanalyseAll();
    EXPECT_EQ(this->only("cyberattacks").speaker, "Louis Gallois");
    EXPECT_EQ(this->statementsOf("Louis Gallois"), 2);
    EXPECT_EQ(this->statementsOf("Wang Wenbin"), 1);
    const std::vector<Correction> corrections = this->m_store->articleCorrections(statement.articleId);
    ASSERT_EQ(corrections.size(), 1u);
    EXPECT_EQ(corrections[0].kind, CorrectionKind::Reassign);
    EXPECT_EQ(corrections[0].span, statement.span);
    EXPECT_EQ(corrections[0].entityId, gallois);
}

TYPED_TEST(StoreBehaviour, aDeletedStatementStaysDeletedThroughReanalysis)
{
    const StatementRecord statement = this->only("jobs");
    this->m_store->deleteStatement(statement.id, std::nullopt);
    SearchQuery query;
    query.text = "jobs";
    EXPECT_TRUE(this->search(query).empty());

    this->reanalyseAll();
    EXPECT_TRUE(this->search(query).empty());
    EXPECT_EQ(this->m_store->countStatements({}), 3);
    try {
        this->m_store->deleteStatement(statement.id, std::nullopt);
        FAIL() << "deleted twice";
    } catch (const Error& error) {
        EXPECT_EQ(error.code(), ErrorCode::NotFound) << error.what();
    }
}

TYPED_TEST(StoreBehaviour, aMergeMovesTheStatementsAndHoldsThroughReanalysis)
{
    const RowId wang = this->entityNamed("Wang Wenbin");
    const RowId zhao = this->entityNamed("赵立坚");
    this->m_store->mergeEntities(wang, zhao, {});
    EXPECT_EQ(this->statementsOf("Wang Wenbin"), 3);
    EXPECT_FALSE(this->m_store->entity(zhao));
    const std::optional<EntityInfo> merged = this->m_store->entity(wang);
    ASSERT_TRUE(merged);
    EXPECT_NE(std::find(merged->aliases.begin(), merged->aliases.end(), "赵立坚"), merged->aliases.end());

    this->reanalyseAll();
    EXPECT_EQ(this->statementsOf("Wang Wenbin"), 3);
    const auto speakers = this->m_store->speakers(std::nullopt, 10, 0);
    ASSERT_EQ(speakers.size(), 2u);
    EXPECT_EQ(speakers[0].name, "Wang Wenbin");
    EXPECT_EQ(speakers[0].statementCount, 3);
    try {
        this->m_store->mergeEntities(wang, wang, {});
        FAIL() << "merged with itself";
    } catch (const Error& error) {
        EXPECT_EQ(error.code(), ErrorCode::Usage) << error.what();
    }
}

TYPED_TEST(StoreBehaviour, listsItsArticlesOldestFirstAndNoneIncomplete)
{
    const std::vector<RowId> ids = this->m_store->articleIds(false);
    ASSERT_EQ(ids.size(), 3u);
    EXPECT_TRUE(std::is_sorted(ids.begin(), ids.end()));
    EXPECT_EQ(this->m_store->article(ids[2])->analysis.article.title, "美国威胁");
    EXPECT_TRUE(this->m_store->articleIds(true).empty());
}

TYPED_TEST(StoreBehaviour, copiedCorrectionsAreRecordedOnceAndFindTheirEntityHere)
{
    const StatementRecord statement = this->only("cyberattacks");
    const RowId gallois = this->entityNamed("Louis Gallois");
    // The copied analysis carries the corrected speaker already (as a push or pull writes it).
    this->m_store->reassignStatement(statement.id, gallois, std::nullopt);
    Correction reassign;
    reassign.kind = CorrectionKind::Reassign;
    reassign.span = statement.span;
    reassign.entityId = 424242; // the other store's id means nothing here
    Correction deletion;
    deletion.kind = CorrectionKind::DeleteStatement;
    deletion.span = model::Span { 90000, 90010 };
    Correction pin;
    pin.kind = CorrectionKind::Pin;
    pin.nameKey = "wang wenbin";
    const std::vector<CopiedCorrection> copied
        = { { reassign, "Louis Gallois" }, { deletion, "" }, { pin, "Louis Gallois" } };
    // The reassignment is there already (made above); the deletion and the pin are new.
    EXPECT_EQ(this->m_store->adoptCorrections(statement.articleId, copied), 2u);
    EXPECT_EQ(this->m_store->adoptCorrections(statement.articleId, copied), 0u);
    const std::vector<Correction> recorded = this->m_store->articleCorrections(statement.articleId);
    ASSERT_EQ(recorded.size(), 3u);
    for (const Correction& correction : recorded) {
        if (correction.kind != CorrectionKind::DeleteStatement) {
            EXPECT_EQ(correction.entityId, gallois) << toString(correction.kind);
        }
    }
}

TYPED_TEST(StoreBehaviour, accentsAreFoldedInTextSearchAndTheArticleList)
{
    auto batch = this->m_store->beginImport();
    batch->add(test::makeArticle("Café diplomacy", "2023-05-02",
                                 { { "José Manuel Albares", "Spain will reopen the café in Montréal", {} } }, "El País"),
               "es1");
    batch->commit();
    SearchQuery query;
    query.text = "cafe montreal";
    const auto hits = this->search(query);
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(hits[0].speaker, "José Manuel Albares");
    query.text = "MONTRÉAL";
    EXPECT_EQ(this->search(query).size(), 1u);
    query = {};
    query.speaker = "Jose Manuel Albares";
    EXPECT_EQ(this->search(query).size(), 1u);
    ArticleFilter filter;
    filter.text = "cafe";
    const auto articles = this->m_store->articles(filter);
    ASSERT_EQ(articles.size(), 1u);
    EXPECT_EQ(articles[0].title, "Café diplomacy");
}
