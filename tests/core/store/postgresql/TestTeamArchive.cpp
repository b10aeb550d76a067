// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <thread>

#include "StoreFixtures.h"
#include "TestArchive.h"
#include "model/Error.h"
#include "store/postgresql/ArchiveRoles.h"
#include "store/postgresql/ArchiveUri.h"
#include "store/postgresql/PgConnection.h"
#include "store/postgresql/PgCorrections.h"
#include "store/postgresql/PgArticles.h"
#include "store/postgresql/PgMigrator.h"
#include "store/postgresql/PgStore.h"
#include "store/postgresql/PgTextQuery.h"

using namespace sayline;
using namespace sayline::store;
using namespace sayline::store::postgresql;

namespace {

class TeamArchiveTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        SAYLINE_REQUIRE_POSTGRES();
        m_database = std::make_unique<test::TestDatabase>(*test::testPostgresAdmin());
        PgConnection owner(m_database->uri());
        initArchive(owner, defaultArchiveRoles(m_database->name()));
    }

    model::AnalysedArticle article(int i)
    {
        return test::makeArticle("Briefing " + std::to_string(i), "2022-06-" + std::to_string(10 + i % 10),
                                 { { "Wang Wenbin", "Remark number " + std::to_string(i), {} } });
    }

    std::unique_ptr<test::TestDatabase> m_database;
};

std::string errorOf(const std::function<void()>& work, ErrorCode* code = nullptr)
{
    try {
        work();
    } catch (const Error& error) {
        if (code)
            *code = error.code();
        return error.what();
    }
    return {};
}

} // namespace

TEST(ArchiveUri, refusesAnAddressWithAPasswordAndNamesWhereItBelongs)
{
    ErrorCode code = ErrorCode::Internal;
    const std::string message
        = errorOf([] { checkNoPassword("postgresql://alice:s3cret@db.example.org:5432/newsroom"); }, &code);
    EXPECT_EQ(code, ErrorCode::Usage);
    EXPECT_NE(message.find("~/.pgpass"), std::string::npos) << message;
    EXPECT_EQ(message.find("s3cret"), std::string::npos) << message;
    EXPECT_FALSE(errorOf([] { checkNoPassword("postgresql://h/db?password=x"); }).empty());
    EXPECT_TRUE(errorOf([] { checkNoPassword("postgresql://alice@db.example.org:5432/newsroom"); }).empty());
    EXPECT_TRUE(isArchiveLocation("postgres://h/db"));
    EXPECT_FALSE(isArchiveLocation("/home/alice/library.sqlite"));
}

TEST_F(TeamArchiveTest, twoConcurrentImportersOfOverlappingArticlesStoreEachOnce)
{
    // Importer A writes articles 0..59, importer B 30..89, each in batches of 10, at the same time.
    auto import = [&](int first, int last, std::size_t* added) {
        PgStore store(m_database->uri(), OpenMode::Create);
        for (int start = first; start < last; start += 10) {
            auto batch = store.beginImport();
            for (int i = start; i < start + 10; ++i)
                *added += batch->add(article(i), "hash-" + std::to_string(i)).added ? 1 : 0;
            batch->commit();
        }
    };
    std::size_t addedA = 0;
    std::size_t addedB = 0;
    std::thread a(import, 0, 60, &addedA);
    std::thread b(import, 30, 90, &addedB);
    a.join();
    b.join();
    PgStore reader(m_database->uri(), OpenMode::Read);
    EXPECT_EQ(reader.countArticles({}), 90);
    EXPECT_EQ(addedA + addedB, 90u);
    SearchQuery query;
    query.speaker = "Wang Wenbin";
    EXPECT_EQ(reader.countStatements(query), 90);
}

