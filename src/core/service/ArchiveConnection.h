// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

#include "LibraryAccess.h"
#include "Result.h"

namespace sayline::service {

/// Where a team archive is, as the Open Team Archive dialog asks for it. Any field may be empty: libpq's defaults
/// (PGHOST, PGPORT, PGUSER …) or the PGSERVICE entry named in `service` fill it. Never holds a password.
struct ArchiveConnection
{
    std::string host;
    std::string port;
    std::string database;
    std::string user;
    std::string service; ///< a service name in ~/.pg_service.conf

    /// postgresql://user@host:port/database?service=name, each part percent-encoded, the empty ones left out.
    std::string address() const;
};

/// Connects to the archive and checks it (schema, whether the role may change it). A non-empty password is used for
/// this address for the rest of the session, in memory only (libpq's "password" parameter); it is forgotten again
/// when the connection fails. Without one, libpq reads ~/.pgpass and the PGSERVICE entry.
Result<LibraryAccess> openTeamArchive(const std::string& address, const std::string& password = {});

} // namespace sayline::service
