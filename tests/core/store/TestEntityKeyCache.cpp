// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "ArticleWriter.h"
#include "Database.h"
#include "EntityKeyCache.h"
#include "EntityRepository.h"
#include "Library.h"
#include "SqliteStore.h"
#include "StatementRepository.h"
#include "StoreFixtures.h"
#include "TextKeys.h"
#include "Transaction.h"
#include "model/Error.h"

using namespace sayline;
using namespace sayline::store;
using test::Quote;

namespace {

RowId entityNamed(const std::filesystem::path& file, const std::string& name)
{
    Database db(file, OpenMode::Read);
    const std::vector<RowId> ids = EntityRepository(db).findByKey(foldKey(name), model::EntityType::Person, false);
    return ids.empty() ? 0 : ids.front();
}

RowId speakerOfOnlyStatement(const std::filesystem::path& file, RowId articleId)
{
    Database db(file, OpenMode::Read);
    const std::vector<StatementRecord> statements = StatementRepository(db).forArticle(articleId);
    return statements.size() == 1 && statements.front().speakerId ? *statements.front().speakerId : 0;
}

RowId importOne(SqliteStore& store, const model::AnalysedArticle& article, const std::string& hash)
{
    auto batch = store.beginImport();
    const WriteResult written = batch->add(article, hash);
    batch->commit();
    return written.articleId;
}

} // namespace

TEST(EntityKeyCache, aMergeOnAnotherConnectionBetweenBatchesIsSeenByTheNextBatch)
{
    test::TempDir dir;
    const auto file = dir.file("library.sqlite");
    SqliteStore store(file, OpenMode::Create);
    importOne(store, test::makeArticle("One", "2022-06-14", { { "Ann Lee", "We oppose it", {} } }), "one");
    importOne(store, test::makeArticle("Two", "2022-06-15", { { "Bob Stone", "Trade matters", {} } }), "two");
    const RowId ann = entityNamed(file, "Ann Lee");
    const RowId bob = entityNamed(file, "Bob Stone");
    ASSERT_NE(ann, 0);
    ASSERT_NE(bob, 0);
    {
        // A correction in the window while the import's store stays open: Ann Lee is Bob Stone.
        Database other(file, OpenMode::Existing);
        Transaction transaction(other);
        EntityRepository(other).merge(ann, bob);
        transaction.commit();
    }
    // The writer knew "Ann Lee" as the deleted entity; it must ask the file again and find the alias.
    const RowId three
        = importOne(store, test::makeArticle("Three", "2022-06-16", { { "Ann Lee", "Sanctions hurt", {} } }), "three");
    EXPECT_EQ(speakerOfOnlyStatement(file, three), bob);
}

TEST(EntityKeyCache, aMergeOnTheImportsOwnConnectionBetweenBatchesIsSeenByTheNextBatch)
{
    test::TempDir dir;
    const auto file = dir.file("library.sqlite");
    SqliteStore store(file, OpenMode::Create);
    importOne(store, test::makeArticle("One", "2022-06-14", { { "Ann Lee", "We oppose it", {} } }), "one");
    importOne(store, test::makeArticle("Two", "2022-06-15", { { "Bob Stone", "Trade matters", {} } }), "two");
    const RowId ann = entityNamed(file, "Ann Lee");
    const RowId bob = entityNamed(file, "Bob Stone");
    store.mergeEntities(bob, ann, {});
    const RowId three
        = importOne(store, test::makeArticle("Three", "2022-06-16", { { "Ann Lee", "Sanctions hurt", {} } }), "three");
    EXPECT_EQ(speakerOfOnlyStatement(file, three), bob);
}

TEST(EntityKeyCache, anArticleRolledBackTakesWhatTheCacheLearnedFromItWithIt)
{
    test::TempDir dir;
    auto db = openLibrary(dir.file("library.sqlite"), OpenMode::Create);
    EntityKeyCache cache;
    ArticleWriter writer(db);
    writer.useEntityCache(&cache);
    Transaction batch(db);
    cache.begin(db);
    writer.setStageHook([](std::string_view stage) {
        if (stage == "statements")
            throw Error(ErrorCode::Internal, "injected failure");
    });
    // The failing article creates Cara Diaz (and the cache learns her id) before its savepoint rolls back.
    EXPECT_THROW(
        writer.add(test::makeArticle("Broken", "2022-06-15", { { "Cara Diaz", "Threat", { "NSA" } } }), "broken"),
        Error);
    writer.setStageHook(nullptr);
    const WriteResult later
        = writer.add(test::makeArticle("Later", "2022-06-16", { { "Cara Diaz", "Threat", { "NSA" } } }), "later");
    batch.commit();
    EXPECT_TRUE(later.added);
    EXPECT_EQ(test::countRows(db.file(), "entities"), 2);
    EXPECT_EQ(
        test::countRows(db.file(), "statements s JOIN entities e ON e.id = s.speaker_id WHERE e.name = 'Cara Diaz'"),
        1);
}
