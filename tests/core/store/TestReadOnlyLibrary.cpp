// SPDX-License-Identifier: GPL-3.0-or-later
// A library the user cannot write (a shared copy, a read-only folder) is opened read-only for reading and
// changed by nothing; writing to it is refused with the reason. A SQLite file that is not a library is left
// exactly as it was.
#include <gtest/gtest.h>

#include <sqlite3.h>

#include <fstream>
#include <sstream>

#include "ArticleWriter.h"
#include "ChildProcess.h"
#include "Library.h"
#include "StoreFixtures.h"
#include "model/Error.h"

using namespace sayline;
using namespace sayline::store;

namespace {

using test::slurp;

/// A library of two articles, checkpointed and closed (no -wal, no -shm left).
void writeLibrary(const std::filesystem::path& file)
{
    {
        auto db = openLibrary(file, OpenMode::Create);
        ArticleWriter writer(db);
        writer.add(test::makeArticle("Threat", "2022-06-15", { { "Wang Wenbin", "The US is a threat", { "NSA" } } }),
                   "hash-1");
        writer.add(test::makeArticle("Reply", "2022-06-16", { { "Ned Price", "We reject that", {} } }), "hash-2");
        db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    std::filesystem::remove(file.string() + "-wal");
    std::filesystem::remove(file.string() + "-shm");
}

/// In an unprivileged child: 0 when the library opens read-only and lists its two articles, else a code
/// saying what went wrong.
int readAsUnprivilegedUser(const std::filesystem::path& file)
{
    return test::runUnprivileged([&] {
        try {
            auto db = openLibrary(file, OpenMode::Read);
            if (!db.readOnly())
                return 2;
            auto query = db.prepare("SELECT count(*) FROM articles");
            query.step();
            return query.columnInt(0) == 2 ? 0 : 3;
        } catch (const Error&) {
            return 4;
        }
    });
}

/// In an unprivileged child: 0 when opening for writing is refused as read-only.
int writeAsUnprivilegedUser(const std::filesystem::path& file, OpenMode mode)
{
    return test::runUnprivileged([&] {
        try {
            openLibrary(file, mode);
            return 2;
        } catch (const Error& error) {
            return std::string(error.what()).find("is read-only") != std::string::npos ? 0 : 3;
        }
    });
}

std::vector<std::string> folderEntries(const std::filesystem::path& folder)
{
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(folder))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace

TEST(ReadOnlyLibrary, aLibraryInAReadOnlyFolderIsReadAndLeftUntouched)
{
    test::TempDir dir;
    const auto shared = dir.file("shared");
    std::filesystem::create_directories(shared);
    const auto file = shared / "library.sqlite";
    writeLibrary(file);
    const std::string before = slurp(file);
    std::filesystem::permissions(file,
                                 std::filesystem::perms::owner_read | std::filesystem::perms::group_read
                                     | std::filesystem::perms::others_read);
    std::filesystem::permissions(shared,
                                 std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec
                                     | std::filesystem::perms::group_read | std::filesystem::perms::group_exec
                                     | std::filesystem::perms::others_read | std::filesystem::perms::others_exec);
    EXPECT_EQ(readAsUnprivilegedUser(file), 0);
    EXPECT_EQ(writeAsUnprivilegedUser(file, OpenMode::Existing), 0);
    EXPECT_EQ(writeAsUnprivilegedUser(file, OpenMode::Create), 0);
    std::filesystem::permissions(shared, std::filesystem::perms::owner_all, std::filesystem::perm_options::add);
    EXPECT_EQ(slurp(file), before);
    EXPECT_EQ(folderEntries(shared), std::vector<std::string> { "library.sqlite" });
}

TEST(ReadOnlyLibrary, aReadOnlyFileInAWritableFolderIsRead)
{
    test::TempDir dir;
    const auto file = dir.file("library.sqlite");
    writeLibrary(file);
    const std::string before = slurp(file);
    std::filesystem::permissions(file,
                                 std::filesystem::perms::owner_read | std::filesystem::perms::group_read
                                     | std::filesystem::perms::others_read);
    // nobody may create the -shm file beside it, as the owner could
    std::filesystem::permissions(dir.path(), std::filesystem::perms::all);
    EXPECT_EQ(readAsUnprivilegedUser(file), 0);
    EXPECT_EQ(writeAsUnprivilegedUser(file, OpenMode::Existing), 0);
    EXPECT_EQ(slurp(file), before);
}

TEST(ReadOnlyLibrary, aForeignSqliteFileIsRefusedWithoutBeingChanged)
{
    test::TempDir dir;
    const auto foreign = dir.file("recipes.sqlite");
    {
        sqlite3* raw = nullptr;
        ASSERT_EQ(sqlite3_open(foreign.c_str(), &raw), SQLITE_OK);
        ASSERT_EQ(sqlite3_exec(raw, "CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup');", nullptr,
                               nullptr, nullptr),
                  SQLITE_OK);
        sqlite3_close(raw);
    }
    const std::string before = slurp(foreign);
    ASSERT_EQ(before[18], 1); // the rollback journal, not WAL
    for (const OpenMode mode : { OpenMode::Create, OpenMode::Existing, OpenMode::Read }) {
        try {
            openLibrary(foreign, mode);
            ADD_FAILURE() << "a foreign database was accepted";
        } catch (const Error& error) {
            EXPECT_EQ(error.code(), ErrorCode::Unsupported);
            EXPECT_NE(std::string(error.what()).find("not a Sayline library"), std::string::npos) << error.what();
        }
        EXPECT_EQ(slurp(foreign), before);
        EXPECT_FALSE(std::filesystem::exists(foreign.string() + "-wal"));
    }
}
