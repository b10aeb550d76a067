// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgConnection.h"

#include <algorithm>
#include <cstring>
#include <libpq-fe.h>

#include "ArchiveUri.h"
#include "SessionPasswords.h"
#include "model/Error.h"

namespace sayline::store::postgresql {
namespace {

void ignoreNotice(void*, const char*) { }

} // namespace

void PgConnection::Finish::operator()(pg_conn* connection) const noexcept
{
    PQfinish(connection);
}

PgConnection::PgConnection(const std::string& conninfo)
{
    checkNoPassword(conninfo);
    // expand_dbname: the first "dbname" is the whole URI or key=value string; the later keys fill what it omits.
    // A password typed in the GUI for this session goes as a parameter, never into the address.
    const std::optional<std::string> password = SessionPasswords::lookup(conninfo);
    const char* keys[] = { "dbname", "application_name", "client_encoding", password ? "password" : nullptr, nullptr };
    const char* values[] = { conninfo.c_str(), "sayline", "UTF8", password ? password->c_str() : nullptr, nullptr };
    m_connection.reset(PQconnectdbParams(keys, values, 1));
    if (!m_connection)
        throw Error(ErrorCode::Database, "cannot connect to the archive: out of memory");
    if (PQstatus(m_connection.get()) != CONNECTION_OK) {
        std::string reason = PQerrorMessage(m_connection.get());
        while (!reason.empty() && (reason.back() == '\n' || reason.back() == ' '))
            reason.pop_back();
        if (PQconnectionNeedsPassword(m_connection.get()) == 1)
            reason += " (the server wants a password: keep it in ~/.pgpass, or type it in Open Team Archive)";
        throw Error(ErrorCode::Database, "cannot connect to the archive " + redactedLocation(conninfo) + ": " + reason);
    }
    // Notices (CREATE ... IF NOT EXISTS) are not the user's business; errors arrive as results.
    PQsetNoticeProcessor(m_connection.get(), ignoreNotice, nullptr);
}

void PgConnection::fail(pg_result* raw, const std::string& sql)
{
    PgResult result(raw); // cleared whatever happens
    const char* state = raw ? PQresultErrorField(raw, PG_DIAG_SQLSTATE) : nullptr;
    const std::string code = state ? state : "";
    const char* primary = raw ? PQresultErrorField(raw, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    std::string message = primary ? primary : PQerrorMessage(m_connection.get());
    while (!message.empty() && message.back() == '\n')
        message.pop_back();
    if (code == "42501" || code == "25006")
        throw Error(ErrorCode::Unsupported, "read-only archive: role '" + user() + "' may search " + describe()
                                                + " but not change it (" + message + ")");
    if (code == "40001" || code == "40P01")
        throw Error(ErrorCode::Conflict, "the archive changed under this write (" + message + "); try again");
    const std::string shortSql = sql.size() > 200 ? sql.substr(0, 200) + "..." : sql;
    throw Error(ErrorCode::Database, message + (code.empty() ? "" : " [" + code + "]") + " (in: " + shortSql + ")");
}

void PgConnection::exec(const std::string& sql)
{
    pg_result* result = PQexec(m_connection.get(), sql.c_str());
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        fail(result, sql);
    PQclear(result);
}

PgResult PgConnection::query(const std::string& sql, const Params& params)
{
    std::vector<const char*> values;
    values.reserve(params.size());
    for (const std::optional<std::string>& param : params)
        values.push_back(param ? param->c_str() : nullptr);
    pg_result* result = PQexecParams(m_connection.get(), sql.c_str(), static_cast<int>(values.size()), nullptr,
                                     values.data(), nullptr, nullptr, 0);
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        fail(result, sql);
    return PgResult(result);
}

void PgConnection::pipeline(const std::vector<std::pair<std::string, Params>>& commands)
{
    sendPipeline(commands, false);
}

PgResult PgConnection::pipelineReturningLast(const std::vector<std::pair<std::string, Params>>& commands)
{
    return PgResult(sendPipeline(commands, true));
}

pg_result* PgConnection::sendPipeline(const std::vector<std::pair<std::string, Params>>& commands, bool keepLast)
{
    if (commands.empty())
        return nullptr;
    pg_conn* connection = m_connection.get();
    if (PQenterPipelineMode(connection) != 1)
        throw Error(ErrorCode::Database, std::string("cannot send commands at once: ") + PQerrorMessage(connection));
    std::size_t sent = 0;
    for (const auto& [sql, params] : commands) {
        std::vector<const char*> values;
        values.reserve(params.size());
        for (const std::optional<std::string>& param : params)
            values.push_back(param ? param->c_str() : nullptr);
        if (PQsendQueryParams(connection, sql.c_str(), static_cast<int>(values.size()), nullptr, values.data(),
                              nullptr, nullptr, 0)
            != 1)
            break;
        ++sent;
    }
    PQpipelineSync(connection);
    // One result per command sent (each followed by NULL), then the sync. The first failure is kept; the commands
    // after it come back aborted.
    pg_result* failure = nullptr;
    pg_result* last = nullptr; // the last command's result, when kept
    std::size_t failedAt = 0;
    std::size_t index = 0;
    int idle = 0;
    while (true) {
        pg_result* result = PQgetResult(connection);
        if (!result) {
            if (++idle > static_cast<int>(2 * sent + 4))
                break; // the connection is gone: no sync will come
            continue;
        }
        idle = 0;
        const ExecStatusType status = PQresultStatus(result);
        if (status == PGRES_PIPELINE_SYNC) {
            PQclear(result);
            break;
        }
        if (!failure && status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_PIPELINE_ABORTED) {
            failure = result;
            failedAt = index;
        } else if (keepLast && index + 1 == commands.size() && status == PGRES_TUPLES_OK) {
            PQclear(last);
            last = result;
        } else {
            PQclear(result);
        }
        ++index;
    }
    PQexitPipelineMode(connection);
    if (failure) {
        PQclear(last);
        fail(failure, commands[std::min(failedAt, commands.size() - 1)].first);
    }
    if (sent < commands.size() || (keepLast && !last)) {
        PQclear(last);
        throw Error(ErrorCode::Database, std::string("cannot send commands to the archive: ") + PQerrorMessage(connection));
    }
    return last;
}

bool PgConnection::inTransaction() const
{
    const PGTransactionStatusType status = PQtransactionStatus(m_connection.get());
    return status == PQTRANS_INTRANS || status == PQTRANS_ACTIVE;
}

std::string PgConnection::identifier(const std::string& name) const
{
    char* quoted = PQescapeIdentifier(m_connection.get(), name.c_str(), name.size());
    if (!quoted)
        throw Error(ErrorCode::Usage, "'" + name + "' cannot be an SQL name: " + PQerrorMessage(m_connection.get()));
    std::string out(quoted);
    PQfreemem(quoted);
    return out;
}

std::string PgConnection::user() const
{
    return PQuser(m_connection.get());
}

std::string PgConnection::describe() const
{
    pg_conn* c = m_connection.get();
    const char* host = PQhost(c);
    return std::string("postgresql://") + PQuser(c) + "@" + (host ? host : "") + ":" + PQport(c) + "/" + PQdb(c);
}

PgTransaction::PgTransaction(PgConnection& connection, Isolation isolation)
    : m_connection(connection)
{
    m_connection.exec(isolation == Isolation::RepeatableRead ? "BEGIN ISOLATION LEVEL REPEATABLE READ" : "BEGIN");
}

PgTransaction::~PgTransaction()
{
    if (m_done)
        return;
    try {
        m_connection.exec("ROLLBACK");
    } catch (...) {
        // The connection is gone; the server rolled back.
    }
}

void PgTransaction::commit()
{
    m_connection.exec("COMMIT");
    m_done = true;
}

} // namespace sayline::store::postgresql
