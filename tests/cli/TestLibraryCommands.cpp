// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <unistd.h>

#include "CliRunner.h"

using sayline::test::runCli;
using sayline::test::runCliUnprivileged;

namespace {

const std::string kSamples = std::string(SAYLINE_SOURCE_DIR) + "/resources/samples";

/// A library path in a fresh temporary directory.
class LibraryCommands : public ::testing::Test
{
protected:
    void SetUp() override
    {
        static int counter = 0;
        m_dir = std::filesystem::temp_directory_path()
            / ("sayline-cli-library-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
        std::filesystem::create_directories(m_dir);
    }
    void TearDown() override { std::filesystem::remove_all(m_dir); }

    std::string library() const { return " --library " + (m_dir / "library.sqlite").string(); }

    std::filesystem::path m_dir;
};

std::size_t countOf(const std::string& text, const std::string& needle)
{
    std::size_t count = 0;
    for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1))
        ++count;
    return count;
}

} // namespace

TEST_F(LibraryCommands, importingSamplesTwiceAddsNothingTheSecondTime)
{
    const auto first = runCli("import" + library() + " " + kSamples);
    ASSERT_EQ(first.status, 0) << first.err;
    EXPECT_NE(first.out.find(" new, 0 already present, 0 failed"), std::string::npos) << first.out;
    EXPECT_TRUE(first.err.empty()) << first.err; // no progress line when stderr is not a terminal
    const auto second = runCli("import --json" + library() + " " + kSamples);
    ASSERT_EQ(second.status, 0) << second.err;
    EXPECT_NE(second.out.find("\"added\":0,"), std::string::npos) << second.out;
    const auto articles = runCli("articles --json" + library());
    ASSERT_EQ(articles.status, 0) << articles.err;
    EXPECT_GE(countOf(articles.out, "\"title\":"), 17u);
}

TEST_F(LibraryCommands, importOnOneJobStoresWhatImportOnSeveralStores)
{
    const auto one = runCli("import --jobs 1 --library " + (m_dir / "one.sqlite").string() + " " + kSamples);
    const auto three = runCli("import -j 3 --library " + (m_dir / "three.sqlite").string() + " " + kSamples);
    ASSERT_EQ(one.status, 0) << one.err;
    ASSERT_EQ(three.status, 0) << three.err;
    EXPECT_EQ(one.out, three.out);
    EXPECT_EQ(runCli("import --jobs 0" + library() + " " + kSamples).status, 2);
}

TEST_F(LibraryCommands, searchListsWangWenbinsStatementsWithTheArticleDate)
{
    ASSERT_EQ(runCli("import" + library() + " " + kSamples).status, 0);
    const auto result = runCli("search --speaker \"Wang Wenbin\" --json" + library());
    ASSERT_EQ(result.status, 0) << result.err;
    if (result.out == "[]\n")
        GTEST_SKIP() << "no statements extracted (the analysis stages are not merged yet)";
    const std::size_t statements = countOf(result.out, "\"speaker\":\"Wang Wenbin\"");
    EXPECT_GE(statements, 2u) << result.out;
    EXPECT_EQ(countOf(result.out, "\"date\":\"2022-06-15\""), statements) << result.out;
    EXPECT_NE(result.out.find("\"title\":\"US becomes major threat to global internet security"), std::string::npos);

    const auto speakers = runCli("speakers --query wenbin" + library());
    ASSERT_EQ(speakers.status, 0) << speakers.err;
    EXPECT_NE(speakers.out.find("Wang Wenbin"), std::string::npos) << speakers.out;
    EXPECT_NE(speakers.out.find("2022-06-15"), std::string::npos) << speakers.out;
}

