// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sayline::ingest {

/// A JSON value as found in schema.org JSON-LD blocks. The parser is tolerant of what pages really ship:
/// trailing commas, raw control characters and newlines in strings, HTML comment or CDATA wrappers,
/// comments, single-quoted strings and several top-level values in one script.
class JsonLdValue
{
public:
    enum class Type
    {
        Null,
        Bool,
        Number,
        String,
        Array,
        Object,
    };

    Type type() const { return m_type; }
    bool isObject() const { return m_type == Type::Object; }
    bool isArray() const { return m_type == Type::Array; }
    bool isString() const { return m_type == Type::String; }
    /// The string (or number's text) value, or "".
    const std::string& string() const { return m_text; }
    const std::vector<JsonLdValue>& items() const { return m_items; }
    const std::vector<std::pair<std::string, JsonLdValue>>& members() const { return m_members; }
    /// The member with this key, or nullptr (objects only).
    const JsonLdValue* find(std::string_view key) const;

    /// Parses every top-level value in the text; what cannot be parsed is skipped, never thrown.
    static std::vector<JsonLdValue> parseAll(std::string_view text);

private:
    friend class JsonLdParser;
    Type m_type = Type::Null;
    std::string m_text;
    std::vector<JsonLdValue> m_items;
    std::vector<std::pair<std::string, JsonLdValue>> m_members;
};

} // namespace sayline::ingest
