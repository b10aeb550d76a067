// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <string>

#include "Result.h"

namespace sayline::service {

/// How a front end may use a library: what to call it, and whether it may change it.
struct LibraryAccess
{
    std::string location; ///< the library file or the archive address, as messages show it (never a password)
    bool teamArchive = false;
    bool readOnly = false; ///< search only: an analyst's role, a standby server, a file whose folder is not writable
};

/// Opens the library (a file is created when missing; an archive is connected to and its schema checked) and says
/// whether the user may change it, so the front end can disable its import and correction actions beforehand.
Result<LibraryAccess> checkLibraryAccess(const std::filesystem::path& library);

} // namespace sayline::service
