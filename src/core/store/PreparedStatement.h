// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace sayline::store {

/// A compiled SQL statement (move-only). Parameters are 1-based, columns 0-based, as in SQLite.
/// Failures throw sayline::Error(ErrorCode::Database) with SQLite's message.
class PreparedStatement
{
public:
    PreparedStatement(sqlite3* db, std::string_view sql);
    ~PreparedStatement();
    PreparedStatement(PreparedStatement&& other) noexcept;
    PreparedStatement& operator=(PreparedStatement&& other) noexcept;
    PreparedStatement(const PreparedStatement&) = delete;
    PreparedStatement& operator=(const PreparedStatement&) = delete;

    PreparedStatement& bind(int index, std::int64_t value);
    PreparedStatement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    PreparedStatement& bind(int index, double value);
    PreparedStatement& bind(int index, std::string_view text);
    PreparedStatement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
    PreparedStatement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    PreparedStatement& bind(int index, std::nullptr_t);
    PreparedStatement& bind(int index, const std::optional<std::string>& text);
    PreparedStatement& bind(int index, const std::optional<std::int64_t>& value);
    /// Binds text without copying it: the caller keeps it alive and unchanged until the statement is reset (run()
    /// resets it). For the writer's hot rows, where SQLite's own copy of every text was an allocation each.
    PreparedStatement& bindStatic(int index, std::string_view text);
    PreparedStatement& bindStatic(int index, const std::string& text)
    {
        return bindStatic(index, std::string_view(text));
    }
    PreparedStatement& bindStatic(int index, const char* text) { return bindStatic(index, std::string_view(text)); }
    PreparedStatement& bindStatic(int index, const std::optional<std::string>& text);

    /// Advances to the next row; false when done.
    bool step();
    /// Runs a statement that returns no rows (or ignores them), then resets it for reuse.
    void run();
    /// Rewinds the statement and clears its parameters.
    void reset();

    int parameterCount() const;
    int columnCount() const;
    bool isNull(int column) const;
    std::int64_t columnInt(int column) const;
    double columnDouble(int column) const;
    std::string columnText(int column) const;
    std::optional<std::string> columnOptionalText(int column) const;
    std::optional<std::int64_t> columnOptionalInt(int column) const;

    sqlite3_stmt* handle() const { return m_statement; }

private:
    [[noreturn]] void fail(const char* what) const;

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
};

} // namespace sayline::store
