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
            = batch
                  ->add(test::makeArticle("New article", "2022-06-16", { { "Wang Wenbin", "Sanctions hurt", {} } }),
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

namespace {

std::int64_t scalar(Database& db, const std::string& sql)
{
    auto query = db.prepare(sql);
    query.step();
    return query.columnInt(0);
}

/// Throws unless the statement fails (a CHECK constraint refusing the row).
bool refused(Database& db, const std::string& sql)
{
    try {
        db.exec(sql);
    } catch (const Error&) {
        return true;
    }
    return false;
}

} // namespace

TEST(Migrator, version7RebuildsTheCheckedTablesKeepingEveryRowReferenceIndexAndFullTextEntry)
{
    // Version 7 rebuilds statements, entities and corrections (their IN-list CHECKs become OR chains). A library
    // of version 6 with rows in every table that references them comes through whole.
    test::TempDir dir;
    const auto file = dir.file("library.sqlite");
    const char* tables[]
        = { "articles",   "entities",          "entity_aliases", "entity_roles", "article_entities", "mentions",
            "statements", "statement_targets", "dates",          "corrections",  "statements_fts",   "articles_fts" };
    std::vector<std::int64_t> before;
    {
        Database db(file, OpenMode::Create);
        Migrator(db).migrate(6);
        db.exec(
            "INSERT INTO articles (id, content_hash, file, title, body, date, analysis_format) VALUES "
            "(1, 'h1', 'a.txt', 'Old article', 'Wang Wenbin said the NSA hacked servers. Hua Chunying said "
            "Washington lied.', '2022-06-15', 2), (2, 'h2', 'b.txt', 'Other', 'Nothing said.', '2022-06-16', 2);"
            "INSERT INTO articles_fts (rowid, title, body) SELECT id, title, body FROM articles;"
            "INSERT INTO entities (id, type, name, name_key) VALUES (1, 'person', 'Wang Wenbin', 'wang wenbin'), "
            "(2, 'organization', 'NSA', 'nsa'), (3, 'person', 'Hua Chunying', 'hua chunying'), "
            "(4, 'location', 'Washington', 'washington');"
            "INSERT INTO entity_aliases (entity_id, alias, alias_key) VALUES (1, 'Wang', 'wang');"
            "INSERT INTO entity_roles (entity_id, role, role_key) VALUES (1, 'Spokesperson', 'spokesperson');"
            "INSERT INTO article_entities (id, article_id, local_id, entity_id, type, name, name_key) VALUES "
            "(1, 1, 'E1', 1, 'person', 'Wang Wenbin', 'wang wenbin'), (2, 1, 'E2', 2, 'organization', 'NSA', 'nsa');"
            "INSERT INTO mentions (article_entity_id, start, end) VALUES (1, 0, 11), (2, 21, 24);"
            "INSERT INTO statements (id, article_id, local_id, speaker_id, speaker_text, cue, kind, claim_type, "
            "content, start, end, date, speaker_local_id, about_local, attribution_sieve) VALUES "
            "(7, 1, 'S1', 1, 'Wang Wenbin', 'said', 'indirect', 'accusation', 'the NSA hacked servers', 17, 39, "
            "'2022-06-15', 'E1', 'E2', 'name-cue'), "
            "(9, 1, 'S2', 3, 'Hua Chunying', 'said', 'mixed', 'accusation', 'Washington lied', 58, 73, "
            "'2022-06-15', NULL, '', '');"
            "INSERT INTO statements_fts (rowid, content) SELECT id, content FROM statements;"
            "INSERT INTO statement_targets (statement_id, entity_id) VALUES (7, 2), (9, 4);"
            "INSERT INTO dates (article_id, text, start, end, type, value) VALUES (1, 'Monday', 0, 6, 'DATE', "
            "'2022-06-13');"
            "INSERT INTO corrections (kind, article_id, span_start, span_end, entity_id, detail) VALUES "
            "('reassign', 1, 17, 39, 1, ''), ('rename', NULL, NULL, NULL, 3, 'Hua');");
        for (const char* table : tables)
            before.push_back(scalar(db, std::string("SELECT count(*) FROM ") + table));
    }
    Database db(file, OpenMode::Existing);
    Migrator(db).migrate();
    ASSERT_EQ(db.userVersion(), Migrator::latestVersion());
    for (std::size_t i = 0; i < before.size(); ++i)
        EXPECT_EQ(scalar(db, std::string("SELECT count(*) FROM ") + tables[i]), before[i]) << tables[i];
    EXPECT_EQ(scalar(db, "PRAGMA foreign_keys"), 1);
    EXPECT_FALSE(db.prepare("PRAGMA foreign_key_check").step());
    EXPECT_EQ(scalar(db, "SELECT count(*) FROM sqlite_schema WHERE sql LIKE '% IN (%' AND type = 'table'"), 0);
    for (const char* name : { "statements_speaker_date", "statements_article", "statements_date", "entities_name_key",
                              "corrections_article", "corrections_entity", "statements_fts_delete",
                              "statements_fts_update", "statements_text" })
        EXPECT_EQ(scalar(db, std::string("SELECT count(*) FROM sqlite_schema WHERE name = '") + name + "'"), 1) << name;
    db.exec("INSERT INTO statements_fts (statements_fts) VALUES ('integrity-check')");

    // The same rows under the same ids; the full-text index finds them with their snippets and speakers.
    SearchQuery query;
    query.text = "hacked";
    auto hits = StatementSearch(db).run(query);
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(hits[0].id, 7);
    EXPECT_EQ(hits[0].snippet, "the NSA [hacked] servers");
    query.text.reset();
    query.speaker = "spokesperson";
    hits = StatementSearch(db).run(query);
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(hits[0].about.size(), 1u);
    EXPECT_EQ(scalar(db, "SELECT count(*) FROM statements WHERE id = 9 AND kind = 'mixed' AND speaker_id = 3"), 1);

    // The constraints allow exactly what they allowed.
    EXPECT_TRUE(refused(db, "UPDATE statements SET kind = 'quoted' WHERE id = 7"));
    EXPECT_TRUE(refused(db, "UPDATE entities SET type = 'event' WHERE id = 1"));
    EXPECT_TRUE(refused(db, "UPDATE corrections SET kind = 'undo' WHERE id = 1"));
    EXPECT_FALSE(refused(db, "UPDATE statements SET kind = 'direct' WHERE id = 7"));
    EXPECT_FALSE(refused(db, "UPDATE entities SET type = 'misc' WHERE id = 4"));
    EXPECT_FALSE(refused(db, "UPDATE corrections SET kind = 'pin' WHERE id = 2"));

    // The references still act: deleting the article takes its statements, targets, corrections and full-text rows.
    db.exec("DELETE FROM articles WHERE id = 1");
    EXPECT_EQ(scalar(db, "SELECT count(*) FROM statements"), 0);
    EXPECT_EQ(scalar(db, "SELECT count(*) FROM statement_targets"), 0);
    EXPECT_EQ(scalar(db, "SELECT count(*) FROM corrections WHERE article_id IS NOT NULL"), 0);
    EXPECT_EQ(scalar(db, "SELECT count(*) FROM statements_fts WHERE statements_fts MATCH 'hacked'"), 0);
    db.exec("INSERT INTO statements_fts (statements_fts) VALUES ('integrity-check')");
}

TEST(Migrator, aLibraryWithADanglingReferenceWrittenBeforeStillUpgradesAndKeepsIt)
{
    // The rebuild checks that it leaves no new dangling reference; one the library already had (written with
    // foreign keys off) does not stop the upgrade.
    test::TempDir dir;
    const auto file = dir.file("library.sqlite");
    {
        Database db(file, OpenMode::Create);
        Migrator(db).migrate(6);
        db.exec("PRAGMA foreign_keys=OFF");
        db.exec("INSERT INTO entities (id, type, name, name_key) VALUES (1, 'person', 'Ann Lee', 'ann lee');"
                "INSERT INTO statement_targets (statement_id, entity_id) VALUES (999, 1);");
    }
    Database db(file, OpenMode::Existing);
    Migrator(db).migrate();
    EXPECT_EQ(db.userVersion(), Migrator::latestVersion());
    EXPECT_EQ(scalar(db, "SELECT count(*) FROM statement_targets WHERE statement_id = 999"), 1);
    EXPECT_EQ(scalar(db, "PRAGMA foreign_keys"), 1);
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
