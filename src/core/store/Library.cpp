// SPDX-License-Identifier: GPL-3.0-or-later
#include "Library.h"

#include <system_error>

#include "Migrator.h"
#include "model/Error.h"

namespace sayline::store {

Database openLibrary(const std::filesystem::path& file, OpenMode mode)
{
    if (mode == OpenMode::Create && file.has_parent_path()) {
        std::error_code error;
        std::filesystem::create_directories(file.parent_path(), error);
        if (error)
            throw Error(ErrorCode::Io,
                        "cannot create the library folder " + file.parent_path().string() + ": " + error.message());
    }
    Database db(file, mode);
    Migrator migrator(db);
    if (migrator.currentVersion() != Migrator::latestVersion())
        migrator.migrate();
    else
        migrator.checkCompatible();
    return db;
}

} // namespace sayline::store
