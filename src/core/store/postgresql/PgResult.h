// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

struct pg_result;

namespace sayline::store::postgresql {

/// The rows one libpq command returned (move-only; PQclear at scope exit). Rows and columns are 0-based; values
/// are read in libpq's text format.
class PgResult
{
public:
    explicit PgResult(pg_result* result);

    int rows() const;
    int columns() const;
    bool isNull(int row, int column) const;
    std::string text(int row, int column) const;
    std::optional<std::string> optionalText(int row, int column) const;
    std::int64_t integer(int row, int column) const;
    std::optional<std::int64_t> optionalInteger(int row, int column) const;
    bool boolean(int row, int column) const;
    /// Rows a command changed (INSERT, UPDATE, DELETE).
    int affected() const;

private:
    struct Clear
    {
        void operator()(pg_result* result) const noexcept;
    };
    std::unique_ptr<pg_result, Clear> m_result;
};

} // namespace sayline::store::postgresql