TEST_F(TeamArchiveTest, aSecondCorrectionOfTheSameVersionIsAConflictWithTheCurrentState)
{
    PgStore store(m_database->uri(), OpenMode::Existing);
    auto batch = store.beginImport();
    batch->add(test::makeArticle("Briefing", "2022-06-15",
                                 { { "Wang", "The US must stop", {} }, { "Wang Wenbin", "Another remark", {} },
                                   { "Zhao Lijian", "A third remark", {} } }),
               "h1");
    batch->commit();
    const RowId wangWenbin = store.entitiesNamed("Wang Wenbin").at(0);
    const RowId zhao = store.entitiesNamed("Zhao Lijian").at(0);
    SearchQuery query;
    query.speaker = "Wang";
    const RowId statement = store.searchStatements(query).at(0).id;

    PgConnection alice(m_database->uri());
    PgConnection bob(m_database->uri());
    const StatementState seenByAlice = PgCorrections(alice).statement(statement);
    const StatementState seenByBob = PgCorrections(bob).statement(statement);
    ASSERT_EQ(seenByAlice.version, seenByBob.version);

    const StatementState afterAlice = PgCorrections(alice).reassign(statement, wangWenbin, seenByAlice.version);
    EXPECT_EQ(afterAlice.speaker, "Wang Wenbin");
    ErrorCode code = ErrorCode::Internal;
    const std::string message
        = errorOf([&] { PgCorrections(bob).reassign(statement, zhao, seenByBob.version); }, &code);
    EXPECT_EQ(code, ErrorCode::Conflict);
    EXPECT_NE(message.find("now spoken by Wang Wenbin"), std::string::npos) << message;
    EXPECT_EQ(PgCorrections(bob).statement(statement).speaker, "Wang Wenbin"); // Alice's correction was kept
    // Bob corrects again on what he now sees.
    const StatementState now = PgCorrections(bob).statement(statement);
    EXPECT_EQ(PgCorrections(bob).reassign(statement, zhao, now.version).speaker, "Zhao Lijian");

    // Read back, the article names the corrected speaker and says a correction decided it.
    const std::optional<StoredAnalysis> stored = store.article(store.articles({}).at(0).id);
    ASSERT_TRUE(stored);
    const model::Statement& corrected = stored->analysis.statements.at(0);
    ASSERT_TRUE(corrected.speaker);
    EXPECT_EQ(stored->entityRows.at(*corrected.speaker), zhao);
    EXPECT_EQ(corrected.attribution.sieve, "correction");
}

TEST_F(TeamArchiveTest, theAnalystRoleSearchesButCannotWriteAndIsToldWhy)
{
    {
        PgStore owner(m_database->uri(), OpenMode::Existing);
        auto batch = owner.beginImport();
        batch->add(article(1), "h1");
        batch->commit();
    }
    const ArchiveRoles roles = defaultArchiveRoles(m_database->name());
    const std::string analyst = m_database->loginRole("ann", roles.analyst);
    PgStore reader(m_database->uri(analyst), OpenMode::Read);
    SearchQuery query;
    query.speaker = "Wang Wenbin";
    EXPECT_EQ(reader.countStatements(query), 1);

    ErrorCode code = ErrorCode::Internal;
    std::string message = errorOf([&] { PgStore(m_database->uri(analyst), OpenMode::Create).open(); }, &code);
    EXPECT_EQ(code, ErrorCode::Unsupported);
    EXPECT_NE(message.find("read-only archive"), std::string::npos) << message;
    EXPECT_NE(message.find(analyst), std::string::npos) << message;

    // A write that gets past the check (a role changed meanwhile) is refused by the server in the same words.
    PgConnection connection(m_database->uri(analyst));
    code = ErrorCode::Internal;
    message = errorOf([&] { connection.query("UPDATE statements SET speaker_text = 'x'"); }, &code);
    EXPECT_EQ(code, ErrorCode::Unsupported);
    EXPECT_NE(message.find("read-only archive"), std::string::npos) << message;
}

