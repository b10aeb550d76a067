// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgMigrator.h"

#include <algorithm>
#include <cstdlib>

#include "PgConnection.h"
#include "model/Error.h"

namespace sayline::store::postgresql {

std::string_view embeddedResource(std::string_view name);
std::vector<std::string_view> embeddedResourceNames(std::string_view prefix);

namespace {

constexpr std::string_view kPrefix = "sql/postgresql/";
/// pg_advisory_xact_lock key of schema changes ('SYLN').
constexpr const char* kSchemaLock = "1398361166";

std::vector<PgMigration> loadMigrations()
{
    std::vector<PgMigration> out;
    for (std::string_view name : embeddedResourceNames(kPrefix)) {
        const std::string_view file = name.substr(kPrefix.size());
        PgMigration migration;
        migration.version = std::atoi(std::string(file.substr(0, file.find('_'))).c_str());
        migration.name = std::string(file);
        migration.sql = embeddedResource(name);
        out.push_back(migration);
    }
    std::sort(out.begin(), out.end(), [](const PgMigration& a, const PgMigration& b) { return a.version < b.version; });
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (out[i].version != static_cast<int>(i) + 1)
            throw Error(ErrorCode::Internal, "archive migration " + out[i].name + " is out of sequence");
    }
    return out;
}

} // namespace

PgMigrator::PgMigrator(PgConnection& connection)
    : m_connection(connection)
{
}

const std::vector<PgMigration>& PgMigrator::migrations()
{
    static const std::vector<PgMigration> all = loadMigrations();
    return all;
}

int PgMigrator::latestVersion()
{
    return static_cast<int>(migrations().size());
}

int PgMigrator::currentVersion()
{
    if (!m_connection.query("SELECT to_regclass('sayline_schema') IS NOT NULL").boolean(0, 0))
        return 0;
    const PgResult version = m_connection.query("SELECT max(version) FROM sayline_schema");
    return static_cast<int>(version.optionalInteger(0, 0).value_or(0));
}

void PgMigrator::checkCompatible()
{
    const int version = currentVersion();
    if (version > latestVersion())
        throw Error(ErrorCode::Unsupported,
                    "archive " + m_connection.describe() + " was written by a newer Sayline (schema version "
                        + std::to_string(version) + ", this version knows up to " + std::to_string(latestVersion())
                        + "); use a newer Sayline. Nothing was changed.");
    if (version == 0) {
        const PgResult tables = m_connection.query(
            "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename <> 'sayline_schema'");
        if (tables.integer(0, 0) > 0)
            throw Error(ErrorCode::Unsupported,
                        "database " + m_connection.describe()
                            + " has tables but is not a Sayline archive; create an empty database for the archive");
    }
}

void PgMigrator::migrate()
{
    checkCompatible();
    for (const PgMigration& migration : migrations()) {
        PgTransaction transaction(m_connection);
        m_connection.query(std::string("SELECT pg_advisory_xact_lock(") + kSchemaLock + ")");
        m_connection.exec("CREATE TABLE IF NOT EXISTS sayline_schema (version INTEGER PRIMARY KEY, "
                          "applied_at TIMESTAMPTZ NOT NULL DEFAULT now())");
        if (migration.version <= currentVersion())
            continue; // applied already (perhaps by another process while we waited for the lock)
        try {
            m_connection.exec(std::string(migration.sql));
            m_connection.query("INSERT INTO sayline_schema (version) VALUES ($1)",
                               { std::to_string(migration.version) });
        } catch (const Error& error) {
            if (error.code() == ErrorCode::Unsupported) // a role without the right to change the schema
                throw Error(ErrorCode::Unsupported,
                            "the archive " + m_connection.describe() + " needs schema version "
                                + std::to_string(migration.version) + ", which only its owner can apply (`sayline-cli "
                                                                         "archive init` as the owner): "
                                + error.what());
            throw Error(ErrorCode::Database, "archive migration " + migration.name + " of "
                                                 + m_connection.describe() + " failed: " + error.what());
        }
        transaction.commit();
    }
}

} // namespace sayline::store::postgresql
