// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <system_error>

#include "PhraseRanking.h"
#include "model/Error.h"

namespace sayline::store {
namespace {

constexpr int kBusyTimeoutMs = 10000;

/// Process-wide settings that must precede sqlite3_initialize(): no memory statistics, whose global mutex
/// every allocation of every connection would otherwise take.
void configureSqliteOnce()
{
    static const bool configured = [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); // SQLITE_MISUSE when SQLite is already in use: harmless
        return true;
    }();
    (void)configured;
}

bool writable(const std::filesystem::path& path)
{
    return ::faccessat(AT_FDCWD, path.c_str(), W_OK, AT_EACCESS) == 0;
}

/// A file: URI for sqlite3_open_v2 (SQLITE_OPEN_URI): the path percent-encoded where URIs need it.
std::string fileUri(const std::filesystem::path& file, bool immutable)
{
    static const char* const hex = "0123456789ABCDEF";
    std::string uri = "file:";
    for (const char ch : std::filesystem::absolute(file).string()) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '%' || c == '?' || c == '#' || c < 0x21 || c >= 0x7F) {
            uri += '%';
            uri += hex[c >> 4];
            uri += hex[c & 0xF];
        } else {
            uri += ch;
        }
    }
    if (immutable)
        uri += "?immutable=1";
    return uri;
}

std::filesystem::path folderOf(const std::filesystem::path& file)
{
    return file.has_parent_path() ? file.parent_path() : std::filesystem::path(".");
}

} // namespace

std::optional<std::string> whyNotWritable(const std::filesystem::path& file)
{
    std::error_code ec;
    if (!std::filesystem::exists(file, ec))
        return std::nullopt;
    if (!writable(file))
        return std::string("the file is not writable");
    if (!writable(folderOf(file)))
        return std::string("its folder is not writable");
    return std::nullopt;
}

void Database::Closer::operator()(sqlite3* db) const noexcept
{
    sqlite3_close_v2(db);
}

Database::Database(const std::filesystem::path& file, OpenMode mode)
    : m_file(file)
{
    const std::string name = file.string();
    std::error_code ec;
    if (mode != OpenMode::Create && !std::filesystem::exists(file, ec))
        throw Error(ErrorCode::NotFound, "no library at '" + name + "' (import articles first)");
    if (std::filesystem::is_directory(file, ec))
        throw Error(ErrorCode::Io, "'" + name + "' is a directory, not a library file");

    if (mode == OpenMode::Create && !std::filesystem::exists(file, ec) && !writable(folderOf(file)))
        throw Error(ErrorCode::Io, "cannot create library '" + name + "': its folder is not writable");
    const std::optional<std::string> notWritable = whyNotWritable(file);
    if (notWritable && mode != OpenMode::Read)
        throw Error(ErrorCode::Io,
                    "library '" + name + "' is read-only (" + *notWritable + "); this needs write access");
    m_readOnly = notWritable.has_value();
    // A read-only folder cannot hold the -shm file SQLite reads a WAL library with; with no -wal file there is
    // nothing but the file itself to read, and "immutable" tells SQLite so.
    std::filesystem::path wal = file;
    wal += "-wal";
    const bool immutable = m_readOnly && !writable(folderOf(file)) && !std::filesystem::exists(wal, ec);

    configureSqliteOnce();
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI;
    if (m_readOnly)
        flags |= SQLITE_OPEN_READONLY;
    else
        flags |= SQLITE_OPEN_READWRITE | (mode == OpenMode::Create ? SQLITE_OPEN_CREATE : 0);
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(fileUri(file, immutable).c_str(), &raw, flags, nullptr);
    m_db.reset(raw);
    if (rc != SQLITE_OK) {
        const std::string reason = raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc);
        throw Error(ErrorCode::Database, "cannot open library '" + name + "': " + reason);
    }
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, kBusyTimeoutMs);
    try {
        // The first read of the header: a file that is not SQLite fails here ("file is not a database").
        // Nothing is written: whether the file is a library is decided before anything changes it.
        exec("SELECT count(*) FROM sqlite_schema");
        // synchronous=NORMAL is durable in WAL mode except for the last commits on power loss; a larger page
        // cache and memory-mapped reads keep the indexes of a big library out of pread(). These settings
        // belong to the connection, not to the file.
        exec("PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY; "
             "PRAGMA cache_size=-32768; PRAGMA mmap_size=268435456;");
        PhraseRanking::install(raw);
    } catch (const Error& error) {
        throw Error(ErrorCode::Database, "cannot open library '" + name + "': " + error.what());
    }
}

void Database::enableWriteAheadLog()
{
    if (m_readOnly)
        return;
    auto journal = prepare("PRAGMA journal_mode=WAL");
    journal.step();
}

Database::~Database()
{
    m_cache.clear(); // statements before the connection
}

Database::Database(Database&& other) noexcept = default;

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        m_cache.clear();
        m_db = std::move(other.m_db);
        m_cache = std::move(other.m_cache);
        m_file = std::move(other.m_file);
        m_readOnly = other.m_readOnly;
    }
    return *this;
}

void Database::exec(std::string_view sql)
{
    char* message = nullptr;
    const std::string text(sql);
    if (sqlite3_exec(m_db.get(), text.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        std::string reason = message ? message : sqlite3_errmsg(m_db.get());
        sqlite3_free(message);
        throw Error(ErrorCode::Database, reason);
    }
}

PreparedStatement Database::prepare(std::string_view sql)
{
    return PreparedStatement(m_db.get(), sql);
}

PreparedStatement& Database::cached(const std::string& sql)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end())
        it = m_cache.emplace(sql, std::make_unique<PreparedStatement>(m_db.get(), sql)).first;
    it->second->reset();
    return *it->second;
}

std::int64_t Database::lastInsertRowid() const
{
    return sqlite3_last_insert_rowid(m_db.get());
}

int Database::changes() const
{
    return sqlite3_changes(m_db.get());
}

int Database::userVersion()
{
    auto& query = cached("PRAGMA user_version");
    query.step();
    const int version = static_cast<int>(query.columnInt(0));
    query.reset();
    return version;
}

std::int64_t Database::dataVersion()
{
    auto& query = cached("PRAGMA data_version");
    query.step();
    const std::int64_t version = query.columnInt(0);
    query.reset();
    return version;
}

std::int64_t Database::totalChanges() const
{
    return sqlite3_total_changes64(m_db.get());
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db.get()) == 0;
}

} // namespace sayline::store
