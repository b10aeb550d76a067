// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "AnalysisReader.h"
#include "ArticleRepository.h"
#include "ArticleWriter.h"
#include "Library.h"
#include "StoreFixtures.h"
#include "Transaction.h"
#include "model/Error.h"

using namespace sayline;
using namespace sayline::store;
using test::Quote;

namespace {

std::vector<SpeakerSummary> speakersNamed(Database& db, const std::string& name)
{
    std::vector<SpeakerSummary> out;
    for (const auto& speaker : StatementRepository(db).speakers(std::nullopt, 100)) {
        if (speaker.name == name)
            out.push_back(speaker);
    }
    return out;
}

} // namespace

TEST(ArticleWriter, importingTheSameContentTwiceAddsNothing)
{
    test::TempDir dir;
    auto db = openLibrary(dir.file("library.sqlite"), OpenMode::Create);
    ArticleWriter writer(db);
    const auto article
        = test::makeArticle("Threat", "2022-06-15", { { "Wang Wenbin", "The US is a threat", { "NSA" } } });
    const WriteResult first = writer.add(article, "hash-1");
    const WriteResult second = writer.add(article, "hash-1");
    EXPECT_TRUE(first.added);
    EXPECT_FALSE(second.added);
    EXPECT_EQ(first.articleId, second.articleId);
    EXPECT_EQ(test::countRows(db.file(), "articles"), 1);
    EXPECT_EQ(test::countRows(db.file(), "statements"), 1);
    EXPECT_EQ(test::countRows(db.file(), "entities"), 2);
}

TEST(ArticleWriter, failureMidArticleLeavesNothingOfIt)
{
    for (const char* failingStage : { "article", "entities", "statements", "dates" }) {
        test::TempDir dir;
        auto db = openLibrary(dir.file("library.sqlite"), OpenMode::Create);
        ArticleWriter writer(db);
        Transaction batch(db);
        writer.add(test::makeArticle("Kept", "2022-06-14", { { "Zhao Lijian", "We oppose it", {} } }), "kept");
        writer.setStageHook([&](std::string_view stage) {
            if (stage == failingStage)
                throw Error(ErrorCode::Internal, "injected failure");
        });
        EXPECT_THROW(writer.add(test::makeArticle("Broken", "2022-06-15",
                                                  { { "Wang Wenbin", "The US is a threat", { "NSA" } } }),
                                "broken"),
                     Error);
        writer.setStageHook(nullptr);
        batch.commit();
        EXPECT_EQ(test::countRows(db.file(), "articles"), 1) << failingStage;
        EXPECT_EQ(test::countRows(db.file(), "statements"), 1) << failingStage;
        EXPECT_EQ(test::countRows(db.file(), "entities"), 1) << failingStage;
        EXPECT_EQ(test::countRows(db.file(), "article_entities"), 1) << failingStage;
        EXPECT_EQ(test::countRows(db.file(), "statements_fts WHERE statements_fts MATCH 'threat'"), 0);
        EXPECT_EQ(test::countRows(db.file(), "articles_fts WHERE articles_fts MATCH 'broken'"), 0);
        // The same article imports cleanly afterwards.
        EXPECT_TRUE(writer
                        .add(test::makeArticle("Broken", "2022-06-15", { { "Wang Wenbin", "The US is a threat", {} } }),
                             "broken")
                        .added);
    }
}

