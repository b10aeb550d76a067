// SPDX-License-Identifier: GPL-3.0-or-later
// The session extension's declarations in sqlite3.h are behind these macros; Debian's libsqlite3 is built with both.
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include "Changeset.h"

#include <sqlite3.h>

#include <string>
#include <string_view>

#include "Database.h"
#include "model/Error.h"

namespace sayline::store {
namespace {

/// FTS5 keeps its index in shadow tables; recording them would replay index pages under the triggers that
/// already keep the index in step with the rows.
int recordTable(void*, const char* table)
{
    const std::string_view name(table);
    return name.starts_with("articles_fts") || name.starts_with("statements_fts") || name.starts_with("sqlite_") ? 0
                                                                                                                 : 1;
}

struct ApplyState
{
    std::string conflict;
};

int onConflict(void* context, int reason, sqlite3_changeset_iter* iterator)
{
    auto* state = static_cast<ApplyState*>(context);
    const char* table = nullptr;
    int columns = 0;
    int operation = 0;
    sqlite3changeset_op(iterator, &table, &columns, &operation, nullptr);
    const char* what = reason == SQLITE_CHANGESET_NOTFOUND ? "is gone"
        : reason == SQLITE_CHANGESET_DATA                  ? "was changed since"
        : reason == SQLITE_CHANGESET_CONFLICT              ? "already exists"
        : reason == SQLITE_CHANGESET_FOREIGN_KEY           ? "refers to a row that is gone"
                                                           : "cannot be written";
    if (state->conflict.empty())
        state->conflict = std::string("a row of ") + (table ? table : "the library") + " " + what;
    return SQLITE_CHANGESET_ABORT;
}

} // namespace

Changeset::Changeset(std::vector<unsigned char> bytes)
    : m_bytes(std::move(bytes))
{
}

Changeset Changeset::inverted() const
{
    if (m_bytes.empty())
        return {};
    int size = 0;
    void* out = nullptr;
    const int rc = sqlite3changeset_invert(static_cast<int>(m_bytes.size()), m_bytes.data(), &size, &out);
    if (rc != SQLITE_OK)
        throw Error(ErrorCode::Internal, std::string("cannot invert an edit: ") + sqlite3_errstr(rc));
    const auto* begin = static_cast<unsigned char*>(out);
    std::vector<unsigned char> bytes(begin, begin + size);
    sqlite3_free(out);
    return Changeset(std::move(bytes));
}

void Changeset::applyTo(Database& db) const
{
    if (m_bytes.empty())
        return;
    // A statement put back needs its full-text entry, which the store writes itself on insert (0004).
    db.exec("CREATE TEMP TRIGGER IF NOT EXISTS changeset_statements_fts AFTER INSERT ON main.statements BEGIN "
            "INSERT INTO statements_fts(rowid, content) VALUES (new.id, coalesce(new.content_index, new.content)); "
            "END");
    ApplyState state;
    const int rc = sqlite3changeset_apply(db.handle(), static_cast<int>(m_bytes.size()),
                                          const_cast<unsigned char*>(m_bytes.data()), nullptr, onConflict, &state);
    db.exec("DROP TRIGGER IF EXISTS changeset_statements_fts");
    if (rc == SQLITE_ABORT || !state.conflict.empty())
        throw Error(ErrorCode::Conflict, "the library changed since this edit (" + state.conflict + ")");
    if (rc != SQLITE_OK)
        throw Error(ErrorCode::Database, std::string("cannot apply an edit: ") + sqlite3_errmsg(db.handle()));
}

void ChangeRecorder::Deleter::operator()(sqlite3_session* session) const noexcept
{
    sqlite3session_delete(session);
}

ChangeRecorder::ChangeRecorder(Database& db)
{
    sqlite3_session* session = nullptr;
    int rc = sqlite3session_create(db.handle(), "main", &session);
    m_session.reset(session);
    if (rc == SQLITE_OK) {
        sqlite3session_table_filter(session, recordTable, nullptr);
        rc = sqlite3session_attach(session, nullptr);
    }
    if (rc != SQLITE_OK)
        throw Error(ErrorCode::Database, std::string("cannot record an edit: ") + sqlite3_errstr(rc));
}

ChangeRecorder::~ChangeRecorder() = default;

Changeset ChangeRecorder::changes() const
{
    int size = 0;
    void* out = nullptr;
    const int rc = sqlite3session_changeset(m_session.get(), &size, &out);
    if (rc != SQLITE_OK)
        throw Error(ErrorCode::Database, std::string("cannot record an edit: ") + sqlite3_errstr(rc));
    const auto* begin = static_cast<unsigned char*>(out);
    std::vector<unsigned char> bytes(begin, begin + size);
    sqlite3_free(out);
    return Changeset(std::move(bytes));
}

} // namespace sayline::store
