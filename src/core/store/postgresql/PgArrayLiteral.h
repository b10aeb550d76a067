// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace sayline::store::postgresql {

/// Values as one PostgreSQL array literal ("{"a","b c",NULL}") for a parameter cast to an array type
/// ($1::text[], $2::integer[]): every element quoted with its quotes and backslashes escaped, nullopt as NULL.
/// Many rows then go in one command: INSERT … SELECT … FROM unnest($1::text[], $2::integer[]).
std::string arrayLiteral(const std::vector<std::optional<std::string>>& values);

/// Columns of rows for one multi-row command: add a row's values column by column, then one literal per column.
class PgColumns
{
public:
    explicit PgColumns(std::size_t columns)
        : m_columns(columns)
    {
    }

    void add(std::vector<std::optional<std::string>> row);
    bool empty() const { return m_columns.empty() || m_columns.front().empty(); }
    void clear();
    /// The array literal of one column.
    std::string literal(std::size_t column) const { return arrayLiteral(m_columns.at(column)); }

private:
    std::vector<std::vector<std::optional<std::string>>> m_columns;
};

} // namespace sayline::store::postgresql