TEST_F(LibraryCommands, correctionsThroughTheCommandLineSurviveReanalysis)
{
    ASSERT_EQ(runCli("import" + library() + " " + kSamples + "/global-times-2022-06-15-us-threat.txt").status, 0);
    const auto before = runCli("search --speaker \"Wang Wenbin\" --json" + library());
    ASSERT_EQ(before.status, 0) << before.err;
    std::smatch id;
    if (!std::regex_search(before.out, id, std::regex(R"(\{"id":(\d+))")))
        GTEST_SKIP() << "no statements extracted (the analysis stages are not merged yet)";
    const std::size_t count = countOf(before.out, "\"speaker\":\"Wang Wenbin\"");
    const auto deleted = runCli("delete-statement " + id[1].str() + library());
    ASSERT_EQ(deleted.status, 0) << deleted.err;
    ASSERT_EQ(runCli("reanalyse" + library()).status, 0);
    const auto after = runCli("search --speaker \"Wang Wenbin\" --json" + library());
    EXPECT_EQ(countOf(after.out, "\"speaker\":\"Wang Wenbin\""), count - 1) << after.out;
}

TEST_F(LibraryCommands, aFailedFileIsNamedAndTheRestImported)
{
    const auto result = runCli("import" + library() + " /nonexistent/article.html " + kSamples
                               + "/global-times-2022-06-15-us-threat.txt");
    EXPECT_EQ(result.status, 1);
    EXPECT_NE(result.err.find("/nonexistent/article.html: "), std::string::npos) << result.err;
    EXPECT_NE(result.out.find("1 new, 0 already present, 1 failed"), std::string::npos) << result.out;
}

TEST_F(LibraryCommands, badQueriesAndArgumentsGiveClearErrors)
{
    ASSERT_EQ(runCli("import" + library() + " " + kSamples + "/global-times-2022-06-15-us-threat.txt").status, 0);
    const auto badQuery = runCli("search --text '\"unbalanced'" + library());
    EXPECT_EQ(badQuery.status, 2);
    EXPECT_NE(badQuery.err.find("bad text query"), std::string::npos) << badQuery.err;
    EXPECT_EQ(runCli("search --kind shouted" + library()).status, 2);
    EXPECT_EQ(runCli("search --from 15/06/2022" + library()).status, 2);
    EXPECT_EQ(runCli("show abc" + library()).status, 2);
    const auto missing = runCli("show 9999" + library());
    EXPECT_EQ(missing.status, 1);
    EXPECT_NE(missing.err.find("no article 9999"), std::string::npos) << missing.err;
    const auto merge = runCli("merge 9998 9999" + library());
    EXPECT_EQ(merge.status, 1);
    EXPECT_NE(merge.err.find("no entity"), std::string::npos) << merge.err;
    EXPECT_EQ(runCli("import" + library()).status, 2);
}

TEST_F(LibraryCommands, missingOrForeignLibraryIsAClearError)
{
    const auto missing = runCli("speakers" + library());
    EXPECT_EQ(missing.status, 1);
    EXPECT_NE(missing.err.find("no library at"), std::string::npos) << missing.err;
    const auto garbage = m_dir / "notes.sqlite";
    std::ofstream(garbage) << "my notes, not a database " << std::string(4096, '.');
    const auto notALibrary = runCli("search --text x --library " + garbage.string());
    EXPECT_EQ(notALibrary.status, 1);
    EXPECT_NE(notALibrary.err.find("not a database"), std::string::npos) << notALibrary.err;
}

TEST_F(LibraryCommands, showPrintsTheArticleWithItsAnnotations)
{
    ASSERT_EQ(runCli("import" + library() + " " + kSamples + "/global-times-2022-06-15-us-threat.txt").status, 0);
    const auto human = runCli("show 1" + library());
    ASSERT_EQ(human.status, 0) << human.err;
    EXPECT_NE(human.out.find("Article 1: US becomes major threat"), std::string::npos) << human.out;
    const auto json = runCli("show 1 --json" + library());
    ASSERT_EQ(json.status, 0) << json.err;
    EXPECT_NE(json.out.find("\"statements\":["), std::string::npos);
    EXPECT_NE(json.out.find("\"body\":\""), std::string::npos);
}

