// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgResult.h"

#include <charconv>
#include <libpq-fe.h>

#include "model/Error.h"

namespace sayline::store::postgresql {

void PgResult::Clear::operator()(pg_result* result) const noexcept
{
    PQclear(result);
}

PgResult::PgResult(pg_result* result)
    : m_result(result)
{
}

int PgResult::rows() const
{
    return PQntuples(m_result.get());
}

int PgResult::columns() const
{
    return PQnfields(m_result.get());
}

bool PgResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result.get(), row, column) != 0;
}

std::string PgResult::text(int row, int column) const
{
    return std::string(PQgetvalue(m_result.get(), row, column),
                       static_cast<std::size_t>(PQgetlength(m_result.get(), row, column)));
}

std::optional<std::string> PgResult::optionalText(int row, int column) const
{
    if (isNull(row, column))
        return std::nullopt;
    return text(row, column);
}

std::int64_t PgResult::integer(int row, int column) const
{
    const char* value = PQgetvalue(m_result.get(), row, column);
    const char* end = value + PQgetlength(m_result.get(), row, column);
    std::int64_t out = 0;
    if (std::from_chars(value, end, out).ec != std::errc())
        throw Error(ErrorCode::Database,
                    "expected an integer in column " + std::string(PQfname(m_result.get(), column)) + ", got '"
                        + std::string(value, end) + "'");
    return out;
}

std::optional<std::int64_t> PgResult::optionalInteger(int row, int column) const
{
    if (isNull(row, column))
        return std::nullopt;
    return integer(row, column);
}

bool PgResult::boolean(int row, int column) const
{
    return !isNull(row, column) && PQgetvalue(m_result.get(), row, column)[0] == 't';
}

int PgResult::affected() const
{
    const char* tuples = PQcmdTuples(m_result.get());
    int out = 0;
    std::from_chars(tuples, tuples + std::char_traits<char>::length(tuples), out);
    return out;
}

} // namespace sayline::store::postgresql
