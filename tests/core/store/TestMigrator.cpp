// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "Database.h"
#include "Library.h"
#include "Migrator.h"
#include "SqliteStore.h"
#include "StatementRepository.h"
#include "StatementSearch.h"
#include "StoreFixtures.h"
#include "model/Error.h"

using namespace sayline;
using namespace sayline::store;

namespace {

using test::slurp;

ErrorCode openAndMigrate(const std::filesystem::path& file, std::string& message)
{
    try {
        Database db(file, OpenMode::Existing);
        Migrator(db).migrate();
    } catch (const Error& error) {
        message = error.what();
        return error.code();
    }
    return ErrorCode::Internal;
}

} // namespace

TEST(Migrator, compilesInTheLibraryFilesMigrationsUnderTheirNames)
{
    // resources/sql/sqlite/ (moved from resources/sql/migrations/): the same files, numbered from 1, none missing.
    const std::vector<Migration>& migrations = Migrator::migrations();
    ASSERT_GE(migrations.size(), 6u);
    EXPECT_EQ(migrations.front().name, "0001_init.sql");
    EXPECT_EQ(migrations[5].name, "0006_speaker_attribution.sql");
    for (std::size_t i = 0; i < migrations.size(); ++i) {
        EXPECT_EQ(migrations[i].version, static_cast<int>(i) + 1);
        EXPECT_FALSE(migrations[i].sql.empty()) << migrations[i].name;
    }
}

TEST(Migrator, migratesEmptyFileToLatestVersion)
{
    test::TempDir dir;
    Database db(dir.file("library.sqlite"), OpenMode::Create);
    Migrator migrator(db);
    EXPECT_EQ(migrator.currentVersion(), 0);
    migrator.migrate();
    EXPECT_EQ(migrator.currentVersion(), Migrator::latestVersion());
    EXPECT_GE(Migrator::latestVersion(), 2);
    auto mode = db.prepare("PRAGMA journal_mode");
    ASSERT_TRUE(mode.step());
    EXPECT_EQ(mode.columnText(0), "wal");
    auto keys = db.prepare("PRAGMA foreign_keys");
    ASSERT_TRUE(keys.step());
    EXPECT_EQ(keys.columnInt(0), 1);
    migrator.migrate(); // a second run does nothing
    EXPECT_EQ(migrator.currentVersion(), Migrator::latestVersion());
}

TEST(Migrator, migratesFromEachEarlierVersionKeepingData)
{
    for (int start = 1; start < Migrator::latestVersion(); ++start) {
        test::TempDir dir;
        const auto file = dir.file("library.sqlite");
        {
            Database db(file, OpenMode::Create);
            Migrator(db).migrate(start);
            ASSERT_EQ(db.userVersion(), start);
            // Rows as a build of that version wrote them (the version-1 columns only).
            db.exec(
                "INSERT INTO articles (id, content_hash, file, title, body, date) VALUES "
                "(1, 'h1', 'a.txt', 'Old article', 'Wang Wenbin said the NSA hacked servers.', '2022-06-15');"
                "INSERT INTO entities (id, type, name, name_key) VALUES (1, 'person', 'Wang Wenbin', 'wang wenbin');"
                "INSERT INTO entity_roles (entity_id, role) VALUES (1, 'Spokesperson');"
                "INSERT INTO statements (article_id, local_id, speaker_id, speaker_text, cue, kind, claim_type, "
                "content, start, end, date) VALUES (1, 'S1', 1, 'Wang Wenbin', 'said', 'indirect', 'accusation', "
                "'the NSA hacked servers', 17, 39, '2022-06-15');");
            if (start >= 3) // version 3 writes folded role keys
                db.exec("UPDATE entity_roles SET role_key = 'spokesperson'");
            if (start >= 4) // version 4 writes the full-text entry of a new row itself
                db.exec("INSERT INTO statements_fts (rowid, content) SELECT id, content FROM statements");
        }
        Database db(file, OpenMode::Existing);
        Migrator(db).migrate();
        EXPECT_EQ(db.userVersion(), Migrator::latestVersion()) << "from version " << start;
        SearchQuery query;
        query.speaker = "wang wenbin";
        query.text = "hacked";
        const auto hits = StatementSearch(db).run(query);
        ASSERT_EQ(hits.size(), 1u) << "from version " << start;
        EXPECT_EQ(hits[0].content, "the NSA hacked servers");
        query.speaker = "spokesperson"; // by role, from a row the older version wrote
        EXPECT_EQ(StatementSearch(db).run(query).size(), 1u) << "from version " << start;
    }
}

