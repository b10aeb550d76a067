// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>

#include "PgConnection.h"

namespace sayline::store::postgresql {

/// An SQL text built piece by piece with its parameters numbered as they are added ($1, $2, ...).
class PgSql
{
public:
    explicit PgSql(std::string text = {})
        : m_text(std::move(text))
    {
    }

    PgSql& append(const std::string& text)
    {
        m_text += text;
        return *this;
    }
    /// Adds a parameter and returns its placeholder ("$3").
    std::string param(std::optional<std::string> value)
    {
        m_params.push_back(std::move(value));
        return "$" + std::to_string(m_params.size());
    }
    std::string param(std::int64_t value) { return param(std::optional<std::string>(std::to_string(value))); }
    /// Adds "WHERE condition" the first time, " AND condition" after.
    PgSql& where(const std::string& condition)
    {
        m_text += m_hasWhere ? " AND " : " WHERE ";
        m_text += condition;
        m_hasWhere = true;
        return *this;
    }

    const std::string& text() const { return m_text; }
    const Params& params() const { return m_params; }
    PgResult run(PgConnection& connection) const { return connection.query(m_text, m_params); }

private:
    std::string m_text;
    Params m_params;
    bool m_hasWhere = false;
};

} // namespace sayline::store::postgresql
