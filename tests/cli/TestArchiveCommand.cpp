// SPDX-License-Identifier: GPL-3.0-or-later
// sayline-cli on a team archive (--library postgresql://...), on a fresh database of the test server.
#include <gtest/gtest.h>

#include <regex>

#include "CliRunner.h"
#include "TestArchive.h"

using sayline::test::runCli;

namespace {

const std::string kSamples = std::string(SAYLINE_SOURCE_DIR) + "/resources/samples";

std::size_t countOf(const std::string& text, const std::string& needle)
{
    std::size_t count = 0;
    for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + needle.size()))
        ++count;
    return count;
}

} // namespace

TEST(ArchiveCommand, refusesAnArchiveAddressWithAPasswordWithoutConnecting)
{
    const auto result = runCli("search --library postgresql://alice:s3cret@127.0.0.1:1/newsroom --speaker Wang");
    EXPECT_NE(result.status, 0);
    EXPECT_NE(result.err.find("~/.pgpass"), std::string::npos) << result.err;
    EXPECT_EQ(result.err.find("s3cret"), std::string::npos) << result.err;
    EXPECT_EQ(result.err.find("cannot connect"), std::string::npos) << result.err;
}

TEST(ArchiveCommand, initImportAndSearchAnArchive)
{
    SAYLINE_REQUIRE_POSTGRES();
    sayline::test::TestDatabase database(*sayline::test::testPostgresAdmin());
    const std::string archive = " --library " + database.uri();

    const auto init = runCli("archive init" + archive);
    ASSERT_EQ(init.status, 0) << init.err;
    EXPECT_NE(init.out.find(database.name() + "_analyst"), std::string::npos) << init.out;
    EXPECT_EQ(runCli("archive init" + archive).status, 0) << "init twice changes nothing";

    const auto imported = runCli("import -q" + archive + " " + kSamples);
    ASSERT_EQ(imported.status, 0) << imported.err;
    const auto again = runCli("import -q" + archive + " " + kSamples);
    ASSERT_EQ(again.status, 0) << again.err;
    EXPECT_EQ(again.out.rfind("0 new, ", 0), 0u) << again.out;

    const auto found = runCli("search" + archive + " --speaker \"Wang Wenbin\"");
    ASSERT_EQ(found.status, 0) << found.err;
    EXPECT_NE(found.out.find("Wang Wenbin"), std::string::npos) << found.out;

    const auto analyst = database.loginRole("ann", database.name() + "_analyst");
    const auto refused = runCli("import -q --library " + database.uri(analyst) + " " + kSamples);
    EXPECT_NE(refused.status, 0);
    EXPECT_NE(refused.err.find("read-only archive"), std::string::npos) << refused.err;
}

TEST(ArchiveCommand, correctionsOnAnArchiveNameTheVersionAndSurviveReanalysis)
{
    SAYLINE_REQUIRE_POSTGRES();
    sayline::test::TestDatabase database(*sayline::test::testPostgresAdmin());
    const std::string archive = " --library " + database.uri();
    ASSERT_EQ(runCli("archive init" + archive).status, 0);
    ASSERT_EQ(runCli("import -q" + archive + " " + kSamples + "/global-times-2022-06-15-us-threat.txt").status, 0);
    const auto before = runCli("search --speaker \"Wang Wenbin\" --json" + archive);
    ASSERT_EQ(before.status, 0) << before.err;
    std::smatch first;
    ASSERT_TRUE(std::regex_search(before.out, first, std::regex(R"(\{"id":(\d+).*?"version":(\d+))"))) << before.out;
    const std::size_t count = countOf(before.out, "\"speaker\":\"Wang Wenbin\"");
    ASSERT_GE(count, 2u) << before.out;
    const std::string id = first[1].str();
    EXPECT_EQ(first[2].str(), "1");

    const auto reassigned = runCli("reassign --seen-version 1 " + id + " \"Wang Wenbin\"" + archive);
    ASSERT_EQ(reassigned.status, 0) << reassigned.err;
    // A second correction on the version first seen: a conflict naming who speaks it now, nothing changed.
    const auto stale = runCli("delete-statement --seen-version 1 " + id + archive);
    EXPECT_EQ(stale.status, 1);
    EXPECT_NE(stale.err.find("now spoken by Wang Wenbin (version 2, you saw version 1)"), std::string::npos)
        << stale.err;
    const auto deleted = runCli("delete-statement --seen-version 2 " + id + archive);
    ASSERT_EQ(deleted.status, 0) << deleted.err;

    const auto reanalysed = runCli("reanalyse -q" + archive);
    ASSERT_EQ(reanalysed.status, 0) << reanalysed.err;
    EXPECT_EQ(reanalysed.out.rfind("re-analysed 1 articles", 0), 0u) << reanalysed.out;
    const auto after = runCli("search --speaker \"Wang Wenbin\" --json" + archive);
    EXPECT_EQ(countOf(after.out, "\"speaker\":\"Wang Wenbin\""), count - 1) << after.out;
}
