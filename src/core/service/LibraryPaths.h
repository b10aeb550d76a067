// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <string>

namespace sayline::service {

/// Where the library lives when the user names none: QStandardPaths::AppDataLocation/library.sqlite
/// (on Linux ~/.local/share/Sayline/library.sqlite).
std::filesystem::path defaultLibraryPath();

/// The given path, or the default one when empty.
std::filesystem::path libraryPathOrDefault(const std::string& path);

} // namespace sayline::service