TEST(ArticleWriter, heldBackIndexRowsReachTheIndexAtTheFlushAndNothingOfAFailedArticleDoes)
{
    // An import batch holds the full-text rows back until it commits (FullTextRows): the index must end up as if
    // every surviving article had written its own rows, and a failed article's rows must go with its savepoint.
    for (const char* failingStage : { "article", "entities", "statements", "dates" }) {
        test::TempDir dir;
        auto db = openLibrary(dir.file("library.sqlite"), OpenMode::Create);
        ArticleWriter writer(db);
        writer.holdFullTextUntilFlush();
        Transaction batch(db);
        writer.add(test::makeArticle("Kept", "2022-06-14", { { "Zhao Lijian", "We oppose hegemony", {} } }), "kept");
        writer.setStageHook([&](std::string_view stage) {
            if (stage == failingStage)
                throw Error(ErrorCode::Internal, "injected failure");
        });
        EXPECT_THROW(writer.add(test::makeArticle("Broken", "2022-06-15",
                                                  { { "Wang Wenbin", "The US is a threat", { "NSA" } } }),
                                "broken"),
                     Error);
        writer.setStageHook(nullptr);
        writer.add(test::makeArticle("Later", "2022-06-16", { { "Mao Ning", "Sanctions hurt trade", {} } }), "later");
        writer.flushFullText();
        batch.commit();
        EXPECT_EQ(test::countRows(db.file(), "articles"), 2) << failingStage;
        EXPECT_EQ(test::countRows(db.file(), "statements_fts"), 2) << failingStage;
        EXPECT_EQ(test::countRows(db.file(), "articles_fts"), 2) << failingStage;
        EXPECT_EQ(test::countRows(db.file(), "statements_fts WHERE statements_fts MATCH 'hegemony'"), 1);
        EXPECT_EQ(test::countRows(db.file(), "statements_fts WHERE statements_fts MATCH 'sanctions'"), 1);
        EXPECT_EQ(test::countRows(db.file(), "statements_fts WHERE statements_fts MATCH 'threat'"), 0);
        EXPECT_EQ(test::countRows(db.file(), "articles_fts WHERE articles_fts MATCH 'later'"), 1);
        EXPECT_EQ(test::countRows(db.file(), "articles_fts WHERE articles_fts MATCH 'broken'"), 0);
        EXPECT_EQ(test::countRows(db.file(), "statements s JOIN statements_fts f ON f.rowid = s.id "
                                             "WHERE statements_fts MATCH 'sanctions' AND s.content LIKE 'Sanctions%'"),
                  1);
    }
}

TEST(ArticleWriter, sameFullNameInTwoArticlesIsOneSpeaker)
{
    test::TempDir dir;
    auto db = openLibrary(dir.file("library.sqlite"), OpenMode::Create);
    ArticleWriter writer(db);
    writer.add(test::makeArticle("One", "2022-06-15", { { "Wang Wenbin", "The US is a threat", { "NSA" } } }), "a1");
    writer.add(test::makeArticle("Two", "2022-07-01", { { "WANG WENBIN", "Stop the hacking", { "NSA" } } }), "a2");
    const auto speakers = speakersNamed(db, "Wang Wenbin");
    ASSERT_EQ(speakers.size(), 1u);
    EXPECT_EQ(speakers[0].statementCount, 2);
    EXPECT_EQ(speakers[0].firstDate, "2022-06-15");
    EXPECT_EQ(speakers[0].lastDate, "2022-07-01");
    EXPECT_EQ(test::countRows(db.file(), "entities WHERE name_key = 'nsa'"), 1);
}

TEST(ArticleWriter, bareSurnameStaysApartFromFullName)
{
    test::TempDir dir;
    auto db = openLibrary(dir.file("library.sqlite"), OpenMode::Create);
    ArticleWriter writer(db);
    auto full = test::makeArticle("One", "2022-06-15", { { "Wang Wenbin", "The US is a threat", {} } });
    full.entities[0].aliases = { "Wang" };
    writer.add(full, "a1");
    writer.add(test::makeArticle("Two", "2022-07-01", { { "Wang", "Trade is good", {} } }), "a2");
    writer.add(test::makeArticle("Three", "2022-07-02", { { "Wang", "Rain is wet", {} } }), "a3");
    EXPECT_EQ(speakersNamed(db, "Wang Wenbin").size(), 1u);
    EXPECT_EQ(speakersNamed(db, "Wang").size(), 2u); // two bare "Wang"s: not known to be the same person
}

TEST(ArticleWriter, fullNameAliasLinksArticles)
{
    test::TempDir dir;
    auto db = openLibrary(dir.file("library.sqlite"), OpenMode::Create);
    ArticleWriter writer(db);
    writer.add(test::makeArticle("One", "2013-12-10", { { "Mary Barra", "We will build cars", {} } }), "a1");
    auto second = test::makeArticle("Two", "2014-01-10", { { "Mary T. Barra", "Safety first", {} } });
    second.entities[0].aliases = { "Mary Barra", "Barra", "the chief executive" };
    writer.add(second, "a2");
    const auto speakers = speakersNamed(db, "Mary Barra");
    ASSERT_EQ(speakers.size(), 1u);
    EXPECT_EQ(speakers[0].statementCount, 2);
    const auto info = EntityRepository(db).get(speakers[0].id);
    ASSERT_TRUE(info);
    EXPECT_NE(std::find(info->aliases.begin(), info->aliases.end(), "Mary T. Barra"), info->aliases.end());
    EXPECT_EQ(std::find(info->aliases.begin(), info->aliases.end(), "the chief executive"), info->aliases.end());
}

