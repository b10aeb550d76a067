// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonLdValue.h"

#include <cstdint>

#include "model/Utf8.h"

namespace sayline::ingest {

/// Recursive-descent parser over one script's text; every failure is local and resynchronises.
class JsonLdParser
{
public:
    explicit JsonLdParser(std::string_view text)
        : m_text(text)
    {
    }

    std::vector<JsonLdValue> parseAll()
    {
        std::vector<JsonLdValue> values;
        while (true) {
            skipSpace();
            if (m_pos >= m_text.size())
                break;
            const char c = m_text[m_pos];
            if (c != '{' && c != '[') {
                ++m_pos; // stray text between values, e.g. a semicolon
                continue;
            }
            std::optional<JsonLdValue> value = parseValue(0);
            if (value)
                values.push_back(std::move(*value));
            else
                ++m_pos;
        }
        return values;
    }

private:
    static constexpr int kMaxDepth = 64;

    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                ++m_pos;
            } else if (m_text.substr(m_pos, 4) == "<!--") {
                m_pos += 4;
            } else if (m_text.substr(m_pos, 3) == "-->") {
                m_pos += 3;
            } else if (m_text.substr(m_pos, 9) == "<![CDATA[") {
                m_pos += 9;
            } else if (m_text.substr(m_pos, 3) == "]]>") {
                m_pos += 3;
            } else if (m_text.substr(m_pos, 2) == "//") {
                std::size_t end = m_text.find('\n', m_pos);
                m_pos = end == std::string_view::npos ? m_text.size() : end + 1;
            } else if (m_text.substr(m_pos, 2) == "/*") {
                std::size_t end = m_text.find("*/", m_pos + 2);
                m_pos = end == std::string_view::npos ? m_text.size() : end + 2;
            } else if (static_cast<unsigned char>(c) == 0xEF && m_text.substr(m_pos, 3) == "\xEF\xBB\xBF") {
                m_pos += 3;
            } else {
                break;
            }
        }
    }

    std::optional<JsonLdValue> parseValue(int depth)
    {
        if (depth > kMaxDepth)
            return std::nullopt;
        skipSpace();
        if (m_pos >= m_text.size())
            return std::nullopt;
        const char c = m_text[m_pos];
        if (c == '{')
            return parseObject(depth);
        if (c == '[')
            return parseArray(depth);
        if (c == '"' || c == '\'') {
            JsonLdValue value;
            value.m_type = JsonLdValue::Type::String;
            value.m_text = parseString();
            return value;
        }
        return parseLiteral();
    }

    std::optional<JsonLdValue> parseObject(int depth)
    {
        JsonLdValue value;
        value.m_type = JsonLdValue::Type::Object;
        ++m_pos;
        while (true) {
            skipSpace();
            if (m_pos >= m_text.size())
                return value; // truncated: keep what was read
            if (m_text[m_pos] == '}') {
                ++m_pos;
                return value;
            }
            if (m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            std::string key;
            if (m_text[m_pos] == '"' || m_text[m_pos] == '\'') {
                key = parseString();
            } else {
                const std::size_t start = m_pos;
                while (m_pos < m_text.size() && m_text[m_pos] != ':' && m_text[m_pos] != '}')
                    ++m_pos;
                key = std::string(m_text.substr(start, m_pos - start));
            }
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != ':')
                return std::nullopt;
            ++m_pos;
            std::optional<JsonLdValue> member = parseValue(depth + 1);
            if (!member)
                return std::nullopt;
            value.m_members.emplace_back(std::move(key), std::move(*member));
        }
    }

    std::optional<JsonLdValue> parseArray(int depth)
    {
        JsonLdValue value;
        value.m_type = JsonLdValue::Type::Array;
        ++m_pos;
        while (true) {
            skipSpace();
            if (m_pos >= m_text.size())
                return value;
            if (m_text[m_pos] == ']') {
                ++m_pos;
                return value;
            }
            if (m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            std::optional<JsonLdValue> item = parseValue(depth + 1);
            if (!item)
                return std::nullopt;
            value.m_items.push_back(std::move(*item));
        }
    }

    std::optional<JsonLdValue> parseLiteral()
    {
        const std::size_t start = m_pos;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t')
                break;
            ++m_pos;
        }
        if (m_pos == start)
            return std::nullopt;
        const std::string_view word = m_text.substr(start, m_pos - start);
        JsonLdValue value;
        if (word == "null" || word == "undefined") {
            value.m_type = JsonLdValue::Type::Null;
        } else if (word == "true" || word == "false") {
            value.m_type = JsonLdValue::Type::Bool;
            value.m_text = std::string(word);
        } else {
            value.m_type = JsonLdValue::Type::Number;
            value.m_text = std::string(word);
        }
        return value;
    }

    std::optional<std::uint32_t> hex4()
    {
        if (m_pos + 4 > m_text.size())
            return std::nullopt;
        std::uint32_t value = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = m_text[m_pos + static_cast<std::size_t>(i)];
            value <<= 4;
            if (c >= '0' && c <= '9')
                value |= static_cast<std::uint32_t>(c - '0');
            else if (c >= 'a' && c <= 'f')
                value |= static_cast<std::uint32_t>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                value |= static_cast<std::uint32_t>(c - 'A' + 10);
            else
                return std::nullopt;
        }
        m_pos += 4;
        return value;
    }

    std::string parseString()
    {
        const char quote = m_text[m_pos++];
        std::string out;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos++];
            if (c == quote)
                break;
            if (c != '\\') {
                out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
                continue;
            }
            if (m_pos >= m_text.size())
                break;
            const char escape = m_text[m_pos++];
            switch (escape) {
            case 'n':
                out += '\n';
                break;
            case 't':
                out += '\t';
                break;
            case 'r':
                out += '\r';
                break;
            case 'b':
            case 'f':
                out += ' ';
                break;
            case 'u': {
                std::optional<std::uint32_t> cp = hex4();
                if (!cp) {
                    out += "\\u";
                    break;
                }
                std::uint32_t code = *cp;
                if (code >= 0xD800 && code < 0xDC00 && m_text.substr(m_pos, 2) == "\\u") {
                    const std::size_t save = m_pos;
                    m_pos += 2;
                    std::optional<std::uint32_t> low = hex4();
                    if (low && *low >= 0xDC00 && *low < 0xE000)
                        code = 0x10000 + ((code - 0xD800) << 10) + (*low - 0xDC00);
                    else
                        m_pos = save;
                }
                if (code >= 0xD800 && code < 0xE000)
                    code = 0xFFFD;
                model::appendUtf8(out, static_cast<char32_t>(code));
                break;
            }
            default:
                out += escape;
                break;
            }
        }
        return out;
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
};

const JsonLdValue* JsonLdValue::find(std::string_view key) const
{
    for (const auto& [name, value] : m_members)
        if (name == key)
            return &value;
    return nullptr;
}

std::vector<JsonLdValue> JsonLdValue::parseAll(std::string_view text)
{
    return JsonLdParser(text).parseAll();
}

} // namespace sayline::ingest
