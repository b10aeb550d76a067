// SPDX-License-Identifier: GPL-3.0-or-later
// --read-library: searches go to a streaming replica of the archive (scripts/test-postgres --replica), writes to
// the primary; a write sent to the replica is refused as read-only.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <thread>

#include "CliRunner.h"
#include "TestArchive.h"
#include "store/postgresql/PgConnection.h"

using sayline::test::runCli;

namespace {

const std::string kSamples = std::string(SAYLINE_SOURCE_DIR) + "/resources/samples";
const std::string kReference = kSamples + "/global-times-2022-06-15-us-threat.txt";

/// SAYLINE_TEST_POSTGRES_REPLICA, or nullopt.
std::optional<std::string> replicaAdmin()
{
    const char* uri = std::getenv("SAYLINE_TEST_POSTGRES_REPLICA");
    if (!uri || !*uri)
        return std::nullopt;
    return std::string(uri);
}

/// Waits (at most 30 s) until the replica has replayed everything the primary has written so far.
bool waitForReplay(const std::string& primary, const std::string& replica)
{
    using namespace sayline::store::postgresql;
    const std::string target = PgConnection(primary).query("SELECT pg_current_wal_lsn()::text").text(0, 0);
    PgConnection standby(replica);
    for (int attempt = 0; attempt < 300; ++attempt) {
        if (standby.query("SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn", { target }).boolean(0, 0))
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return false;
}

} // namespace

TEST(ReadLibrary, searchesOnTheReplicaFindWhatWasImportedIntoThePrimaryAndWritesThereAreRefused)
{
    SAYLINE_REQUIRE_POSTGRES();
    const auto replica = replicaAdmin();
    if (!replica) {
        if (sayline::test::postgresRequired())
            FAIL() << "SAYLINE_TEST_POSTGRES_REPLICA is not set under CI=true: scripts/test runs "
                      "scripts/test-postgres --replica";
        GTEST_SKIP() << "no streaming replica (run scripts/test-postgres --replica ...)";
    }
    sayline::test::TestDatabase database(*sayline::test::testPostgresAdmin());
    const std::string primary = database.uri();
    const std::string standby = sayline::test::testDatabaseUri(*replica, database.name());

    ASSERT_EQ(runCli("archive init --library " + primary).status, 0);
    const auto imported = runCli("import -q --library " + primary + " " + kReference);
    ASSERT_EQ(imported.status, 0) << imported.err;
    ASSERT_TRUE(waitForReplay(primary, *replica));

    // The search reads the replica only: --library names a primary that does not exist.
    // The replayed transactions may become visible to a new standby session a moment after the replay position
    // passes them: ask again for a while (a bounded wait, not a timing assertion).
    auto search = [&] {
        return runCli("search --library postgresql://nobody@127.0.0.1:1/nowhere --read-library " + standby
                      + " --speaker \"Wang Wenbin\"");
    };
    auto found = search();
    for (int attempt = 0; attempt < 100 && found.status == 0 && found.out.find("Wang Wenbin") == std::string::npos;
         ++attempt) {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        found = search();
    }
    ASSERT_EQ(found.status, 0) << found.err;
    EXPECT_NE(found.out.find("Wang Wenbin"), std::string::npos) << found.out;
    const auto speakers = runCli("speakers --library " + primary + " --read-library " + standby);
    ASSERT_EQ(speakers.status, 0) << speakers.err;
    EXPECT_NE(speakers.out.find("Wang Wenbin"), std::string::npos) << speakers.out;

    // A hot standby takes no writes: the import says so before it analyses anything.
    const auto refused = runCli("import -q --library " + standby + " " + kSamples);
    EXPECT_NE(refused.status, 0);
    EXPECT_NE(refused.err.find("read-only archive"), std::string::npos) << refused.err;
    EXPECT_NE(refused.err.find("standby"), std::string::npos) << refused.err;
}
