// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace sayline::model {

/// Number of Unicode code points in valid UTF-8 text.
int codePointCount(std::string_view utf8);

/// The UTF-8 substring of code points [start, end); clamps to the text.
std::string codePointSubstr(std::string_view utf8, int start, int end);

/// Decodes the code point at byte i of UTF-8 text and advances i past it (a truncated sequence counts as one byte).
char32_t nextCodePoint(std::string_view utf8, std::size_t& i);

/// ASCII letters lower-cased, every other byte kept (for tag names, charset labels, class hints).
std::string asciiLower(std::string_view text);

/// Appends the UTF-8 encoding of one code point (U+FFFD for surrogates and values past U+10FFFF).
void appendUtf8(std::string& out, char32_t codePoint);

/// True when the bytes are well-formed UTF-8 (no overlongs, no surrogates).
bool isValidUtf8(std::string_view bytes);

/// Valid UTF-8 for any bytes: invalid sequences become U+FFFD.
std::string sanitizeUtf8(std::string_view bytes);

} // namespace sayline::model
