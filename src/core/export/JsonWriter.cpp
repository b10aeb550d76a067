// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonWriter.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <nlohmann/json.hpp>

namespace sayline::exporting {
namespace {

/// The length of the well-formed UTF-8 sequence at text[i] (Unicode table 3-7: no overlong forms, no
/// surrogates, nothing above U+10FFFF), or 0 when none starts there.
std::size_t utf8SequenceLength(std::string_view text, std::size_t i)
{
    const auto at = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = at(i);
    const std::size_t left = text.size() - i;
    const auto continuation = [&](std::size_t k) { return (at(k) & 0xC0) == 0x80; };
    if (lead >= 0xC2 && lead <= 0xDF)
        return left >= 2 && continuation(i + 1) ? 2 : 0;
    if (lead >= 0xE0 && lead <= 0xEF) {
        if (left < 3 || !continuation(i + 1) || !continuation(i + 2))
            return 0;
        const unsigned char second = at(i + 1);
        if ((lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F))
            return 0;
        return 3;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        if (left < 4 || !continuation(i + 1) || !continuation(i + 2) || !continuation(i + 3))
            return 0;
        const unsigned char second = at(i + 1);
        if ((lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second > 0x8F))
            return 0;
        return 4;
    }
    return 0;
}

/// An ASCII byte that JSON writes as it is: no control character, quote or backslash.
bool isPlainByte(char c)
{
    const auto byte = static_cast<unsigned char>(c);
    return byte >= 0x20 && byte < 0x80 && byte != '"' && byte != '\\';
}

/// Whether the eight bytes at bytes are ASCII that JSON writes as it is: no control character, quote or backslash.
bool areEightPlain(const char* bytes)
{
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
    constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
    std::uint64_t word = 0;
    std::memcpy(&word, bytes, 8);
    // A byte below n shows as a high bit of (word - n * kOnes) & ~word (exact for "some byte" when n <= 0x80).
    const auto hasByteBelow = [](std::uint64_t w, std::uint64_t n) { return ((w - n * kOnes) & ~w & kHighBits) != 0; };
    return (word & kHighBits) == 0 && !hasByteBelow(word, 0x20) && !hasByteBelow(word ^ ('"' * kOnes), 1)
        && !hasByteBelow(word ^ ('\\' * kOnes), 1);
}

/// Escapes well-formed UTF-8 as nlohmann/json does; false (with out unchanged) at the first malformed byte.
bool appendEscaped(std::string& out, std::string_view text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    const std::size_t mark = out.size();
    std::size_t plain = 0; // start of the run of bytes not yet copied
    for (std::size_t i = 0; i < text.size();) {
        if (i + 8 <= text.size() && areEightPlain(text.data() + i)) { // most of a text
            i += 8;
            continue;
        }
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte >= 0x80) {
            const std::size_t length = utf8SequenceLength(text, i);
            if (length == 0) {
                out.resize(mark);
                return false;
            }
            i += length;
            continue;
        }
        if (byte >= 0x20 && byte != '"' && byte != '\\') {
            ++i;
            continue;
        }
        out.append(text.data() + plain, i - plain);
        out += '\\';
        switch (byte) {
        case '"':
            out += '"';
            break;
        case '\\':
            out += '\\';
            break;
        case '\b':
            out += 'b';
            break;
        case '\t':
            out += 't';
            break;
        case '\n':
            out += 'n';
            break;
        case '\f':
            out += 'f';
            break;
        case '\r':
            out += 'r';
            break;
        default:
            out += "u00";
            out += kHex[byte >> 4];
            out += kHex[byte & 0xF];
        }
        plain = ++i;
    }
    out.append(text.data() + plain, text.size() - plain);
    return true;
}

std::string dump(const nlohmann::json& json)
{
    return json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace

void JsonWriter::appendQuoted(std::string& out, std::string_view text)
{
    out += '"';
    if (appendEscaped(out, text)) {
        out += '"';
        return;
    }
    // Malformed UTF-8 is rare; nlohmann/json's replacement rules (one U+FFFD per maximal broken prefix) are
    // the contract's, so it writes such a string itself.
    out.pop_back();
    out += dump(nlohmann::json(text));
}

JsonWriter::JsonWriter(std::string out)
    : m_out(std::move(out))
    , m_start(m_out.size())
{
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_hasMembers.empty()) {
        m_out.resize(m_start); // a second root value replaces the first, as a value assigned to a document would
        return;
    }
    if (m_hasMembers.back())
        m_out += ',';
    m_hasMembers.back() = true;
}

JsonWriter& JsonWriter::beginObject()
{
    beforeValue();
    m_out += '{';
    m_hasMembers.push_back(false);
    return *this;
}

JsonWriter& JsonWriter::endObject()
{
    m_out += '}';
    m_hasMembers.pop_back();
    return *this;
}

JsonWriter& JsonWriter::beginArray()
{
    beforeValue();
    m_out += '[';
    m_hasMembers.push_back(false);
    return *this;
}

JsonWriter& JsonWriter::endArray()
{
    m_out += ']';
    m_hasMembers.pop_back();
    return *this;
}

JsonWriter& JsonWriter::key(std::string_view name)
{
    const bool comma = m_hasMembers.back();
    m_hasMembers.back() = true;
    m_afterKey = true;
    // Keys are short names that need no escaping: separator, quotes and colon go in with them in one append.
    std::array<char, 64> piece {};
    if (name.size() + 4 <= piece.size() && std::all_of(name.begin(), name.end(), isPlainByte)) {
        char* end = piece.data();
        if (comma)
            *end++ = ',';
        *end++ = '"';
        std::memcpy(end, name.data(), name.size());
        end += name.size();
        *end++ = '"';
        *end++ = ':';
        m_out.append(piece.data(), static_cast<std::size_t>(end - piece.data()));
        return *this;
    }
    if (comma)
        m_out += ',';
    appendQuoted(m_out, name);
    m_out += ':';
    return *this;
}

JsonWriter& JsonWriter::value(std::string_view text)
{
    beforeValue();
    appendQuoted(m_out, text);
    return *this;
}

JsonWriter& JsonWriter::value(const std::optional<std::string>& text)
{
    return text ? value(std::string_view(*text)) : null();
}

JsonWriter& JsonWriter::value(long long number)
{
    beforeValue();
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, number).ptr;
    m_out.append(digits, end);
    return *this;
}

JsonWriter& JsonWriter::value(double number)
{
    if (!std::isfinite(number))
        return null();
    beforeValue();
    m_out += dump(nlohmann::json(number)); // nlohmann/json's shortest round-trip form, as before
    return *this;
}

JsonWriter& JsonWriter::value(bool flag)
{
    beforeValue();
    m_out += flag ? "true" : "false";
    return *this;
}

JsonWriter& JsonWriter::null()
{
    beforeValue();
    m_out += "null";
    return *this;
}

JsonWriter& JsonWriter::stringArray(const std::vector<std::string>& items)
{
    beforeValue();
    m_out += '[';
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i)
            m_out += ',';
        appendQuoted(m_out, items[i]);
    }
    m_out += ']';
    return *this;
}

std::string JsonWriter::str() const
{
    return m_out.size() == m_start ? std::string("null") : m_out.substr(m_start);
}

std::string JsonWriter::take()
{
    if (m_out.size() == m_start)
        m_out += "null";
    std::string out = std::move(m_out);
    m_out.clear();
    m_start = 0;
    m_hasMembers.clear();
    m_afterKey = false;
    return out;
}

std::string JsonWriter::quote(std::string_view text)
{
    std::string out;
    appendQuoted(out, text);
    return out;
}

} // namespace sayline::exporting
