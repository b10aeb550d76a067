// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArchiveUri.h"

#include <libpq-fe.h>
#include <memory>

#include "model/Error.h"

namespace sayline::store::postgresql {
namespace {

struct FreeOptions
{
    void operator()(PQconninfoOption* options) const noexcept { PQconninfoFree(options); }
};

struct FreeMessage
{
    void operator()(char* message) const noexcept { PQfreemem(message); }
};

} // namespace

bool isArchiveLocation(std::string_view location)
{
    return location.starts_with("postgresql://") || location.starts_with("postgres://");
}

void checkNoPassword(const std::string& conninfo)
{
    char* rawMessage = nullptr;
    std::unique_ptr<PQconninfoOption, FreeOptions> options(PQconninfoParse(conninfo.c_str(), &rawMessage));
    std::unique_ptr<char, FreeMessage> message(rawMessage);
    if (!options) {
        std::string reason = message ? message.get() : "cannot parse it";
        while (!reason.empty() && reason.back() == '\n')
            reason.pop_back();
        throw Error(ErrorCode::Usage, "bad archive address '" + redactedLocation(conninfo) + "': " + reason);
    }
    for (const PQconninfoOption* option = options.get(); option->keyword; ++option) {
        if (std::string_view(option->keyword) == "password" && option->val && *option->val)
            throw Error(ErrorCode::Usage,
                        "the archive address " + redactedLocation(conninfo)
                            + " contains a password; remove it and keep the password in ~/.pgpass (or a PGSERVICE "
                              "entry in ~/.pg_service.conf), which Sayline's PostgreSQL client reads");
    }
}

std::string redactedLocation(const std::string& conninfo)
{
    if (!isArchiveLocation(conninfo))
        return "(connection parameters)";
    std::string out = conninfo.substr(0, conninfo.find('?'));
    const std::size_t scheme = out.find("://") + 3;
    const std::size_t at = out.find('@', scheme);
    const std::size_t slash = out.find('/', scheme);
    if (at != std::string::npos && (slash == std::string::npos || at < slash)) {
        const std::size_t colon = out.find(':', scheme);
        if (colon != std::string::npos && colon < at)
            out.replace(colon, at - colon, ":***");
    }
    return out;
}

} // namespace sayline::store::postgresql
