// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>

#include "Database.h"

namespace sayline::store {

/// A connection to a library brought to the current schema (created when mode is Create). Throws
/// sayline::Error when the file is missing, damaged, not a Sayline library or from a newer version.
Database openLibrary(const std::filesystem::path& file, OpenMode mode);

} // namespace sayline::store
