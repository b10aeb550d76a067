// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>

namespace sayline::ingest {

/// The bytes of a file, read in chunks and abandoned as soon as they pass limit (Error TooLarge), so a growing
/// file, a pipe or a device cannot exhaust memory. A FIFO is opened without waiting for a writer: with none it
/// reads as empty instead of blocking forever. Directories, terminals and other devices are refused (Error Io,
/// "cannot read file: <reason>").
std::string readInputBytes(const std::filesystem::path& file, std::size_t limit);

} // namespace sayline::ingest
