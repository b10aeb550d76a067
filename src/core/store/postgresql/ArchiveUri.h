// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace sayline::store::postgresql {

/// True when a --library value names a team archive (postgresql:// or postgres://) rather than a library file.
bool isArchiveLocation(std::string_view location);

/// Throws Error(Usage) when the connection string carries a password (in the URI's user part or as a
/// parameter): passwords belong in ~/.pgpass or a PGSERVICE entry, never on a command line or in settings.
/// A string libpq cannot parse is Error(Usage) too.
void checkNoPassword(const std::string& conninfo);

/// The location as messages show it: the URI up to its query part, nothing secret.
std::string redactedLocation(const std::string& conninfo);

} // namespace sayline::store::postgresql
