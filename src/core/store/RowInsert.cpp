// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowInsert.h"

#include <algorithm>

#include "Database.h"

namespace sayline::store {

RowInsert::RowInsert(Database& db, std::string head, int columns)
    : m_db(db)
    , m_head(std::move(head))
    , m_columns(columns)
{
}

PreparedStatement& RowInsert::statementFor(std::size_t rows)
{
    PreparedStatement*& statement = m_statements[rows];
    if (!statement) {
        std::string row = "(";
        for (int c = 0; c < m_columns; ++c)
            row += c == 0 ? "?" : ",?";
        row += ')';
        std::string sql = m_head;
        for (std::size_t r = 0; r < rows; ++r) {
            if (r > 0)
                sql += ',';
            sql += row;
        }
        statement = &m_db.cached(sql); // owned by the connection, which outlives this writer
    }
    return *statement;
}

std::vector<RowId> RowInsert::run(std::size_t count,
                                  const std::function<void(PreparedStatement&, int, std::size_t)>& bindRow)
{
    std::vector<RowId> ids;
    ids.reserve(count);
    for (std::size_t first = 0; first < count; first += kMaxRows) {
        const std::size_t rows = std::min(kMaxRows, count - first);
        PreparedStatement& insert = statementFor(rows);
        for (std::size_t r = 0; r < rows; ++r)
            bindRow(insert, static_cast<int>(r) * m_columns + 1, first + r);
        insert.run();
        const RowId last = m_db.lastInsertRowid();
        for (std::size_t r = 0; r < rows; ++r)
            ids.push_back(last - static_cast<RowId>(rows - 1 - r));
    }
    return ids;
}

} // namespace sayline::store
