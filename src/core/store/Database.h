// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "PreparedStatement.h"

struct sqlite3;

namespace sayline::store {

/// How a library file is opened.
enum class OpenMode
{
    Create, ///< create the file when missing; writable (import)
    Existing, ///< the file must exist and be writable (corrections)
    Read, ///< the file must exist; opened read-only when it or its folder is not writable (search, list, export)
};

/// Why the current user cannot write a library file (it, or its folder where SQLite keeps the -wal and -shm
/// files, is not writable), or nullopt when it can (or the file does not exist).
std::optional<std::string> whyNotWritable(const std::filesystem::path& file);

/// One SQLite connection to a library file: foreign keys on, a busy timeout, synchronous=NORMAL. Opening
/// changes nothing in the file; openLibrary switches it to WAL once it is known to be a library.
/// Not thread-safe: each thread opens its own connection (readers keep working while a writer imports).
class Database
{
public:
    /// Opens the file; throws sayline::Error naming the file when it is missing (Existing, Read), is not a
    /// database, cannot be opened, or is read-only and mode is not Read.
    Database(const std::filesystem::path& file, OpenMode mode);
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const std::filesystem::path& file() const { return m_file; }
    /// True when opened read-only (mode Read on a file the user cannot write).
    bool readOnly() const { return m_readOnly; }
    /// Switches the file to write-ahead logging (persistent), so readers keep working while a writer imports.
    void enableWriteAheadLog();

    /// Runs one or more SQL statements that return nothing.
    void exec(std::string_view sql);
    /// A new statement owned by the caller.
    PreparedStatement prepare(std::string_view sql);
    /// A statement compiled once per connection and reset before it is handed out; do not hold two uses of
    /// the same SQL text at once.
    PreparedStatement& cached(const std::string& sql);

    std::int64_t lastInsertRowid() const;
    int changes() const;
    /// PRAGMA user_version.
    int userVersion();
    /// PRAGMA data_version: changes when another connection commits to the file.
    std::int64_t dataVersion();
    /// Rows this connection has inserted, updated or deleted since it was opened (sqlite3_total_changes64).
    std::int64_t totalChanges() const;
    bool inTransaction() const;

    sqlite3* handle() const { return m_db.get(); }

private:
    struct Closer
    {
        void operator()(sqlite3* db) const noexcept;
    };

    std::filesystem::path m_file;
    bool m_readOnly = false;
    std::unique_ptr<sqlite3, Closer> m_db;
    std::unordered_map<std::string, std::unique_ptr<PreparedStatement>> m_cache;
};

} // namespace sayline::store
