// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace sayline::store::postgresql {

/// The archive's text search configuration: 'simple' (no stemming, no stop words) with accents folded by
/// unaccent, as FTS5's remove_diacritics in the library file (0003_accent_folding.sql).
inline constexpr const char* kTextConfiguration = "sayline_folded";

/// A user's text query in the library's syntax (FTS5's: words, "phrases", AND / OR / NOT, prefix*, parentheses)
/// as a to_tsquery(kTextConfiguration, ...) expression, so that one query means the same on both backends. CJK runs are
/// segmented into words as the stored text is (store::segmentQuery), a run becoming a phrase. Throws
/// Error(Usage) for a query with no words.
std::string toTsQuery(std::string_view query);

/// The query itself when it is one run of CJK text (no operators, no quotes), for a substring match that the
/// trigram index serves where word segmentation differs between the query and the text; nullopt otherwise.
std::optional<std::string> cjkSubstring(std::string_view query);

} // namespace sayline::store::postgresql
