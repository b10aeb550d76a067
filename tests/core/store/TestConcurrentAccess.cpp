// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "ArticleWriter.h"
#include "Library.h"
#include "StatementSearch.h"
#include "StoreFixtures.h"
#include "Transaction.h"

using namespace sayline;
using namespace sayline::store;

TEST(ConcurrentAccess, readersKeepWorkingWhileAWriterImports)
{
    test::TempDir dir;
    const auto file = dir.file("library.sqlite");
    openLibrary(file, OpenMode::Create);
    std::atomic<bool> done { false };
    std::thread writerThread([&] {
        auto db = openLibrary(file, OpenMode::Existing);
        ArticleWriter writer(db);
        for (int batch = 0; batch < 20; ++batch) {
            Transaction transaction(db);
            for (int i = 0; i < 10; ++i) {
                const int n = batch * 10 + i;
                writer.add(test::makeArticle("Article " + std::to_string(n), "2022-06-15",
                                             { { "Wang Wenbin", "Statement number " + std::to_string(n), {} } }),
                           "hash" + std::to_string(n));
            }
            transaction.commit();
        }
        done = true;
    });
    auto reader = openLibrary(file, OpenMode::Existing);
    StatementSearch search(reader);
    SearchQuery query;
    query.speaker = "Wang Wenbin";
    query.limit = 1000;
    std::size_t last = 0;
    int reads = 0;
    while (!done || reads == 0) {
        const std::size_t seen = search.run(query).size();
        EXPECT_GE(seen, last);
        EXPECT_EQ(seen % 10, 0u); // a batch is visible whole or not at all
        last = seen;
        ++reads;
    }
    writerThread.join();
    EXPECT_EQ(search.run(query).size(), 200u);
}
