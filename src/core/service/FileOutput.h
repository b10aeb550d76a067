// SPDX-License-Identifier: GPL-3.0-or-later
// Writing an export to a file without ever leaving a half-written one, and never over the library.
#pragma once

#include <filesystem>
#include <string_view>

namespace sayline::service {

/// Writes bytes to file atomically: into a temporary file in the same folder, renamed over file once every write
/// has succeeded (QSaveFile), so an earlier complete file survives a full disk. A file that exists and is not a
/// regular file (a FIFO, /dev/stdout) is written in place, every write checked. Throws Error(Io) with the reason.
void writeFileAtomically(const std::filesystem::path& file, std::string_view bytes);

/// Throws Error(Usage) when output is the library or one of SQLite's files beside it (-wal, -shm, -journal),
/// compared as files (same inode; or same folder and name for a file that does not exist yet), not as strings.
void refuseLibraryFile(const std::filesystem::path& output, const std::filesystem::path& library);

} // namespace sayline::service
