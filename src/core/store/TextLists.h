// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sayline::store {

/// Items joined by a newline, the form lists of names take in one column (authors, aliases, roles, local ids).
std::string joinLines(const std::vector<std::string>& items);

/// The parts of text between separators; no parts for an empty text.
std::vector<std::string> splitText(std::string_view text, std::string_view separator = "\n");

} // namespace sayline::store
