// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

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
