// SPDX-License-Identifier: GPL-3.0-or-later
#include "LibraryAccess.h"

#include "LibraryStore.h"
#include "store/Database.h"

namespace sayline::service {

Result<LibraryAccess> checkLibraryAccess(const std::filesystem::path& library)
{
    return capture([&] {
        LibraryAccess access;
        access.teamArchive = isTeamArchive(library);
        if (access.teamArchive) {
            const auto store = openStore(library, store::OpenMode::Read);
            access.location = store->location();
            access.readOnly = store->readOnly();
        } else {
            access.location = library.string();
            access.readOnly = store::whyNotWritable(library).has_value();
        }
        return access;
    });
}

} // namespace sayline::service
