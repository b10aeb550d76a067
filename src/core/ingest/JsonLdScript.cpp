// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonLdScript.h"

#include <cstdint>
#include <optional>
#include <string>

namespace sayline::ingest {
namespace {

/// Rewrites a script's text, token by token, into strict JSON texts (one per top-level value) that
/// nlohmann/json then parses. It only mends tokens and punctuation; the grammar is the parser's.
class JsonLdMender
{
public:
    explicit JsonLdMender(std::string_view text)
        : m_text(text)
    {
    }

    std::vector<std::string> values()
    {
        std::vector<std::string> values;
        while (true) {
            skipIgnorable();
            if (m_pos >= m_text.size())
                break;
            const std::size_t start = m_pos;
            if (m_text[m_pos] != '{' && m_text[m_pos] != '[') {
                ++m_pos; // stray text between values, e.g. a semicolon
                continue;
            }
            std::string value;
            if (mendValue(value))
                values.push_back(std::move(value));
            else
                m_pos = start + 1; // resynchronise on the next bracket
        }
        return values;
    }

private:
    static constexpr std::size_t kMaxDepth = 64;

    /// What was written last inside the current object or array.
    enum class Last
    {
        Open,
        Key,
        Colon,
        Value,
        Comma,
    };

    bool startsWith(std::string_view prefix) const { return m_text.substr(m_pos, prefix.size()) == prefix; }

    void skipIgnorable()
    {
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                ++m_pos;
            } else if (c == '<' && startsWith("<!--")) {
                m_pos += 4;
            } else if (c == '<' && startsWith("<![CDATA[")) {
                m_pos += 9;
            } else if ((c == '-' && startsWith("-->")) || (c == ']' && startsWith("]]>"))) {
                m_pos += 3;
            } else if (c == '/' && startsWith("//")) {
                const std::size_t end = m_text.find('\n', m_pos);
                m_pos = end == std::string_view::npos ? m_text.size() : end + 1;
            } else if (c == '/' && startsWith("/*")) {
                const std::size_t end = m_text.find("*/", m_pos + 2);
                m_pos = end == std::string_view::npos ? m_text.size() : end + 2;
            } else if (c == '\xEF' && startsWith("\xEF\xBB\xBF")) {
                m_pos += 3;
            } else {
                break;
            }
        }
    }

    /// One value starting at '{' or '['; false when it cannot be mended (the caller skips its first byte).
    bool mendValue(std::string& out)
    {
        std::vector<char> open; // the closers of the objects and arrays begun
        Last last = Last::Open;
        auto inObject = [&] { return !open.empty() && open.back() == '}'; };
        auto finishMember = [&] { // a key or colon waiting for its value gets null
            if (last == Last::Key)
                out += ':';
            if (last == Last::Key || last == Last::Colon)
                out += "null";
        };
        while (true) {
            skipIgnorable();
            if (m_pos >= m_text.size())
                break;
            const char c = m_text[m_pos];
            const bool expectKey = inObject() && last != Last::Key && last != Last::Colon;
            if (c == '}' || c == ']') {
                ++m_pos;
                if (open.empty())
                    return false;
                finishMember();
                if (last == Last::Comma)
                    out.pop_back();
                out += open.back();
                open.pop_back();
                last = Last::Value;
                if (open.empty())
                    return true;
            } else if (c == ',') {
                ++m_pos;
                if (last == Last::Open || last == Last::Comma)
                    continue; // a leading or doubled comma
                finishMember();
                out += ',';
                last = Last::Comma;
            } else if (c == ':') {
                ++m_pos;
                if (last != Last::Key)
                    return false;
                out += ':';
                last = Last::Colon;
            } else if (expectKey) {
                if (c == '{' || c == '[')
                    return false;
                if (last == Last::Value)
                    out += ','; // a missing comma between members
                if (c == '"' || c == '\'')
                    copyString(out);
                else
                    copyBareKey(out);
                last = Last::Key;
            } else {
                if (last == Last::Key)
                    return false; // two keys, or a key and a value without a colon
                if (last == Last::Value)
                    out += ','; // a missing comma between items
                if (c == '{' || c == '[') {
                    if (open.size() >= kMaxDepth)
                        return false;
                    ++m_pos;
                    out += c;
                    open.push_back(c == '{' ? '}' : ']');
                    last = Last::Open;
                    continue;
                }
                if (c == '"' || c == '\'')
                    copyString(out);
                else
                    copyWord(out);
                last = Last::Value;
            }
        }
        // Cut off at the end: keep what was read.
        finishMember();
        if (last == Last::Comma)
            out.pop_back();
        for (auto closer = open.rbegin(); closer != open.rend(); ++closer)
            out += *closer;
        return true;
    }

