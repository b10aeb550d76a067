// SPDX-License-Identifier: GPL-3.0-or-later
// openStore (src/core/service/LibraryStore.cpp): a personal library written before the store interface existed
// is read through it with every article and every correction.
#include <gtest/gtest.h>

#include "ServiceFixtures.h"
#include "service/CorrectionService.h"
#include "service/SearchService.h"
#include "store/ArticleWriter.h"
#include "store/Library.h"
#include "store/Migrator.h"

using namespace sayline;
using namespace sayline::service;

TEST(LibraryStore, aLibraryOfThePreviousVersionOpensWithEveryArticleAndCorrection)
{
    test::ServiceTempDir dir;
    const analysis::Analyzer analyzer;
    const std::filesystem::path library = dir.file("library.sqlite");
    // Written by the SQLite classes the previous version used directly (schema 6 then, unchanged by the store
    // interface; 0007 since only rewrote three CHECK constraints), then corrected by the user.
    {
        auto db = store::openLibrary(library, store::OpenMode::Create);
        EXPECT_EQ(store::Migrator(db).currentVersion(), store::Migrator::latestVersion());
        store::ArticleWriter writer(db);
        writer.add(test::quoteArticle("One", "2022-06-15", "Wang Wenbin", "The US is a threat"), "hash1");
        writer.add(test::quoteArticle("Two", "2022-06-20", "Wang Wenbin", "Hacking must stop"), "hash2");
        writer.add(test::quoteArticle("Three", "2022-06-21", "Zhao Lijian", "That is a lie"), "hash3");
    }
    store::RowId corrected = 0;
    {
        SearchService before(library);
        store::SearchQuery hacking;
        hacking.text = "hacking";
        corrected = before.searchStatements(hacking).value().at(0).id;
        const store::RowId zhao = before.entitiesNamed("Zhao Lijian").value().at(0);
        ASSERT_TRUE(CorrectionService(analyzer, library).reassign(corrected, zhao).ok());
    }

    SearchService reopened(library); // openStore: the SQLite backend behind the Store interface
    EXPECT_EQ(reopened.countArticles({}).value(), 3);
    store::SearchQuery zhaoQuery;
    zhaoQuery.speaker = "Zhao Lijian";
    const auto zhaos = reopened.searchStatements(zhaoQuery);
    ASSERT_TRUE(zhaos.ok()) << zhaos.error();
    ASSERT_EQ(zhaos->size(), 2u);
    EXPECT_EQ(zhaos->at(1).id, corrected);
    store::SearchQuery wangQuery;
    wangQuery.speaker = "Wang Wenbin";
    EXPECT_EQ(reopened.countStatements(wangQuery).value(), 1);

    // The corrected article reads back with the corrected speaker in its analysis.
    const auto articles = reopened.articles({}).value();
    bool seen = false;
    for (const store::ArticleSummary& summary : articles) {
        const auto stored = reopened.article(summary.id);
        ASSERT_TRUE(stored.ok()) << stored.error();
        for (const model::Statement& statement : stored->analysis.statements) {
            if (statement.content != "Hacking must stop")
                continue;
            seen = true;
            ASSERT_TRUE(statement.speaker.has_value());
            const auto entity = std::find_if(stored->analysis.entities.begin(), stored->analysis.entities.end(),
                                             [&](const model::Entity& e) { return e.id == *statement.speaker; });
            ASSERT_NE(entity, stored->analysis.entities.end());
            EXPECT_EQ(entity->name, "Zhao Lijian");
        }
    }
    EXPECT_TRUE(seen);
}
