// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace sayline::store {

class PreparedStatement;

/// SQL text assembled from fixed fragments with '?' placeholders, and the values bound to them in order.
/// User input only ever travels as bound values, never inside the text.
class SqlText
{
public:
    using Value = std::variant<std::int64_t, std::string>;

    explicit SqlText(std::string text = {});

    SqlText& append(const std::string& fragment);
    /// Appends another piece of SQL with its bound values (a subquery).
    SqlText& append(const SqlText& other);
    /// Appends " WHERE condition" the first time and " AND condition" afterwards, binding values in order.
    template <typename... Values> SqlText& where(const std::string& condition, Values&&... values)
    {
        append(m_hasWhere ? " AND " : " WHERE ");
        m_hasWhere = true;
        append(condition);
        (bindValue(Value(std::forward<Values>(values))), ...);
        return *this;
    }
    SqlText& bindValue(Value value);
    /// "?,?,?" for count values.
    static std::string placeholders(std::size_t count);

    const std::string& text() const { return m_text; }
    void bindTo(PreparedStatement& statement) const;

private:
    std::string m_text;
    std::vector<Value> m_values;
    bool m_hasWhere = false;
};

} // namespace sayline::store
