// SPDX-License-Identifier: GPL-3.0-or-later
#include "LibraryStore.h"

#include "model/Error.h"
#include "store/SqliteStore.h"
#include "store/postgresql/ArchiveUri.h"
#include "store/postgresql/PgStore.h"

namespace sayline::service {

bool isTeamArchive(const std::filesystem::path& library)
{
    return store::postgresql::isArchiveLocation(library.string());
}

std::optional<std::string> archiveAddressProblem(const std::filesystem::path& library)
{
    try {
        store::postgresql::checkNoPassword(library.string());
    } catch (const Error& error) {
        return std::string(error.what());
    }
    return std::nullopt;
}

std::unique_ptr<store::Store> openStore(const std::filesystem::path& library, store::OpenMode mode)
{
    if (isTeamArchive(library))
        return std::make_unique<store::postgresql::PgStore>(library.string(), mode);
    return std::make_unique<store::SqliteStore>(library, mode);
}

} // namespace sayline::service
