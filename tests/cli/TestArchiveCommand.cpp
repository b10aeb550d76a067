// SPDX-License-Identifier: GPL-3.0-or-later
// sayline-cli on a team archive (--library postgresql://...), on a fresh database of the test server.
#include <gtest/gtest.h>

#include "CliRunner.h"
#include "TestArchive.h"

using sayline::test::runCli;

namespace {

const std::string kSamples = std::string(SAYLINE_SOURCE_DIR) + "/resources/samples";

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
