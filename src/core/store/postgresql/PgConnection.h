// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "PgResult.h"

struct pg_conn;

namespace sayline::store::postgresql {

/// Text parameters of a command ($1, $2, ...); nullopt is SQL NULL.
using Params = std::vector<std::optional<std::string>>;

/// One libpq connection to a team archive (move-only; PQfinish at scope exit). Not thread-safe: each thread
/// opens its own. Failures throw sayline::Error: a refused write (insufficient privilege) says "read-only
/// archive", a serialization failure or deadlock is ErrorCode::Conflict, anything else ErrorCode::Database with
/// the server's message.
class PgConnection
{
public:
    /// Connects to a postgresql:// URI or a "key=value" string; libpq reads PGSERVICE, PGPASSFILE and ~/.pgpass,
    /// so no password needs to be written anywhere Sayline keeps. Throws Error(Usage) for a URI with a password.
    explicit PgConnection(const std::string& conninfo);

    /// Runs one or more SQL commands without parameters (migrations).
    void exec(const std::string& sql);
    /// Runs one command with text parameters.
    PgResult query(const std::string& sql, const Params& params = {});
    /// True inside a transaction that can still commit (false after an error aborted it, or without one).
    bool inTransaction() const;
    /// Sends the commands at once and waits once (libpq's pipeline mode), for writes whose results are not read:
    /// one round trip instead of one per command. Inside a transaction, the first failure throws (as query()
    /// would) and the commands after it are not run.
    void pipeline(const std::vector<std::pair<std::string, Params>>& commands);
    /// As pipeline(), keeping the last command's rows: "SAVEPOINT …; INSERT … RETURNING id" in one round trip.
    PgResult pipelineReturningLast(const std::vector<std::pair<std::string, Params>>& commands);
    /// name quoted as an SQL identifier (roles, databases), for the commands that take no parameters (GRANT).
    std::string identifier(const std::string& name) const;
    /// user@host:port/dbname, for messages (never a password).
    std::string describe() const;
    /// The role this connection acts as.
    std::string user() const;

private:
    struct Finish
    {
        void operator()(pg_conn* connection) const noexcept;
    };
    [[noreturn]] void fail(pg_result* result, const std::string& sql);
    pg_result* sendPipeline(const std::vector<std::pair<std::string, Params>>& commands, bool keepLast);

    std::unique_ptr<pg_conn, Finish> m_connection;
};

/// BEGIN ... COMMIT on one connection; rolls back at scope exit unless commit() was called.
class PgTransaction
{
public:
    enum class Isolation
    {
        ReadCommitted,
        RepeatableRead,
    };
    explicit PgTransaction(PgConnection& connection, Isolation isolation = Isolation::ReadCommitted);
    ~PgTransaction();
    PgTransaction(const PgTransaction&) = delete;
    PgTransaction& operator=(const PgTransaction&) = delete;

    void commit();

private:
    PgConnection& m_connection;
    bool m_done = false;
};

} // namespace sayline::store::postgresql
