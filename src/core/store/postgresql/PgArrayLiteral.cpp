// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgArrayLiteral.h"

#include "model/Error.h"

namespace sayline::store::postgresql {

std::string arrayLiteral(const std::vector<std::optional<std::string>>& values)
{
    std::string out = "{";
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += ',';
        if (!values[i]) {
            out += "NULL";
            continue;
        }
        out += '"';
        for (const char c : *values[i]) {
            if (c == '"' || c == '\\')
                out += '\\';
            out += c;
        }
        out += '"';
    }
    return out + "}";
}

void PgColumns::add(std::vector<std::optional<std::string>> row)
{
    if (row.size() != m_columns.size())
        throw Error(ErrorCode::Internal, "a row of " + std::to_string(row.size()) + " values for "
                                             + std::to_string(m_columns.size()) + " columns");
    for (std::size_t i = 0; i < row.size(); ++i)
        m_columns[i].push_back(std::move(row[i]));
}

void PgColumns::clear()
{
    for (auto& column : m_columns)
        column.clear();
}

} // namespace sayline::store::postgresql
