// SPDX-License-Identifier: GPL-3.0-or-later
// The libpq functions Sayline calls, defined here with libpq's own declarations (libpq-fe.h checks every
// signature): each looks its namesake up in libpq.so.5 the first time it is called, loading the library then.
// Linking libpq itself would load it, and everything it needs, at the start of every process.
#include <dlfcn.h>
#include <libpq-fe.h>

#include <string>

#include "model/Error.h"

namespace {

/// libpq, loaded once, never unloaded (its atexit handlers and thread-local state stay valid).
void* libpq()
{
    static void* const handle = [] {
        void* loaded = dlopen(SAYLINE_LIBPQ_SONAME, RTLD_NOW | RTLD_LOCAL);
        if (!loaded) {
            const char* reason = dlerror();
            throw sayline::Error(sayline::ErrorCode::Unsupported,
                                 std::string("the team archive needs libpq (" SAYLINE_LIBPQ_SONAME
                                             "), which cannot be loaded: ")
                                     + (reason ? reason : "not found"));
        }
        return loaded;
    }();
    return handle;
}

void* symbol(const char* name)
{
    void* found = dlsym(libpq(), name);
    if (!found)
        throw sayline::Error(sayline::ErrorCode::Unsupported,
                             std::string(SAYLINE_LIBPQ_SONAME " has no function ") + name + " (too old a libpq?)");
    return found;
}

} // namespace

// One definition per function: the real one, looked up once (thread-safe static initialisation).
#define SAYLINE_LIBPQ_FORWARD(Result, name, parameters, arguments)                                                 \
    Result name parameters                                                                                         \
    {                                                                                                              \
        static const auto real = reinterpret_cast<decltype(&::name)>(symbol(#name));                              \
        return real arguments;                                                                                     \
    }

extern "C" {
SAYLINE_LIBPQ_FORWARD(PGconn*, PQconnectdbParams,
                      (const char* const* keywords, const char* const* values, int expandDbname),
                      (keywords, values, expandDbname))
SAYLINE_LIBPQ_FORWARD(void, PQfinish, (PGconn * conn), (conn))
SAYLINE_LIBPQ_FORWARD(ConnStatusType, PQstatus, (const PGconn* conn), (conn))
SAYLINE_LIBPQ_FORWARD(PGTransactionStatusType, PQtransactionStatus, (const PGconn* conn), (conn))
SAYLINE_LIBPQ_FORWARD(char*, PQerrorMessage, (const PGconn* conn), (conn))
SAYLINE_LIBPQ_FORWARD(int, PQconnectionNeedsPassword, (const PGconn* conn), (conn))
SAYLINE_LIBPQ_FORWARD(char*, PQdb, (const PGconn* conn), (conn))
SAYLINE_LIBPQ_FORWARD(char*, PQuser, (const PGconn* conn), (conn))
SAYLINE_LIBPQ_FORWARD(char*, PQhost, (const PGconn* conn), (conn))
SAYLINE_LIBPQ_FORWARD(char*, PQport, (const PGconn* conn), (conn))
SAYLINE_LIBPQ_FORWARD(PQnoticeProcessor, PQsetNoticeProcessor, (PGconn * conn, PQnoticeProcessor proc, void* arg),
                      (conn, proc, arg))
SAYLINE_LIBPQ_FORWARD(PQconninfoOption*, PQconninfoParse, (const char* conninfo, char** errmsg), (conninfo, errmsg))
SAYLINE_LIBPQ_FORWARD(void, PQconninfoFree, (PQconninfoOption * connOptions), (connOptions))
SAYLINE_LIBPQ_FORWARD(PGresult*, PQexec, (PGconn * conn, const char* query), (conn, query))
SAYLINE_LIBPQ_FORWARD(PGresult*, PQexecParams,
                      (PGconn * conn, const char* command, int nParams, const Oid* paramTypes,
                       const char* const* paramValues, const int* paramLengths, const int* paramFormats,
                       int resultFormat),
                      (conn, command, nParams, paramTypes, paramValues, paramLengths, paramFormats, resultFormat))
SAYLINE_LIBPQ_FORWARD(int, PQsendQueryParams,
                      (PGconn * conn, const char* command, int nParams, const Oid* paramTypes,
                       const char* const* paramValues, const int* paramLengths, const int* paramFormats,
                       int resultFormat),
                      (conn, command, nParams, paramTypes, paramValues, paramLengths, paramFormats, resultFormat))
SAYLINE_LIBPQ_FORWARD(PGresult*, PQgetResult, (PGconn * conn), (conn))
SAYLINE_LIBPQ_FORWARD(int, PQenterPipelineMode, (PGconn * conn), (conn))
SAYLINE_LIBPQ_FORWARD(int, PQexitPipelineMode, (PGconn * conn), (conn))
SAYLINE_LIBPQ_FORWARD(int, PQpipelineSync, (PGconn * conn), (conn))
SAYLINE_LIBPQ_FORWARD(char*, PQescapeIdentifier, (PGconn * conn, const char* str, size_t len), (conn, str, len))
SAYLINE_LIBPQ_FORWARD(void, PQfreemem, (void* ptr), (ptr))
SAYLINE_LIBPQ_FORWARD(void, PQclear, (PGresult * res), (res))
SAYLINE_LIBPQ_FORWARD(ExecStatusType, PQresultStatus, (const PGresult* res), (res))
SAYLINE_LIBPQ_FORWARD(char*, PQresultErrorField, (const PGresult* res, int fieldcode), (res, fieldcode))
SAYLINE_LIBPQ_FORWARD(int, PQntuples, (const PGresult* res), (res))
SAYLINE_LIBPQ_FORWARD(int, PQnfields, (const PGresult* res), (res))
SAYLINE_LIBPQ_FORWARD(char*, PQfname, (const PGresult* res, int fieldNum), (res, fieldNum))
SAYLINE_LIBPQ_FORWARD(char*, PQgetvalue, (const PGresult* res, int tupNum, int fieldNum), (res, tupNum, fieldNum))
SAYLINE_LIBPQ_FORWARD(int, PQgetlength, (const PGresult* res, int tupNum, int fieldNum), (res, tupNum, fieldNum))
SAYLINE_LIBPQ_FORWARD(int, PQgetisnull, (const PGresult* res, int tupNum, int fieldNum), (res, tupNum, fieldNum))
SAYLINE_LIBPQ_FORWARD(char*, PQcmdTuples, (PGresult * res), (res))
}