TEST_F(TeamArchiveTest, theEditorRoleImportsAndCorrects)
{
    const ArchiveRoles roles = defaultArchiveRoles(m_database->name());
    const std::string editor = m_database->loginRole("eve", roles.editor);
    PgStore store(m_database->uri(editor), OpenMode::Create);
    auto batch = store.beginImport();
    EXPECT_TRUE(batch->add(article(1), "h1").added);
    batch->commit();
    PgConnection connection(m_database->uri(editor));
    const RowId statement = store.searchStatements({}).at(0).id;
    const RowId speaker = store.entitiesNamed("Wang Wenbin").at(0);
    EXPECT_EQ(PgCorrections(connection).reassign(statement, speaker, 1).version, 2);
}

TEST_F(TeamArchiveTest, anArchiveFromANewerSaylineIsRefusedUntouched)
{
    PgConnection owner(m_database->uri());
    owner.exec("INSERT INTO sayline_schema (version) VALUES (" + std::to_string(PgMigrator::latestVersion() + 1) + ")");
    ErrorCode code = ErrorCode::Internal;
    const std::string message = errorOf([&] { PgStore(m_database->uri(), OpenMode::Create).open(); }, &code);
    EXPECT_EQ(code, ErrorCode::Unsupported);
    EXPECT_NE(message.find("newer Sayline"), std::string::npos) << message;
}

TEST_F(TeamArchiveTest, anArchiveOfTheFirstSchemaMigratesAndKeepsItsArticlesAndCorrections)
{
    {
        PgStore store(m_database->uri(), OpenMode::Existing);
        auto batch = store.beginImport();
        batch->add(test::makeArticle("Briefing", "2022-06-15",
                                     { { "Wang Wenbin", "The US must stop", {} }, { "Zhao Lijian", "Another remark", {} } }),
                   "h1");
        batch->commit();
        SearchQuery query;
        query.speaker = "Zhao Lijian";
        const RowId statement = store.searchStatements(query).at(0).id;
        store.reassignStatement(statement, store.entitiesNamed("Wang Wenbin").at(0), std::nullopt);
    }
    {
        // Back to what an archive written by the previous Sayline holds: schema 1, without the later migrations.
        PgConnection owner(m_database->uri());
        owner.exec("DROP INDEX articles_words; ALTER TABLE statements DROP COLUMN words; "
                   "ALTER TABLE statements ADD COLUMN words TSVECTOR GENERATED ALWAYS AS "
                   "(to_tsvector('simple', coalesce(content_index, content))) STORED; "
                   "CREATE INDEX statements_words ON statements USING gin(words); "
                   "DROP TEXT SEARCH CONFIGURATION sayline_folded; ALTER TABLE corrections DROP COLUMN merged_id; "
                   "ALTER TABLE entities DROP COLUMN import_key; DELETE FROM sayline_schema WHERE version > 1");
    }
    PgStore store(m_database->uri(), OpenMode::Existing);
    store.open(); // opening it for writing migrates it
    PgConnection check(m_database->uri());
    EXPECT_EQ(check.query("SELECT max(version) FROM sayline_schema").integer(0, 0), PgMigrator::latestVersion());
    EXPECT_EQ(check.query("SELECT count(*) FROM articles").integer(0, 0), 1);
    EXPECT_EQ(check.query("SELECT count(*) FROM corrections WHERE kind = 'reassign'").integer(0, 0), 1);
    SearchQuery query;
    query.speaker = "Wang Wenbin";
    EXPECT_EQ(store.countStatements(query), 2); // the corrected speaker, and searchable through the new index
    SearchQuery words;
    words.text = "remark";
    EXPECT_EQ(store.countStatements(words), 1);
}

