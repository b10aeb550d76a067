// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlText.h"

#include "PreparedStatement.h"

namespace sayline::store {

SqlText::SqlText(std::string text)
    : m_text(std::move(text))
{
}

SqlText& SqlText::append(const std::string& fragment)
{
    m_text += fragment;
    return *this;
}

SqlText& SqlText::append(const SqlText& other)
{
    m_text += other.m_text;
    m_values.insert(m_values.end(), other.m_values.begin(), other.m_values.end());
    return *this;
}

SqlText& SqlText::bindValue(Value value)
{
    m_values.push_back(std::move(value));
    return *this;
}

std::string SqlText::placeholders(std::size_t count)
{
    std::string out;
    for (std::size_t i = 0; i < count; ++i)
        out += i == 0 ? "?" : ",?";
    return out;
}

void SqlText::bindTo(PreparedStatement& statement) const
{
    int index = 1;
    for (const Value& value : m_values) {
        if (const auto* number = std::get_if<std::int64_t>(&value))
            statement.bind(index++, *number);
        else
            statement.bind(index++, std::get<std::string>(value));
    }
}

} // namespace sayline::store
