// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace sayline::ingest {

/// A BCP 47 primary language tag ("en", "zh", "ja", "ru", ...) guessed from the script and common words
/// of the text, or nullopt when there is too little text to tell.
std::optional<std::string> detectLanguage(std::string_view utf8Text);

} // namespace sayline::ingest
