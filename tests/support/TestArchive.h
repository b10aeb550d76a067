// SPDX-License-Identifier: GPL-3.0-or-later
// A fresh database on the throw-away PostgreSQL server of scripts/test-postgres, for the team-archive tests.
#pragma once

#include <atomic>
#include <cstdlib>
#include <optional>
#include <random>
#include <string>
#include <unistd.h>
#include <vector>

#include <gtest/gtest.h>

#include "store/postgresql/PgConnection.h"

namespace sayline::test {

/// SAYLINE_TEST_POSTGRES (a superuser URI on the test server), or nullopt.
inline std::optional<std::string> testPostgresAdmin()
{
    const char* uri = std::getenv("SAYLINE_TEST_POSTGRES");
    if (!uri || !*uri)
        return std::nullopt;
    return std::string(uri);
}

/// Whether a missing test server fails the test (CI=true: every backend test must run) or skips it (a developer
/// running one test binary by hand).
inline bool postgresRequired()
{
    const char* ci = std::getenv("CI");
    return ci && std::string(ci) == "true";
}

/// The URI of a database on the test server: the admin URI with another database name.
inline std::string testDatabaseUri(const std::string& admin, const std::string& database, const std::string& user = {})
{
    std::string uri = admin.substr(0, admin.rfind('/') + 1) + database;
    if (!user.empty()) {
        const std::size_t scheme = uri.find("://") + 3;
        const std::size_t at = uri.find('@', scheme);
        uri = uri.substr(0, scheme) + user + (at == std::string::npos ? "@" : "") + uri.substr(at == std::string::npos ? scheme : at);
    }
    return uri;
}

/// A new, empty database created for one test and dropped after it (with its connections).
class TestDatabase
{
public:
    explicit TestDatabase(std::string admin)
        : m_admin(std::move(admin))
    {
        static std::atomic<int> counter { 0 };
        std::random_device random;
        m_name = "sayline_t" + std::to_string(::getpid()) + "_" + std::to_string(counter++) + "_"
            + std::to_string(random() % 100000);
        store::postgresql::PgConnection connection(m_admin);
        // template0: template1 may be in use by a concurrent test, which CREATE DATABASE refuses.
        connection.exec("CREATE DATABASE " + m_name + " TEMPLATE template0 ENCODING 'UTF8'");
    }
    ~TestDatabase()
    {
        try {
            store::postgresql::PgConnection connection(m_admin);
            connection.exec("DROP DATABASE IF EXISTS " + m_name + " WITH (FORCE)");
            for (const std::string& role : m_roles)
                connection.exec("DROP ROLE IF EXISTS " + role);
            connection.exec("DROP ROLE IF EXISTS " + m_name + "_analyst");
            connection.exec("DROP ROLE IF EXISTS " + m_name + "_editor");
        } catch (...) {
            // The server is going away with the test run.
        }
    }
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    const std::string& name() const { return m_name; }
    /// The database's URI as the superuser, or as another role.
    std::string uri(const std::string& user = {}) const { return testDatabaseUri(m_admin, m_name, user); }
    const std::string& admin() const { return m_admin; }
    /// A new login role "<database>_<suffix>", member of the given group role (if any); dropped with the database.
    std::string loginRole(const std::string& suffix, const std::string& memberOf = {})
    {
        const std::string role = m_name + "_" + suffix;
        store::postgresql::PgConnection connection(m_admin);
        connection.exec("CREATE ROLE " + role + " LOGIN");
        if (!memberOf.empty())
            connection.exec("GRANT " + memberOf + " TO " + role);
        m_roles.push_back(role);
        return role;
    }

private:
    std::string m_admin;
    std::string m_name;
    std::vector<std::string> m_roles;
};

} // namespace sayline::test

/// Skips the test when no test server runs, or fails it under CI=true (scripts/test always starts one).
#define SAYLINE_REQUIRE_POSTGRES()                                                                                     \
    do {                                                                                                               \
        if (!::sayline::test::testPostgresAdmin()) {                                                                   \
            if (::sayline::test::postgresRequired())                                                                   \
                FAIL() << "SAYLINE_TEST_POSTGRES is not set under CI=true: run the tests with scripts/test "          \
                          "(scripts/test-postgres starts the server)";                                                \
            GTEST_SKIP() << "no PostgreSQL test server (run scripts/test-postgres ctest ...)";                          \
        }                                                                                                              \
    } while (false)
