// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "Result.h"

namespace sayline::service {

/// Where the library lives when the user names none: QStandardPaths::AppDataLocation/library.sqlite
/// (on Linux ~/.local/share/Sayline/library.sqlite).
std::filesystem::path defaultLibraryPath();

/// The given path, or the default one when empty.
std::filesystem::path libraryPathOrDefault(const std::string& path);

/// Makes the library ready to open: an empty one (and its folder) when the file is missing, an older one
/// brought to the current schema. Fails for a file that is not a Sayline library, or one from a newer version.
/// A team archive address is only connected to and checked (`archive init` creates archives).
Result<Done> prepareLibrary(const std::filesystem::path& library);

/// "note: library X is read-only (its folder is not writable): it can be read, not changed" when the user cannot
/// write the library (it is then opened read-only for reading, and refused for import and corrections);
/// nullopt when it is writable or does not exist.
std::optional<std::string> readOnlyLibraryNotice(const std::filesystem::path& library);

} // namespace sayline::service