TEST_F(LibraryCommands, importOfAFolderSkipsItsReadmeLikeTheReader)
{
    const auto imported = runCli("import --json" + library() + " " + std::string(SAYLINE_TEST_DATA) + "/app/folder");
    ASSERT_EQ(imported.status, 0) << imported.err;
    EXPECT_NE(imported.out.find("\"added\":3,"), std::string::npos) << imported.out;
    const auto articles = runCli("articles --json" + library());
    ASSERT_EQ(articles.status, 0) << articles.err;
    EXPECT_EQ(articles.out.find("README"), std::string::npos) << articles.out;
}

TEST_F(LibraryCommands, anUnreadableSubfolderIsAFailureNotASilentSkip)
{
    const auto folder = m_dir / "articles";
    std::filesystem::create_directories(folder / "locked");
    std::filesystem::copy_file(kSamples + "/global-times-2022-06-15-us-threat.txt", folder / "threat.txt");
    std::filesystem::copy_file(kSamples + "/global-times-2022-06-15-us-threat.txt", folder / "locked" / "copy.txt");
    std::filesystem::permissions(folder / "locked", std::filesystem::perms::none);
    std::filesystem::permissions(m_dir, std::filesystem::perms::all); // the unprivileged run creates the library
    const auto imported = runCliUnprivileged("import" + library() + " " + folder.string());
    std::filesystem::permissions(folder / "locked", std::filesystem::perms::owner_all);
    EXPECT_EQ(imported.status, 1);
    EXPECT_NE(imported.out.find("1 new, 0 already present, 1 failed"), std::string::npos) << imported.out;
    EXPECT_NE(imported.err.find((folder / "locked").string() + ": cannot read folder: Permission denied"),
              std::string::npos)
        << imported.err;
}

TEST_F(LibraryCommands, aReadOnlyLibraryIsListedSearchedAndExportedWithANote)
{
    ASSERT_EQ(runCli("import" + library() + " " + kSamples).status, 0);
    const auto file = m_dir / "library.sqlite";
    ASSERT_EQ(runCli("articles" + library()).status, 0); // the last connection checkpoints and removes the WAL
    std::filesystem::remove(file.string() + "-wal");
    std::filesystem::remove(file.string() + "-shm");
    using std::filesystem::perms;
    std::filesystem::permissions(file, perms::owner_read | perms::group_read | perms::others_read);
    std::filesystem::permissions(m_dir,
                                 perms::owner_read | perms::owner_exec | perms::group_read | perms::group_exec
                                     | perms::others_read | perms::others_exec);
    const std::string note = "is read-only (";
    const auto articles = runCliUnprivileged("articles" + library());
    EXPECT_EQ(articles.status, 0) << articles.err;
    EXPECT_NE(articles.out.find("major threat"), std::string::npos) << articles.out;
    EXPECT_NE(articles.err.find(note), std::string::npos) << articles.err;
    const auto search = runCliUnprivileged("search --speaker 'Wang Wenbin'" + library());
    EXPECT_EQ(search.status, 0) << search.err;
    EXPECT_NE(search.out.find("Wang Wenbin"), std::string::npos) << search.out;
    const auto exported = runCliUnprivileged("export --speaker 'Wang Wenbin' --format csv --output -" + library());
    EXPECT_EQ(exported.status, 0) << exported.err;
    EXPECT_NE(exported.out.find("Wang Wenbin"), std::string::npos) << exported.out;
    const auto refused = runCliUnprivileged("import" + library() + " " + kSamples);
    EXPECT_EQ(refused.status, 1);
    EXPECT_NE(refused.err.find("this needs write access"), std::string::npos) << refused.err;
    std::filesystem::permissions(m_dir, perms::owner_all, std::filesystem::perm_options::add);
}