TEST_F(TeamArchiveTest, aDatabaseThatIsNotAnArchiveIsRefused)
{
    test::TestDatabase other(*test::testPostgresAdmin());
    PgConnection(other.uri()).exec("CREATE TABLE invoices (id int)");
    ErrorCode code = ErrorCode::Internal;
    const std::string message = errorOf([&] { PgStore(other.uri(), OpenMode::Create).open(); }, &code);
    EXPECT_EQ(code, ErrorCode::Unsupported);
    EXPECT_NE(message.find("not a Sayline archive"), std::string::npos) << message;
}

TEST_F(TeamArchiveTest, aFailingArticleIsRolledBackAndTheBatchGoesOn)
{
    PgStore store(m_database->uri(), OpenMode::Create);
    auto batch = store.beginImport();
    model::AnalysedArticle broken = article(1);
    broken.entities.push_back(broken.entities.front()); // the same local id twice: its rows cannot be written
    ErrorCode code = ErrorCode::Internal;
    const std::string message = errorOf([&] { batch->add(broken, "broken"); }, &code);
    EXPECT_EQ(code, ErrorCode::Database) << message;
    EXPECT_NE(message.find("article_entities"), std::string::npos) << message;
    EXPECT_TRUE(batch->alive());
    EXPECT_TRUE(batch->add(article(2), "good").added);
    batch->commit();
    EXPECT_EQ(store.countArticles({}), 1);
    SearchQuery query;
    query.speaker = "Wang Wenbin";
    EXPECT_EQ(store.countStatements(query), 1);
}

TEST_F(TeamArchiveTest, twoUsersMergingTheSameEntityAtOnceOneWinsTheOtherIsToldWhere)
{
    PgStore store(m_database->uri(), OpenMode::Existing);
    auto batch = store.beginImport();
    batch->add(test::makeArticle("Briefing", "2022-06-15",
                                 { { "Wang", "The US must stop", {} }, { "Wang Wenbin", "Another remark", {} },
                                   { "Zhao Lijian", "A third remark", {} } }),
               "h1");
    batch->commit();
    const RowId wang = store.entitiesNamed("Wang").at(0);
    const RowId wangWenbin = store.entitiesNamed("Wang Wenbin").at(0);
    const RowId zhao = store.entitiesNamed("Zhao Lijian").at(0);
    ASSERT_NE(wang, wangWenbin);

    // Alice merges Wang into Wang Wenbin while Bob merges him into Zhao Lijian, both having seen version 1.
    std::string aliceError;
    std::string bobError;
    ErrorCode aliceCode = ErrorCode::Internal;
    ErrorCode bobCode = ErrorCode::Internal;
    std::thread alice([&] {
        PgConnection connection(m_database->uri());
        aliceError = errorOf([&] { PgCorrections(connection).merge(wangWenbin, wang, { 1, 1 }); }, &aliceCode);
    });
    std::thread bob([&] {
        PgConnection connection(m_database->uri());
        bobError = errorOf([&] { PgCorrections(connection).merge(zhao, wang, { 1, 1 }); }, &bobCode);
    });
    alice.join();
    bob.join();
    ASSERT_NE(aliceError.empty(), bobError.empty()) << "alice: " << aliceError << "; bob: " << bobError;
    const bool aliceWon = aliceError.empty();
    const std::string& loserError = aliceWon ? bobError : aliceError;
    EXPECT_EQ(aliceWon ? bobCode : aliceCode, ErrorCode::Conflict) << loserError;
    const std::string winner = aliceWon ? "Wang Wenbin" : "Zhao Lijian";
    EXPECT_NE(loserError.find("was merged into entity"), std::string::npos) << loserError;
    EXPECT_NE(loserError.find(winner), std::string::npos) << loserError;

    // The winner's merge is whole: Wang's statement is the winner's, and Wang is gone.
    EXPECT_FALSE(store.entity(wang));
    SearchQuery query;
    query.speaker = winner;
    EXPECT_EQ(store.countStatements(query), 2);
    // A merge on a version someone else changed since is refused too, naming the version.
    ErrorCode code = ErrorCode::Internal;
    const RowId loser = aliceWon ? zhao : wangWenbin;
    const RowId kept = aliceWon ? wangWenbin : zhao;
    const std::string stale
        = errorOf([&] { PgCorrections(store.connection()).merge(loser, kept, { 1, 1 }); }, &code);
    EXPECT_EQ(code, ErrorCode::Conflict) << stale;
    EXPECT_NE(stale.find("version 2, you saw version 1"), std::string::npos) << stale;
}