TEST(ArticleWriter, howEachSpeakerWasFoundIsKeptWithTheStatement)
{
    test::TempDir dir;
    auto db = openLibrary(dir.file("library.sqlite"), OpenMode::Create);
    auto article = test::makeArticle("Threat", "2022-06-15",
                                     { { "Wang Wenbin", "The US is a threat", { "NSA" } }, { "", "It is not", {} } });
    article.statements[0].attribution = { "pronoun", "pronoun \u201che\u201d \u2192 Wang Wenbin, previous sentence" };
    const WriteResult written = ArticleWriter(db).add(article, "hash-1");
    const std::optional<StoredAnalysis> stored = AnalysisReader(db).read(written.articleId);
    ASSERT_TRUE(stored);
    ASSERT_EQ(stored->analysis.statements.size(), 2u);
    EXPECT_EQ(stored->analysis.statements[0].attribution, article.statements[0].attribution);
    EXPECT_EQ(stored->analysis.statements[1].attribution, model::SpeakerAttribution {}); // none found: none stored
}

TEST(ArticleWriter, anArticleOfTheFormatBeforeAttributionReadsBackWholeAndIsAnalysedAgain)
{
    test::TempDir dir;
    auto db = openLibrary(dir.file("library.sqlite"), OpenMode::Create);
    auto article = test::makeArticle("Threat", "2022-06-15", { { "Wang Wenbin", "The US is a threat", { "NSA" } } });
    const WriteResult written = ArticleWriter(db).add(article, "hash-1");
    // As the version before attribution was kept left it: every field of the contract, no attribution.
    db.exec("UPDATE statements SET attribution_sieve = '', attribution_explanation = ''");
    db.exec("UPDATE articles SET analysis_format = " + std::to_string(kContractAnalysisFormat));
    const std::optional<StoredAnalysis> stored = AnalysisReader(db).read(written.articleId);
    ASSERT_TRUE(stored);
    EXPECT_TRUE(stored->complete); // its own targets and speakers, not the library's
    ASSERT_EQ(stored->analysis.statements.size(), 1u);
    EXPECT_EQ(stored->analysis.statements[0].about, article.statements[0].about);
    EXPECT_EQ(stored->analysis.statements[0].attribution, model::SpeakerAttribution {});
    EXPECT_EQ(ArticleRepository(db).staleIds(), std::vector<RowId> { written.articleId });
}

TEST(ArticleWriter, anArticleWithMoreRowsThanOneInsertTakesKeepsEveryRowAndLink)
{
    // The rows of an article go in multi-row INSERTs of at most RowInsert::kMaxRows rows: 40 statements by 20
    // speakers, each about an organization, span several of them for every table.
    for (const bool heldBack : { false, true }) {
        test::TempDir dir;
        auto db = openLibrary(dir.file("library.sqlite"), OpenMode::Create);
        ArticleWriter writer(db);
        if (heldBack)
            writer.holdFullTextUntilFlush();
        std::vector<Quote> quotes;
        for (int i = 0; i < 40; ++i) {
            quotes.push_back({ "Speaker Number" + std::string(1, static_cast<char>('A' + i % 20)),
                               "Statement word" + std::to_string(i) + " about trade",
                               { "Organization " + std::string(1, static_cast<char>('A' + i % 7)) } });
        }
        Transaction batch(db);
        const WriteResult written = writer.add(test::makeArticle("Many", "2022-06-15", quotes), "many");
        writer.flushFullText();
        batch.commit();

        const std::vector<StatementRecord> stored = StatementRepository(db).forArticle(written.articleId);
        ASSERT_EQ(stored.size(), 40U) << heldBack;
        for (std::size_t i = 0; i < stored.size(); ++i) {
            EXPECT_EQ(stored[i].content, quotes[i].content) << i;
            EXPECT_EQ(stored[i].speaker, quotes[i].speaker) << i;
            ASSERT_EQ(stored[i].about.size(), 1U) << i;
            EXPECT_EQ(stored[i].about.front(), quotes[i].about.front()) << i;
        }
        EXPECT_EQ(test::countRows(db.file(), "entities"), 27) << heldBack;
        EXPECT_EQ(test::countRows(db.file(), "article_entities"), 27) << heldBack;
        EXPECT_EQ(test::countRows(db.file(), "mentions"), 40) << heldBack; // the speaker's name before each quote
        EXPECT_EQ(test::countRows(db.file(), "statement_targets"), 40) << heldBack;
        EXPECT_EQ(test::countRows(db.file(), "statements_fts WHERE statements_fts MATCH 'trade'"), 40) << heldBack;
        EXPECT_EQ(test::countRows(db.file(), "statements s JOIN statements_fts f ON f.rowid = s.id "
                                             "WHERE statements_fts MATCH 'word39' AND s.content LIKE '%word39 %'"),
                  1)
            << heldBack;
    }
}
