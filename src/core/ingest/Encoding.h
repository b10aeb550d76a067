// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace sayline::ingest {

/// Decodes bytes to valid UTF-8. Order: a byte-order mark, then declaredCharset (from an HTTP-equiv/meta
/// charset or an XML declaration), then UTF-8 when the bytes are valid UTF-8, else ICU's charset detection.
/// Throws sayline::Error(ErrorCode::Encoding) when no converter fits.
std::string decodeToUtf8(std::string_view bytes, std::string_view declaredCharset = {});

/// The charset an HTML page declares in its first bytes (<meta charset>, http-equiv Content-Type), or "".
std::string sniffHtmlCharset(std::string_view bytes);

} // namespace sayline::ingest
