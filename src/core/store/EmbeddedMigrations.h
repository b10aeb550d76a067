// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>
#include <vector>

namespace sayline::store {

/// Bytes of a file compiled in from resources/ ("sql/sqlite/0001_init.sql"), or empty when absent.
std::string_view embeddedResource(std::string_view relativePath);
/// Names of the compiled-in resources that start with prefix.
std::vector<std::string_view> embeddedResourceNames(std::string_view prefix);

} // namespace sayline::store