TEST(Migrator, aLibraryOfEachEarlierVersionKeepsItsArticleAndCorrectionThroughMigrationAndANewImport)
{
    for (int start = 1; start <= Migrator::latestVersion(); ++start) {
        test::TempDir dir;
        const auto file = dir.file("library.sqlite");
        {
            Database db(file, OpenMode::Create);
            Migrator(db).migrate(start);
            // An article, its speaker and a user's correction as a build of that version wrote them.
            db.exec(
                "INSERT INTO articles (id, content_hash, file, title, body, date) VALUES "
                "(1, 'h1', 'a.txt', 'Old article', 'Wang Wenbin said the NSA hacked servers.', '2022-06-15');"
                "INSERT INTO entities (id, type, name, name_key) VALUES (1, 'person', 'Wang Wenbin', 'wang wenbin');"
                "INSERT INTO statements (article_id, local_id, speaker_id, speaker_text, cue, kind, claim_type, "
                "content, start, end, date) VALUES (1, 'S1', 1, 'Wang Wenbin', 'said', 'indirect', 'accusation', "
                "'the NSA hacked servers', 17, 39, '2022-06-15');"
                "INSERT INTO corrections (kind, article_id, span_start, span_end, entity_id, detail) VALUES "
                "('reassign', 1, 17, 39, 1, '');");
            if (start >= 4)
                db.exec("INSERT INTO statements_fts (rowid, content) SELECT id, content FROM statements");
        }
        // This version opens it (migrating it) and imports a new article naming the same speaker through its
        // batched writer and its entity cache.
        SqliteStore store(file, OpenMode::Existing);
        auto batch = store.beginImport();
        const RowId added
            = batch->add(test::makeArticle("New article", "2022-06-16", { { "Wang Wenbin", "Sanctions hurt", {} } }),
                         "h2")
                  .articleId;
        batch->commit();
        EXPECT_EQ(test::countRows(file, "articles"), 2) << "from version " << start;
        EXPECT_EQ(test::countRows(file, "corrections WHERE kind = 'reassign' AND entity_id = 1"), 1)
            << "from version " << start;
        Database db(file, OpenMode::Read);
        EXPECT_EQ(db.userVersion(), Migrator::latestVersion());
        const auto old = StatementRepository(db).forArticle(1);
        ASSERT_EQ(old.size(), 1u) << "from version " << start;
        EXPECT_EQ(old[0].content, "the NSA hacked servers");
        const auto fresh = StatementRepository(db).forArticle(added);
        ASSERT_EQ(fresh.size(), 1u) << "from version " << start;
        EXPECT_EQ(fresh[0].speakerId, std::optional<RowId>(1)) << "the new article's speaker is the stored entity";
    }
}

TEST(Migrator, refusesLibraryFromNewerVersionWithoutChangingIt)
{
    test::TempDir dir;
    const auto file = dir.file("library.sqlite");
    {
        Database db(file, OpenMode::Create);
        Migrator(db).migrate();
        db.exec("PRAGMA user_version = " + std::to_string(Migrator::latestVersion() + 1));
        db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    const std::string before = slurp(file);
    std::string message;
    EXPECT_EQ(openAndMigrate(file, message), ErrorCode::Unsupported);
    EXPECT_NE(message.find("newer Sayline"), std::string::npos) << message;
    EXPECT_EQ(slurp(file), before);
}

TEST(Migrator, damagedOrForeignFileGivesClearError)
{
    test::TempDir dir;
    const auto garbage = dir.file("notes.sqlite");
    std::ofstream(garbage) << "These are my notes, not a database. " << std::string(4096, 'x');
    std::string message;
    EXPECT_EQ(openAndMigrate(garbage, message), ErrorCode::Database);
    EXPECT_NE(message.find("not a database"), std::string::npos) << message;
    EXPECT_NE(message.find("notes.sqlite"), std::string::npos) << message;

    const auto foreign = dir.file("other.sqlite");
    {
        Database db(foreign, OpenMode::Create);
        db.exec("CREATE TABLE recipes (name TEXT)");
    }
    EXPECT_EQ(openAndMigrate(foreign, message), ErrorCode::Unsupported);
    EXPECT_NE(message.find("not a Sayline library"), std::string::npos) << message;

    EXPECT_EQ(openAndMigrate(dir.file("missing.sqlite"), message), ErrorCode::NotFound);
}

TEST(Library, folderThatCannotBeCreatedIsAClearError)
{
    test::TempDir dir;
    const auto blocker = dir.file("plain-file");
    std::ofstream(blocker) << "a file where the library folder should be";
    try {
        openLibrary(blocker / "sub" / "library.sqlite", OpenMode::Create);
        FAIL() << "expected an error";
    } catch (const Error& error) {
        EXPECT_EQ(error.code(), ErrorCode::Io);
        EXPECT_NE(std::string(error.what()).find("cannot create the library folder"), std::string::npos)
            << error.what();
    }
}
