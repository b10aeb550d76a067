// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace sayline::ingest {

/// Parses a publication date as found in metadata or a "Published:" line and returns ISO 8601
/// ("2022-06-15", "2022-06-15T18:04", "2022-06-15T18:04:00+08:00"). Accepts ISO 8601, RFC 822/1123
/// (RSS pubDate), "Jun 15, 2022 06:04 PM", "15 June 2022", "June 15, 2022 6:04 p.m. ET", ...
std::optional<std::string> parseDateTime(std::string_view text);

} // namespace sayline::ingest
