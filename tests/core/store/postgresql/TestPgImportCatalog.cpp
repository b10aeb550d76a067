// SPDX-License-Identifier: GPL-3.0-or-later
// PgImportCatalog: an import's entity look-ups in one query per article, and one entity for a new name that two
// importers meet on, on a fresh database of the test server (scripts/test-postgres).
#include <gtest/gtest.h>

#include <set>
#include <thread>

#include "StoreFixtures.h"
#include "TestArchive.h"
#include "store/EntityResolver.h"
#include "store/TextKeys.h"
#include "store/postgresql/ArchiveRoles.h"
#include "store/postgresql/PgConnection.h"
#include "store/postgresql/PgImportCatalog.h"
#include "store/postgresql/PgStore.h"

using namespace sayline;
using namespace sayline::store;
using namespace sayline::store::postgresql;

namespace {

class PgImportCatalogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        SAYLINE_REQUIRE_POSTGRES();
        m_database = std::make_unique<test::TestDatabase>(*test::testPostgresAdmin());
        PgConnection owner(m_database->uri());
        initArchive(owner, defaultArchiveRoles(m_database->name()));
    }

    long long entitiesNamed(const std::string& name)
    {
        PgConnection connection(m_database->uri());
        return connection
            .query("SELECT count(*) FROM entities WHERE name_key = $1 AND type = 'person'", { foldKey(name) })
            .integer(0, 0);
    }

    std::unique_ptr<test::TestDatabase> m_database;
};

} // namespace

TEST_F(PgImportCatalogTest, twoImportersMeetingOnANewNameCreateOneEntity)
{
    // Both look the name up before either creates it: the second creation finds the first one's entity.
    PgConnection alice(m_database->uri());
    PgConnection bob(m_database->uri());
    PgConnection aliceCreator(m_database->uri());
    PgConnection bobCreator(m_database->uri());
    PgTransaction aliceBatch(alice);
    PgTransaction bobBatch(bob);
    PgImportCatalog first(alice, &aliceCreator);
    PgImportCatalog second(bob, &bobCreator);
    const auto article = test::makeArticle("Briefing", "2022-06-15", { { "Zhang Sanfeng", "We will see.", {} } });
    first.prefetch(article);
    second.prefetch(article);
    EXPECT_TRUE(first.findByKey(foldKey("Zhang Sanfeng"), model::EntityType::Person, true).empty());
    EXPECT_TRUE(second.findByKey(foldKey("Zhang Sanfeng"), model::EntityType::Person, true).empty());
    const RowId made = first.create(model::EntityType::Person, "Zhang Sanfeng");
    EXPECT_EQ(second.create(model::EntityType::Person, "Zhang Sanfeng"), made);
    aliceBatch.commit();
    bobBatch.commit();
    EXPECT_EQ(entitiesNamed("Zhang Sanfeng"), 1);
}

TEST_F(PgImportCatalogTest, twoConcurrentImportsOfArticlesWithTheSameNewSpeakersGiveOneEntityEach)
{
    // Each importer's batch stays open while the other writes: neither sees the other's articles, yet both use the
    // same entity for each new speaker.
    auto import = [&](int first) {
        PgStore store(m_database->uri(), OpenMode::Create);
        auto batch = store.beginImport();
        for (int i = first; i < first + 20; ++i) {
            const std::string speaker = "Speaker Number" + std::string(1, static_cast<char>('a' + i % 10)) + "son";
            batch->add(test::makeArticle("Article " + std::to_string(i), "2022-06-15",
                                         { { speaker, "Remark " + std::to_string(i), {} } }),
                       "hash-" + std::to_string(i));
        }
        batch->commit();
    };
    std::thread a([&] { import(0); });
    std::thread b([&] { import(100); });
    a.join();
    b.join();
    for (char c = 'a'; c < 'a' + 10; ++c)
        EXPECT_EQ(entitiesNamed("Speaker Number" + std::string(1, c) + "son"), 1) << c;
}

TEST_F(PgImportCatalogTest, anArticleWhoseEntitiesAreKnownCostsOneLookUp)
{
    const auto article
        = test::makeArticle("Briefing", "2022-06-15",
                            { { "Wang Wenbin", "One.", { "NATO" } }, { "Zhao Lijian", "Two.", { "NATO" } } });
    {
        PgStore store(m_database->uri(), OpenMode::Create);
        auto batch = store.beginImport();
        batch->add(article, "hash-1");
        batch->commit();
    }
    PgConnection connection(m_database->uri());
    PgTransaction transaction(connection);
    PgImportCatalog catalog(connection, nullptr);
    EntityResolver resolver(catalog);
    catalog.prefetch(article);
    std::set<RowId> resolved;
    for (const model::Entity& entity : article.entities)
        resolved.insert(resolver.resolve(1000, entity, true));
    EXPECT_EQ(resolved.size(), 3u); // Wang Wenbin, Zhao Lijian, NATO: found, not created again
    EXPECT_EQ(catalog.roundTrips(), 1);
    EXPECT_TRUE(catalog.take().empty()); // their names are known: no alias to write either
}
