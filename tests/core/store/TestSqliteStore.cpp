// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <sqlite3.h>

#include "Database.h"
#include "SqliteStore.h"
#include "StatementRepository.h"
#include "StoreFixtures.h"

using namespace sayline;
using namespace sayline::store;

namespace {

std::int64_t pragma(Database& db, const char* sql)
{
    auto query = db.prepare(sql);
    query.step();
    return query.columnInt(0);
}

} // namespace

TEST(SqliteStore, anImportCheckpointsTheWriteAheadLogEvery64MiBAndEachCommittedBatchIsReadableAtOnce)
{
    test::TempDir dir;
    const auto file = dir.file("library.sqlite");
    SqliteStore store(file, OpenMode::Create);
    EXPECT_EQ(pragma(store.database(), "PRAGMA wal_autocheckpoint"), 1000); // SQLite's default until an import
    for (int i = 0; i < 3; ++i) {
        auto batch = store.beginImport();
        batch->add(test::makeArticle("Article " + std::to_string(i), "2022-06-1" + std::to_string(i),
                                     { { "Ann Lee", "We oppose tariff number " + std::to_string(i), {} } }),
                   "hash" + std::to_string(i));
        batch->commit();
        // Another connection sees the batch as soon as it is committed, checkpoint or not.
        EXPECT_EQ(test::countRows(file, "statements"), i + 1);
    }
    EXPECT_EQ(pragma(store.database(), "PRAGMA wal_autocheckpoint"), 16384); // pages of 4 KiB
    EXPECT_EQ(pragma(store.database(), "PRAGMA page_size"), 4096);
}

TEST(SqliteStore, theLastBatchesOfAnImportAreCheckpointedIntoTheLibraryWhenItEndsWhileTheWindowKeepsItOpen)
{
    test::TempDir dir;
    const auto file = dir.file("library.sqlite");
    Database window(file, OpenMode::Create); // another connection, open throughout (as the window's would be)
    {
        SqliteStore store(file, OpenMode::Existing);
        auto batch = store.beginImport();
        batch->add(test::makeArticle("One", "2022-06-15", { { "Ann Lee", "We oppose tariffs", {} } }), "one");
        batch->commit();
    }
    // The library file itself, without its WAL (immutable=1 reads only the main file), holds the article.
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open_v2(("file:" + file.string() + "?immutable=1").c_str(), &raw,
                              SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr),
              SQLITE_OK);
    sqlite3_stmt* count = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(raw, "SELECT count(*) FROM statements", -1, &count, nullptr), SQLITE_OK);
    ASSERT_EQ(sqlite3_step(count), SQLITE_ROW);
    EXPECT_EQ(sqlite3_column_int(count, 0), 1);
    sqlite3_finalize(count);
    sqlite3_close(raw);
}
