// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sayline::store::postgresql {

class PgConnection;

/// One schema step of the archive: resources/sql/postgresql/NNNN_name.sql brings it to version NNNN.
struct PgMigration
{
    int version = 0;
    std::string name;
    std::string_view sql;
};

/// Brings an archive database to the schema this build knows. The version lives in the one-row table
/// sayline_schema; each step runs in its own transaction that also records it, under an advisory lock, so two
/// Sayline processes opening a new archive at once apply every step once. An archive from a newer Sayline, or a
/// database with tables that is not an archive, is refused and left untouched.
class PgMigrator
{
public:
    explicit PgMigrator(PgConnection& connection);

    static const std::vector<PgMigration>& migrations();
    static int latestVersion();

    /// 0 for an empty database.
    int currentVersion();
    /// Throws when this build cannot use the database (newer version, foreign database).
    void checkCompatible();
    /// Applies the missing steps. Throws sayline::Error when refused.
    void migrate();

private:
    PgConnection& m_connection;
};

} // namespace sayline::store::postgresql
