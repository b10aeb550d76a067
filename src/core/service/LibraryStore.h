// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "store/Database.h"
#include "store/Store.h"

namespace sayline::service {

/// True when a --library value is a team archive address (postgresql://user@host:port/dbname).
bool isTeamArchive(const std::filesystem::path& library);

/// Why a team archive address cannot be used as given (it carries a password), or nullopt.
std::optional<std::string> archiveAddressProblem(const std::filesystem::path& library);

/// The store behind a --library value: a team archive on PostgreSQL for a postgresql:// address (a password in
/// it is refused: libpq reads ~/.pgpass and PGSERVICE), else the SQLite library file; opened with mode on first use.
std::unique_ptr<store::Store> openStore(const std::filesystem::path& library, store::OpenMode mode);

} // namespace sayline::service
