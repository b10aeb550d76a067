// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArchiveConnection.h"

#include <cstdio>

#include "LibraryStore.h"
#include "store/postgresql/SessionPasswords.h"

namespace sayline::service {
namespace {

/// RFC 3986 percent-encoding of everything but the unreserved characters (libpq decodes it).
std::string encoded(const std::string& part)
{
    std::string out;
    for (const unsigned char c : part) {
        const bool unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
            || c == '.' || c == '_' || c == '~';
        if (unreserved) {
            out += static_cast<char>(c);
        } else {
            char escape[4];
            std::snprintf(escape, sizeof escape, "%%%02X", c);
            out += escape;
        }
    }
    return out;
}

} // namespace

std::string ArchiveConnection::address() const
{
    std::string out = "postgresql://";
    if (!user.empty())
        out += encoded(user) + "@";
    out += encoded(host);
    if (!port.empty())
        out += ":" + encoded(port);
    out += "/" + encoded(database);
    if (!service.empty())
        out += "?service=" + encoded(service);
    return out;
}

Result<LibraryAccess> openTeamArchive(const std::string& address, const std::string& password)
{
    if (!isTeamArchive(address))
        return Result<LibraryAccess>::failure(ErrorCode::Usage, "'" + address + "' is not a team archive address");
    if (!password.empty())
        store::postgresql::SessionPasswords::remember(address, password);
    Result<LibraryAccess> access = checkLibraryAccess(address);
    if (!access)
        store::postgresql::SessionPasswords::forget(address);
    return access;
}

} // namespace sayline::service
