// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrator.h"

#include <algorithm>
#include <cstdlib>
#include <utility>

#include "Database.h"
#include "EmbeddedMigrations.h"
#include "Transaction.h"
#include "model/Error.h"

namespace sayline::store {
namespace {

constexpr std::int64_t kApplicationId = 1398361166; // 'SYLN', set by 0001_init.sql
constexpr std::string_view kPrefix = "sql/sqlite/";

std::vector<Migration> loadMigrations()
{
    std::vector<Migration> out;
    for (std::string_view name : embeddedResourceNames(kPrefix)) {
        const std::string_view file = name.substr(kPrefix.size());
        Migration migration;
        migration.version = std::atoi(std::string(file.substr(0, file.find('_'))).c_str());
        migration.name = std::string(file);
        migration.sql = embeddedResource(name);
        out.push_back(migration);
    }
    std::sort(out.begin(), out.end(), [](const Migration& a, const Migration& b) { return a.version < b.version; });
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (out[i].version != static_cast<int>(i) + 1)
            throw Error(ErrorCode::Internal, "migration " + out[i].name + " is out of sequence");
    }
    return out;
}

std::int64_t pragmaValue(Database& db, const char* sql)
{
    auto query = db.prepare(sql);
    query.step();
    return query.columnInt(0);
}

/// Foreign keys off while the migrations run, on again afterwards. A step that rebuilds a table (0007) drops the
/// old one, which with foreign keys on would first delete every row that references it through ON DELETE CASCADE.
/// The pragma has no effect inside a transaction, so it brackets the steps, not each one.
class ForeignKeysOff
{
public:
    explicit ForeignKeysOff(Database& db)
        : m_db(db)
    {
        m_db.exec("PRAGMA foreign_keys=OFF");
    }
    ~ForeignKeysOff()
    {
        try {
            m_db.exec("PRAGMA foreign_keys=ON");
        } catch (...) {
            // Only fails inside a transaction, and every step's transaction has ended here.
        }
    }
    ForeignKeysOff(const ForeignKeysOff&) = delete;
    ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;

private:
    Database& m_db;
};

/// Rows referencing a row that is not there (PRAGMA foreign_key_check), and the first such table.
std::pair<std::int64_t, std::string> danglingReferences(Database& db)
{
    auto check = db.prepare("PRAGMA foreign_key_check");
    std::pair<std::int64_t, std::string> found { 0, {} };
    while (check.step()) {
        if (found.first++ == 0)
            found.second = check.columnText(0);
    }
    return found;
}

} // namespace

Migrator::Migrator(Database& db)
    : m_db(db)
{
}

const std::vector<Migration>& Migrator::migrations()
{
    static const std::vector<Migration> all = loadMigrations();
    return all;
}

int Migrator::latestVersion()
{
    return static_cast<int>(migrations().size());
}

int Migrator::currentVersion()
{
    return m_db.userVersion();
}

void Migrator::checkCompatible()
{
    const std::string name = m_db.file().string();
    const int version = currentVersion();
    if (version > latestVersion()) {
        throw Error(ErrorCode::Unsupported,
                    "library '" + name + "' was written by a newer Sayline (schema version " + std::to_string(version)
                        + ", this version knows up to " + std::to_string(latestVersion())
                        + "); open it with a newer Sayline. The file was not changed.");
    }
    const std::int64_t applicationId = pragmaValue(m_db, "PRAGMA application_id");
    const std::int64_t tables = pragmaValue(m_db, "SELECT count(*) FROM sqlite_schema");
    const bool ours = applicationId == kApplicationId || (applicationId == 0 && version == 0 && tables == 0);
    if (!ours)
        throw Error(ErrorCode::Unsupported, "'" + name + "' is an SQLite database but not a Sayline library");
}

void Migrator::migrate(int target)
{
    if (target < 0)
        target = latestVersion();
    checkCompatible();
    m_db.enableWriteAheadLog();
    if (currentVersion() >= target)
        return;
    const ForeignKeysOff foreignKeysOff(m_db);
    for (const Migration& migration : migrations()) {
        if (migration.version > target)
            break;
        Transaction transaction(m_db);
        if (migration.version <= currentVersion())
            continue; // already applied (perhaps by another process while we waited for the lock)
        try {
            // Only a step that drops a table can leave a reference dangling. The check reads every reference
            // (seconds on a library of a million statements), so the other steps skip it; a library that already
            // had dangling rows (written by hand with foreign keys off) is not refused for them.
            const bool rebuilds = migration.sql.find("DROP TABLE") != std::string_view::npos;
            const std::int64_t danglingBefore = rebuilds ? danglingReferences(m_db).first : 0;
            m_db.exec(migration.sql);
            if (rebuilds) {
                const auto [dangling, table] = danglingReferences(m_db);
                if (dangling > danglingBefore)
                    throw Error(ErrorCode::Database,
                                "rows of table '" + table + "' would reference rows that are no longer there");
            }
            m_db.exec("PRAGMA user_version = " + std::to_string(migration.version));
        } catch (const Error& error) {
            throw Error(ErrorCode::Database,
                        "migration " + migration.name + " of '" + m_db.file().string() + "' failed: " + error.what());
        }
        transaction.commit();
    }
}

} // namespace sayline::store
