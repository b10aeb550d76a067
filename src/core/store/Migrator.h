// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sayline::store {

class Database;

/// One schema step: resources/sql/sqlite/NNNN_name.sql brings the schema to version NNNN.
struct Migration
{
    int version = 0;
    std::string name;
    std::string_view sql;
};

/// Brings a library to the schema this build knows. Each step runs in its own transaction that also sets
/// PRAGMA user_version, so a failed step leaves the library at the previous version. A library from a newer
/// Sayline, or a database that is not a Sayline library, is refused and left untouched.
class Migrator
{
public:
    explicit Migrator(Database& db);

    /// The compiled-in migrations, by version (1, 2, ...).
    static const std::vector<Migration>& migrations();
    static int latestVersion();

    int currentVersion();
    /// Applies the missing steps up to target (default: the latest). Throws sayline::Error when refused.
    void migrate(int target = -1);
    /// Throws when this build cannot use the library (newer version, foreign database).
    void checkCompatible();

private:
    Database& m_db;
};

} // namespace sayline::store
