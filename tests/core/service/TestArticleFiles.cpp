// SPDX-License-Identifier: GPL-3.0-or-later
// One rule for which files of a folder are articles, for the CLI's import and the GUI's alike; nothing of a
// folder is skipped without saying so.
#include <gtest/gtest.h>

#include <sys/stat.h>

#include <fstream>

#include "ChildProcess.h"
#include "ServiceFixtures.h"
#include "service/ArticleFiles.h"

using namespace sayline;
using namespace sayline::service;

namespace {

void touch(const std::filesystem::path& file)
{
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file) << "The minister said so.\n";
}

std::vector<std::string> namesOf(const std::vector<std::filesystem::path>& files, const std::filesystem::path& base)
{
    std::vector<std::string> names;
    for (const auto& file : files)
        names.push_back(std::filesystem::relative(file, base).string());
    return names;
}

} // namespace

TEST(ArticleFiles, documentationHiddenAndUnknownFilesAreNotArticles)
{
    EXPECT_TRUE(isArticleFile("news/2022-06-15.txt"));
    EXPECT_TRUE(isArticleFile("page.HTML"));
    EXPECT_TRUE(isArticleFile("wire.feed"));
    EXPECT_FALSE(isArticleFile("README.md"));
    EXPECT_FALSE(isArticleFile("LICENSE.txt"));
    EXPECT_FALSE(isArticleFile("Sources.md"));
    EXPECT_FALSE(isArticleFile(".draft.txt"));
    EXPECT_FALSE(isArticleFile("photo.jpg"));
    EXPECT_FALSE(isArticleFile("notes.json"));
}

TEST(ArticleFiles, aFolderGivesItsArticlesInNameOrderAndANamedFileIsReadWhateverItsName)
{
    test::ServiceTempDir dir;
    const auto folder = dir.file("collection");
    touch(folder / "b.txt");
    touch(folder / "a.html");
    touch(folder / "README.md");
    touch(folder / "sub" / "c.md");
    touch(folder / ".hidden" / "d.txt");
    touch(folder / "image.png");
    touch(dir.file("README.md"));
    const ArticleFileList list = collectArticleFiles({ folder, dir.file("README.md") });
    EXPECT_TRUE(list.failures.empty());
    const std::vector<std::string> expected { "collection/a.html", "collection/b.txt", "collection/sub/c.md",
                                              "README.md" };
    EXPECT_EQ(namesOf(list.files, dir.file("")), expected);
}

TEST(ArticleFiles, missingInputsEmptyFoldersAndOddEntriesAreFailuresWithAReason)
{
    test::ServiceTempDir dir;
    const auto empty = dir.file("empty");
    std::filesystem::create_directories(empty);
    const auto folder = dir.file("folder");
    touch(folder / "kept.txt");
    ASSERT_EQ(::mkfifo((folder / "pipe.txt").c_str(), 0600), 0);
    std::filesystem::create_symlink(folder / "gone.txt", folder / "dangling.txt");
    const ArticleFileList list = collectArticleFiles({ dir.file("missing.txt"), empty, folder });
    ASSERT_EQ(list.files.size(), 1u);
    EXPECT_EQ(list.files[0].filename(), "kept.txt");
    ASSERT_EQ(list.failures.size(), 4u);
    EXPECT_EQ(list.failures[0].reason, "no such file or directory");
    EXPECT_EQ(list.failures[1].reason, "no article files in this folder");
    std::map<std::string, std::string> reasons;
    for (std::size_t i = 2; i < 4; ++i)
        reasons[std::filesystem::path(list.failures[i].file).filename().string()] = list.failures[i].reason;
    EXPECT_EQ(reasons["pipe.txt"], "not a regular file");
    EXPECT_EQ(reasons["dangling.txt"], "broken symbolic link");
}

TEST(ArticleFiles, anUnreadableSubfolderIsAFailureWithItsReason)
{
    test::ServiceTempDir dir;
    const auto folder = dir.file("folder");
    touch(folder / "a.txt");
    touch(folder / "locked" / "b.txt");
    std::filesystem::permissions(folder / "locked", std::filesystem::perms::none);
    // In a child without special rights (root reads any folder): 0 when the walk finds a.txt and reports the
    // locked subfolder with the reason.
    const int result = test::runUnprivileged([&] {
        const ArticleFileList list = collectArticleFiles({ folder });
        if (list.files.size() != 1 || list.files[0].filename() != "a.txt")
            return 2;
        if (list.failures.size() != 1 || list.failures[0].file != (folder / "locked").string())
            return 3;
        return list.failures[0].reason == "cannot read folder: Permission denied" ? 0 : 4;
    });
    std::filesystem::permissions(folder / "locked", std::filesystem::perms::owner_all);
    EXPECT_EQ(result, 0);
}