    /// A byte of a string's content; raw line breaks and control characters become spaces.
    static void appendContent(std::string& out, char c)
    {
        if (c == '"' || c == '\\')
            out += '\\';
        out += static_cast<unsigned char>(c) < 0x20 ? ' ' : c;
    }

    std::optional<std::uint32_t> hex4At(std::size_t at) const
    {
        if (at + 4 > m_text.size())
            return std::nullopt;
        std::uint32_t value = 0;
        for (std::size_t i = at; i < at + 4; ++i) {
            const char c = m_text[i];
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
        return value;
    }

    /// \uXXXX at m_pos (after the backslash and 'u'): kept when it is a character or a whole surrogate pair,
    /// U+FFFD for a lone surrogate, the literal text "\u" when no four hex digits follow.
    void copyUnicodeEscape(std::string& out)
    {
        const std::optional<std::uint32_t> unit = hex4At(m_pos);
        if (!unit) {
            out += "\\\\u";
            return;
        }
        const bool high = *unit >= 0xD800 && *unit < 0xDC00;
        const bool low = *unit >= 0xDC00 && *unit < 0xE000;
        if (high && m_text.substr(m_pos + 4, 2) == "\\u") {
            const std::optional<std::uint32_t> next = hex4At(m_pos + 6);
            if (next && *next >= 0xDC00 && *next < 0xE000) {
                out += "\\u";
                out.append(m_text.substr(m_pos, 10));
                m_pos += 10;
                return;
            }
        }
        if (high || low)
            out += "\\ufffd";
        else
            out.append("\\u").append(m_text.substr(m_pos, 4));
        m_pos += 4;
    }

    /// How many bytes from m_pos need no mending inside a string closed by quote.
    std::size_t plainRun(char quote) const
    {
        std::size_t end = m_pos;
        while (end < m_text.size()) {
            const char c = m_text[end];
            if (c == quote || c == '\\' || c == '"' || static_cast<unsigned char>(c) < 0x20)
                break;
            ++end;
        }
        return end - m_pos;
    }

    /// A "..." or '...' string (cut off at the end: closed) as a strict JSON string.
    void copyString(std::string& out)
    {
        const char quote = m_text[m_pos++];
        out += '"';
        while (m_pos < m_text.size()) {
            const std::size_t plain = plainRun(quote);
            out.append(m_text.substr(m_pos, plain));
            m_pos += plain;
            if (m_pos >= m_text.size())
                break;
            const char c = m_text[m_pos++];
            if (c == quote)
                break;
            if (c != '\\') {
                appendContent(out, c);
                continue;
            }
            if (m_pos >= m_text.size())
                break;
            const char escape = m_text[m_pos++];
            switch (escape) {
            case '"':
            case '\\':
            case '/':
            case 'n':
            case 'r':
            case 't':
                out += '\\';
                out += escape;
                break;
            case 'b':
            case 'f':
                out += ' ';
                break;
            case 'u':
                copyUnicodeEscape(out);
                break;
            default: // \' and escapes JSON does not know stand for the character itself
                appendContent(out, escape);
                break;
            }
        }
        out += '"';
    }

    /// An unquoted key: everything up to ':' or '}', trimmed.
    void copyBareKey(std::string& out)
    {
        const std::size_t start = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] != ':' && m_text[m_pos] != '}')
            ++m_pos;
        std::string_view key = m_text.substr(start, m_pos - start);
        while (!key.empty() && (key.back() == ' ' || key.back() == '\t' || key.back() == '\n' || key.back() == '\r'))
            key.remove_suffix(1);
        out += '"';
        for (const char c : key)
            appendContent(out, c);
        out += '"';
    }

    /// A bare word: a literal or number as JSON has them, undefined as null, anything else as a string.
    void copyWord(std::string& out)
    {
        const std::size_t start = m_pos;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t')
                break;
            ++m_pos;
        }
        const std::string_view word = m_text.substr(start, m_pos - start);
        if (word == "undefined") {
            out += "null";
        } else if (nlohmann::json::accept(word)) {
            out += word;
        } else {
            out += '"';
            for (const char c : word)
                appendContent(out, c);
            out += '"';
        }
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
};

} // namespace

std::vector<nlohmann::json> readJsonLdScript(std::string_view text)
{
    std::vector<nlohmann::json> values;
    for (const std::string& mended : JsonLdMender(text).values()) {
        nlohmann::json value = nlohmann::json::parse(mended, nullptr, false);
        if (!value.is_discarded())
            values.push_back(std::move(value));
    }
    return values;
}

} // namespace sayline::ingest
