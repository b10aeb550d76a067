// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>
#include <vector>

namespace sayline::analysis {

/// Bytes of a file compiled in from resources/ ("lexicons/cues.txt"), or empty when absent.
std::string_view embeddedResource(std::string_view relativePath);
/// Names of the compiled-in resources that start with prefix.
std::vector<std::string_view> embeddedResourceNames(std::string_view prefix);

} // namespace sayline::analysis
