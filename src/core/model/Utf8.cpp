// SPDX-License-Identifier: GPL-3.0-or-later
#include "Utf8.h"

#include <cstdint>
#include <cstring>

namespace sayline::model {
namespace {

bool isContinuation(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

/// Length of the well-formed sequence at bytes[i], or 0 when it is not well-formed.
std::size_t sequenceLength(std::string_view bytes, std::size_t i)
{
    const auto c = static_cast<unsigned char>(bytes[i]);
    const std::size_t left = bytes.size() - i;
    auto at = [&](std::size_t k) { return static_cast<unsigned char>(bytes[i + k]); };
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        return left >= 2 && isContinuation(at(1)) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (left < 3 || !isContinuation(at(1)) || !isContinuation(at(2)))
            return 0;
        if (c == 0xE0 && at(1) < 0xA0)
            return 0; // overlong
        if (c == 0xED && at(1) >= 0xA0)
            return 0; // surrogate
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (left < 4 || !isContinuation(at(1)) || !isContinuation(at(2)) || !isContinuation(at(3)))
            return 0;
        if (c == 0xF0 && at(1) < 0x90)
            return 0;
        if (c == 0xF4 && at(1) >= 0x90)
            return 0;
        return 4;
    }
    return 0;
}

/// Whether the eight bytes at bytes are all ASCII.
bool areEightAscii(const char* bytes)
{
    std::uint64_t word = 0;
    std::memcpy(&word, bytes, 8);
    return (word & 0x8080808080808080ULL) == 0;
}

} // namespace

int codePointCount(std::string_view utf8)
{
    int count = 0;
    for (const char ch : utf8) {
        if (!isContinuation(static_cast<unsigned char>(ch)))
            ++count;
    }
    return count;
}

std::string codePointSubstr(std::string_view utf8, int start, int end)
{
    std::size_t begin = utf8.size();
    std::size_t finish = utf8.size();
    int index = 0;
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        if (isContinuation(static_cast<unsigned char>(utf8[i])))
            continue;
        if (index == start)
            begin = i;
        if (index == end) {
            finish = i;
            break;
        }
        ++index;
    }
    if (begin >= finish)
        return {};
    return std::string(utf8.substr(begin, finish - begin));
}

char32_t nextCodePoint(std::string_view utf8, std::size_t& i)
{
    const auto c = static_cast<unsigned char>(utf8[i]);
    std::size_t length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (i + length > utf8.size())
        length = 1;
    char32_t cp = length == 1 ? c : length == 2 ? (c & 0x1F) : length == 3 ? (c & 0x0F) : (c & 0x07);
    for (std::size_t k = 1; k < length; ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    i += length;
    return cp;
}

std::string asciiLower(std::string_view text)
{
    std::string out(text);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

void appendUtf8(std::string& out, char32_t cp)
{
    if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
        cp = 0xFFFD;
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

bool isValidUtf8(std::string_view bytes)
{
    for (std::size_t i = 0; i < bytes.size();) {
        if (i + 8 <= bytes.size() && areEightAscii(bytes.data() + i)) { // most of the text
            i += 8;
            continue;
        }
        const std::size_t n = sequenceLength(bytes, i);
        if (n == 0)
            return false;
        i += n;
    }
    return true;
}

std::string sanitizeUtf8(std::string_view bytes)
{
    std::string out;
    out.reserve(bytes.size());
    for (std::size_t i = 0; i < bytes.size();) {
        const std::size_t n = sequenceLength(bytes, i);
        if (n == 0) {
            out += "\xEF\xBF\xBD";
            ++i;
        } else {
            out.append(bytes.substr(i, n));
            i += n;
        }
    }
    return out;
}

} // namespace sayline::model
