// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "Records.h"

namespace sayline::store {

class Database;
class PreparedStatement;

/// One INSERT for many rows of a table (`INSERT INTO t (a, b) VALUES (?,?),(?,?),...`), in chunks of at most
/// kMaxRows rows, each chunk size prepared once per connection.
///
/// Why: inside a transaction, SQLite opens a statement journal for every INSERT that could fail half-way (a CHECK,
/// a foreign key, a unique index) and copies into it every page the statement changes that an earlier statement
/// of the transaction had already changed: a table leaf and one leaf per index, about 50,000 instructions per
/// single-row insert into `statements`. One statement for all the rows of an article pays that once per page.
class RowInsert
{
public:
    static constexpr std::size_t kMaxRows = 16;

    /// head: everything before the rows, e.g. "INSERT INTO dates (article_id, text) VALUES ".
    RowInsert(Database& db, std::string head, int columns);

    /// Inserts count rows; bindRow(statement, firstParameter, row) binds row `row` from parameter firstParameter
    /// on (1-based, `columns` parameters per row). Returns the rowid of every row, in order, for a rowid table
    /// whose INTEGER PRIMARY KEY is not given: SQLite numbers the rows of one INSERT consecutively in the order of
    /// its VALUES (each new row gets the largest rowid so far plus one), so a chunk's rows end at the last insert
    /// rowid. (For a WITHOUT ROWID table, ignore the result.)
    std::vector<RowId> run(std::size_t count,
                           const std::function<void(PreparedStatement&, int firstParameter, std::size_t row)>& bindRow);

private:
    PreparedStatement& statementFor(std::size_t rows);

    Database& m_db;
    std::string m_head;
    int m_columns;
    std::array<PreparedStatement*, kMaxRows + 1> m_statements {};
};

} // namespace sayline::store
