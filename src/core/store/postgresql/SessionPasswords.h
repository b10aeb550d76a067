// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>

namespace sayline::store::postgresql {

/// Passwords the user typed for an archive address, kept in this process's memory only (never in settings, a file
/// or an address) and handed to libpq as its "password" connection parameter by every PgConnection to that address.
/// Thread-safe: imports and searches connect from worker threads. ~/.pgpass and PGSERVICE stay the first choice;
/// this is for the GUI's Open Team Archive dialog, whose password lives as long as the session.
class SessionPasswords
{
public:
    /// Uses the password for every later connection to exactly this address; an empty password forgets it.
    static void remember(const std::string& address, const std::string& password);
    static void forget(const std::string& address);
    static std::optional<std::string> lookup(const std::string& address);
};

} // namespace sayline::store::postgresql
