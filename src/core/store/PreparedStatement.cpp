// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreparedStatement.h"

#include <sqlite3.h>

#include <utility>

#include "model/Error.h"

namespace sayline::store {

PreparedStatement::PreparedStatement(sqlite3* db, std::string_view sql)
    : m_db(db)
{
    const int rc = sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                      &m_statement, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        throw Error(ErrorCode::Database, std::string(sqlite3_errmsg(db)) + " (in: " + std::string(sql) + ")");
    }
}

PreparedStatement::~PreparedStatement()
{
    sqlite3_finalize(m_statement);
}

PreparedStatement::PreparedStatement(PreparedStatement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_statement(std::exchange(other.m_statement, nullptr))
{
}

PreparedStatement& PreparedStatement::operator=(PreparedStatement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_db = std::exchange(other.m_db, nullptr);
        m_statement = std::exchange(other.m_statement, nullptr);
    }
    return *this;
}

void PreparedStatement::fail(const char* what) const
{
    throw Error(ErrorCode::Database, std::string(what) + ": " + sqlite3_errmsg(m_db));
}

PreparedStatement& PreparedStatement::bind(int index, std::int64_t value)
{
    if (sqlite3_bind_int64(m_statement, index, value) != SQLITE_OK)
        fail("bind");
    return *this;
}

PreparedStatement& PreparedStatement::bind(int index, double value)
{
    if (sqlite3_bind_double(m_statement, index, value) != SQLITE_OK)
        fail("bind");
    return *this;
}

PreparedStatement& PreparedStatement::bind(int index, std::string_view text)
{
    if (sqlite3_bind_text64(m_statement, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8) != SQLITE_OK)
        fail("bind");
    return *this;
}

PreparedStatement& PreparedStatement::bindStatic(int index, std::string_view text)
{
    if (sqlite3_bind_text64(m_statement, index, text.data(), text.size(), SQLITE_STATIC, SQLITE_UTF8) != SQLITE_OK)
        fail("bind");
    return *this;
}

PreparedStatement& PreparedStatement::bindStatic(int index, const std::optional<std::string>& text)
{
    return text ? bindStatic(index, std::string_view(*text)) : bind(index, nullptr);
}

PreparedStatement& PreparedStatement::bind(int index, std::nullptr_t)
{
    if (sqlite3_bind_null(m_statement, index) != SQLITE_OK)
        fail("bind");
    return *this;
}

PreparedStatement& PreparedStatement::bind(int index, const std::optional<std::string>& text)
{
    return text ? bind(index, std::string_view(*text)) : bind(index, nullptr);
}

PreparedStatement& PreparedStatement::bind(int index, const std::optional<std::int64_t>& value)
{
    return value ? bind(index, *value) : bind(index, nullptr);
}

bool PreparedStatement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const std::string message = sqlite3_errmsg(m_db);
    sqlite3_reset(m_statement);
    throw Error(ErrorCode::Database, message);
}

void PreparedStatement::run()
{
    try {
        while (step()) { }
    } catch (...) {
        reset(); // let go of the parameters (bindStatic ones may not outlive the caller's frame)
        throw;
    }
    reset();
}

void PreparedStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

int PreparedStatement::parameterCount() const
{
    return sqlite3_bind_parameter_count(m_statement);
}

int PreparedStatement::columnCount() const
{
    return sqlite3_column_count(m_statement);
}

bool PreparedStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

std::int64_t PreparedStatement::columnInt(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double PreparedStatement::columnDouble(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

std::string PreparedStatement::columnText(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    if (!text)
        return {};
    return std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(m_statement, column)));
}

std::optional<std::string> PreparedStatement::columnOptionalText(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return columnText(column);
}

std::optional<std::int64_t> PreparedStatement::columnOptionalInt(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return columnInt(column);
}

} // namespace sayline::store
