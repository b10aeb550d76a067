// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>
#include <vector>

namespace sayline::ingest {

/// Every JSON value in the text of a schema.org JSON-LD script, read by nlohmann/json. Pages ship broken JSON,
/// so the text is mended first into strict JSON: HTML comment and CDATA wrappers, comments, trailing, doubled or
/// missing commas, raw newlines and control characters in strings (read as spaces), single-quoted strings,
/// unquoted keys, `undefined`, lone surrogate escapes (U+FFFD) and values cut off at the end (closed). Several
/// top-level values in one script are each returned. What still cannot be read is skipped, never thrown.
std::vector<nlohmann::json> readJsonLdScript(std::string_view text);

} // namespace sayline::ingest
