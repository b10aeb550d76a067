// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "ArticleWriter.h"
#include "Library.h"
#include "StoreFixtures.h"

using namespace sayline;
using namespace sayline::store;

TEST(CorrectionsReapplied, statementEditsSurviveReplacingTheAnalysis)
{
    test::TempDir dir;
    auto db = openLibrary(dir.file("library.sqlite"), OpenMode::Create);
    ArticleWriter writer(db);
    const auto article
        = test::makeArticle("Threat", "2022-06-15",
                            { { "Wang Wenbin", "The US is a threat", {} }, { "Zhao Lijian", "This is false", {} } });
    const RowId id = writer.add(article, "h").articleId;
    StatementRepository statements(db);
    auto stored = statements.forArticle(id);
    ASSERT_EQ(stored.size(), 2u);
    const RowId wang = *stored[0].speakerId;
    CorrectionRepository corrections(db);
    corrections.add({ 0, CorrectionKind::Reassign, id, stored[1].span, "", wang, "", "" });
    corrections.add({ 0, CorrectionKind::DeleteStatement, id, stored[0].span, "", std::nullopt, "", "" });

    writer.replaceAnalysis(id, article);
    stored = statements.forArticle(id);
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(stored[0].content, "This is false");
    EXPECT_EQ(stored[0].speaker, "Wang Wenbin");
    EXPECT_EQ(test::countRows(db.file(), "article_entities"), 2);
    // The full-text indexes still match their tables after the machine rows were replaced.
    EXPECT_NO_THROW(db.exec("INSERT INTO statements_fts(statements_fts, rank) VALUES ('integrity-check', 1)"));
    EXPECT_NO_THROW(db.exec("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)"));
    EXPECT_EQ(test::countRows(db.file(), "statements_fts WHERE statements_fts MATCH 'false'"), 1);
    EXPECT_EQ(test::countRows(db.file(), "statements_fts WHERE statements_fts MATCH 'threat'"), 0);
}
