// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace sayline::ingest {

/// Decodes bytes to valid UTF-8. Order: a byte-order mark, then UTF-8 when the bytes are UTF-8 (a few malformed
/// sequences among more well-formed multi-byte ones still are), then declaredCharset (from an HTTP-equiv/meta
/// charset or an XML declaration), else ICU's charset detection. Whatever cannot be decoded becomes U+FFFD, one
/// per malformed sequence, and so does every NUL character. Throws sayline::Error(ErrorCode::Encoding) when no
/// converter fits.
std::string decodeToUtf8(std::string_view bytes, std::string_view declaredCharset = {});

/// Text saved as UTF-16 without a byte-order mark (the zero high bytes of its ASCII characters give it away):
/// the bytes with the mark put in front, so every reader decodes them as UTF-16; nullopt for anything else.
std::optional<std::string> withUtf16ByteOrderMark(std::string_view bytes);

/// The charset an HTML page declares in its first bytes (<meta charset>, http-equiv Content-Type), or "".
std::string sniffHtmlCharset(std::string_view bytes);

} // namespace sayline::ingest