TEST_F(TeamArchiveTest, aStatementDeletedAndReassignedAtOnceIsOneCorrectionAndAConflict)
{
    PgStore store(m_database->uri(), OpenMode::Existing);
    auto batch = store.beginImport();
    batch->add(test::makeArticle("Briefing", "2022-06-15",
                                 { { "Wang Wenbin", "The US must stop", {} }, { "Zhao Lijian", "A lie", {} } }),
               "h1");
    batch->commit();
    const RowId zhao = store.entitiesNamed("Zhao Lijian").at(0);
    SearchQuery query;
    query.text = "stop";
    const StatementRecord seen = store.searchStatements(query).at(0);
    ASSERT_EQ(seen.version, 1);

    std::string deleteError;
    std::string reassignError;
    ErrorCode deleteCode = ErrorCode::Internal;
    ErrorCode reassignCode = ErrorCode::Internal;
    std::thread alice([&] {
        PgConnection connection(m_database->uri());
        deleteError = errorOf([&] { PgCorrections(connection).deleteStatement(seen.id, seen.version); }, &deleteCode);
    });
    std::thread bob([&] {
        PgConnection connection(m_database->uri());
        reassignError
            = errorOf([&] { PgCorrections(connection).reassign(seen.id, zhao, seen.version); }, &reassignCode);
    });
    alice.join();
    bob.join();
    ASSERT_NE(deleteError.empty(), reassignError.empty()) << "delete: " << deleteError << "; reassign: "
                                                          << reassignError;
    PgConnection check(m_database->uri());
    const PgResult edits = check.query("SELECT kind FROM corrections");
    ASSERT_EQ(edits.rows(), 1);
    if (deleteError.empty()) {
        // Deleted first: Bob learns the statement is gone.
        EXPECT_EQ(reassignCode, ErrorCode::Conflict) << reassignError;
        EXPECT_NE(reassignError.find("no longer in the archive"), std::string::npos) << reassignError;
        EXPECT_EQ(edits.text(0, 0), "delete_statement");
        EXPECT_TRUE(store.searchStatements(query).empty());
    } else {
        // Reassigned first: Alice learns who speaks it now, and it stays.
        EXPECT_EQ(deleteCode, ErrorCode::Conflict) << deleteError;
        EXPECT_NE(deleteError.find("now spoken by Zhao Lijian (version 2, you saw version 1)"), std::string::npos)
            << deleteError;
        EXPECT_EQ(edits.text(0, 0), "reassign");
        EXPECT_EQ(store.searchStatements(query).at(0).speaker, "Zhao Lijian");
    }
}

TEST_F(TeamArchiveTest, theArticleListTextFilterIsServedByItsIndex)
{
    // The planner takes the index whenever it can when sequential scans are priced out: if the filter's expression
    // (PgArticles) and the index's (0003_accent_folding.sql) differ, the plan is a sequential scan.
    PgConnection connection(m_database->uri());
    PgTransaction transaction(connection);
    connection.exec("SET LOCAL enable_seqscan = off");
    const PgResult plan = connection.query(
        "EXPLAIN SELECT a.id FROM articles a WHERE " + articleTextMatch("$1"), { toTsQuery("cafe") });
    std::string text;
    for (int row = 0; row < plan.rows(); ++row)
        text += plan.text(row, 0) + "\n";
    EXPECT_NE(text.find("articles_words"), std::string::npos) << text;
}
