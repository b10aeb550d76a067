// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace sayline::ingest {

/// ISO 8601-like date or date-time text ("2019-11-20T14:05:33.000Z", "2019-11-20 14:05", "2019/11/20") in the
/// contract's form (YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][±hh:mm], Z as +00:00); nullopt for anything else.
std::optional<std::string> normalizeIsoDateTime(std::string_view text);

/// A date as pages write it in metadata: ISO 8601, else English month-name forms ("20 Nov 2019 08:02 GMT",
/// "November 20, 2019 8:02 PM"), in the same normalised form.
std::optional<std::string> parseMetaDate(std::string_view text);

} // namespace sayline::ingest
